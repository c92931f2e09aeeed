// Narratives and persuasion techniques across the corpus, and the articles behind each.
import { z } from 'zod';
import { isTechniqueName } from '../../claims/technique-names.js';
import { listOf, type ApiRoutes } from '../api-routes.js';
import { notFound } from '../http-error.js';
import { pageQuery, pathId } from '../params.js';
import { articleRow, narrativeCount, techniqueCount } from '../schemas.js';

export function claimRoutes(r: ApiRoutes): void {
  r.get({ path: '/api/narratives', tag: 'claims', summary: 'Narratives found in the corpus, most articles first', response: z.object({ items: z.array(narrativeCount) }) },
    async ({ store }) => ({ items: await store.narratives() }));

  r.get({
    path: '/api/narratives/:id/articles', tag: 'claims', summary: 'Articles carrying a narrative, highest score first',
    params: z.object({ id: pathId }), query: pageQuery, response: listOf(articleRow.extend({ score: z.number() })), mayNotFind: true,
  }, async ({ store, params: { id }, query: { limit, offset } }) => {
    const { items, total } = await store.narrativeArticles(id, { limit, offset });
    // The store is the catalogue of record: users may analyse with catalogues of their own.
    if (total === 0) throw notFound(`no stored article carries the narrative ${id}`);
    return { items, limit, offset, total };
  });

  r.get({ path: '/api/techniques', tag: 'claims', summary: 'Persuasion techniques flagged in the corpus, most articles first', response: z.object({ items: z.array(techniqueCount) }) },
    async ({ store }) => ({ items: await store.techniques() }));

  r.get({
    path: '/api/techniques/:name/articles', tag: 'claims', summary: 'Articles flagged with a technique, most flags first',
    params: z.object({ name: pathId }), query: pageQuery,
    response: listOf(articleRow.extend({ flags: z.number().int(), confidence: z.number() })), mayNotFind: true,
  }, async ({ store, params: { name }, query: { limit, offset } }) => {
    if (!isTechniqueName(name)) throw notFound(`no technique named ${name} (SPEC §2.3 lists the 23 names)`);
    const { items, total } = await store.techniqueArticles(name, { limit, offset });
    return { items, limit, offset, total };
  });
}
