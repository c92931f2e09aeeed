// GET /api/articles (newest first, by site and day range) and GET /api/articles/:id (the stored
// Analysis with every source it was read from and its verified duplicates).
import { z } from 'zod';
import { listOf, type ApiRoutes } from '../api-routes.js';
import { notFound } from '../http-error.js';
import { day, MAX_LIMIT, name, pageQuery, pathId } from '../params.js';
import { articleDetail, articleRow } from '../schemas.js';

/** Duplicates listed with an article: a heavily reposted story keeps its page small. */
const DUPLICATES_SHOWN = MAX_LIMIT;

export function articleRoutes(r: ApiRoutes): void {
  r.get({
    path: '/api/articles', tag: 'articles', summary: 'Stored articles, newest day first',
    query: pageQuery.extend({ site: name.optional(), from: day.optional(), to: day.optional() }),
    response: listOf(articleRow),
  }, async ({ store, query: { limit, offset, site, from, to } }) => {
    const filter = { ...(site && { site }), ...(from && { from }), ...(to && { to }) };
    const [items, total] = [await store.articles(filter, { limit, offset }), await store.countArticles(filter)];
    return { items, limit, offset, total };
  });

  r.get({
    path: '/api/articles/:id', tag: 'articles', summary: 'One article: its Analysis, sources and duplicates',
    params: z.object({ id: pathId }), response: articleDetail, mayNotFind: true,
  }, async ({ store, params: { id } }) => {
    const analysis = await store.getDocument(id);
    if (!analysis) throw notFound(`no article with id ${id}`);
    return { analysis, sources: await store.documentSources(id), duplicates: await store.duplicates({ documentId: id }, { limit: DUPLICATES_SHOWN }) };
  });
}
