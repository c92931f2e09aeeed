// GET /api/health and GET /api/overview: is the store there, and the corpus at a glance.
import type { ApiRoutes } from '../api-routes.js';
import { health, overview } from '../schemas.js';

export function overviewRoutes(r: ApiRoutes): void {
  r.get({ path: '/api/health', tag: 'corpus', summary: 'The store answers: its dialect and size', response: health },
    async ({ store }) => ({ ok: true, dialect: store.dialect, documents: await store.countArticles({}) }));

  r.get({ path: '/api/overview', tag: 'corpus', summary: 'Corpus size, date range, sites, top actors and dyads, attention over time', response: overview },
    ({ store }) => store.overview());
}
