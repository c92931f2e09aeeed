// GET /api/actors: actors with the number of articles naming them and their mentions.
import { listOf, type ApiRoutes } from '../api-routes.js';
import { name, pageQuery } from '../params.js';
import { actorCount } from '../schemas.js';

export function actorRoutes(r: ApiRoutes): void {
  r.get({
    path: '/api/actors', tag: 'actors', summary: 'Actors, most articles first',
    query: pageQuery.extend({ kind: name.optional(), country: name.optional() }), response: listOf(actorCount),
  }, async ({ store, query: { limit, offset, kind, country } }) => ({
    items: await store.actors({ ...(kind && { kind }), ...(country && { country }) }, { limit, offset }), limit, offset,
  }));
}
