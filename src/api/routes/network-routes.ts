// GET /api/network: the actor network under the event filters, heaviest edges first.
import type { ApiRoutes } from '../api-routes.js';
import { eventFilterOf, eventFilterQuery, wholeNumber } from '../params.js';
import { network } from '../schemas.js';

/** Edges a client may ask for: the UI stays fluid with thousands of nodes. */
export const MAX_EDGES = 5000;

export function networkRoutes(r: ApiRoutes): void {
  r.get({
    path: '/api/network', tag: 'events', summary: 'Actor network: nodes by actor code, directed edges with event counts and Goldstein',
    query: eventFilterQuery.extend({
      minEvents: wholeNumber(1, 1e9, 1, 'a whole number from 1'),
      limit: wholeNumber(1, MAX_EDGES, 500, `a whole number from 1 to ${MAX_EDGES}`),
    }),
    response: network,
  }, ({ store, query }) => store.network(eventFilterOf(query), { minEvents: query.minEvents, limit: query.limit }));
}
