// GET /api/duplicates: verified duplicate pairs, most similar first; `kind` takes one kind or a
// comma-separated list.
import { z } from 'zod';
import { listOf, type ApiRoutes } from '../api-routes.js';
import { pageQuery, pathId } from '../params.js';
import { duplicateRow } from '../schemas.js';

const KINDS = ['exact', 'near', 'contained', 'shared-passages'] as const;
const kinds = z.string().transform((s) => s.split(',').map((k) => k.trim()).filter((k) => k !== ''))
  .pipe(z.array(z.enum(KINDS, `must be ${KINDS.join(', ')} or a comma-separated list of them`)).min(1, 'must name a kind'));

export function duplicateRoutes(r: ApiRoutes): void {
  r.get({
    path: '/api/duplicates', tag: 'articles', summary: 'Verified duplicate pairs',
    query: pageQuery.extend({ document: pathId.optional(), kind: kinds.optional() }), response: listOf(duplicateRow),
  }, async ({ store, query: { document, kind, limit, offset } }) => ({
    items: await store.duplicates({ ...(document && { documentId: document }), ...(kind && { kinds: kind }) }, { limit, offset }), limit, offset,
  }));
}
