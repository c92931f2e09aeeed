// GET /api/search: full-text search, best match first, snippets with matches between [ and ].
import { z } from 'zod';
import { listOf, type ApiRoutes } from '../api-routes.js';
import { pageQuery } from '../params.js';
import { searchHit } from '../schemas.js';

export function searchRoutes(r: ApiRoutes): void {
  r.get({
    path: '/api/search', tag: 'articles', summary: 'Full-text search: every word must occur',
    query: pageQuery.extend({ q: z.string().min(1, 'must not be empty').max(500, 'must be at most 500 characters') }), response: listOf(searchHit),
  }, async ({ store, query: { q, limit, offset } }) => ({ items: await store.search(q, { limit, offset }), limit, offset }));
}
