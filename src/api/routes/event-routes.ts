// GET /api/events (filtered event rows) and GET /api/events/groups (one event reported by many
// articles: the same dyad and root within a window of days).
import { listOf, type ApiRoutes } from '../api-routes.js';
import { eventFilterOf, eventFilterQuery, pageQuery, pathId, wholeNumber } from '../params.js';
import { eventGroup, eventRow } from '../schemas.js';

export function eventRoutes(r: ApiRoutes): void {
  r.get({
    path: '/api/events', tag: 'events', summary: 'Events, by day then document and position',
    query: pageQuery.extend(eventFilterQuery.shape).extend({ document: pathId.optional() }), response: listOf(eventRow),
  }, async ({ store, query }) => ({
    items: await store.events(eventFilterOf(query), { limit: query.limit, offset: query.offset }), limit: query.limit, offset: query.offset,
  }));

  r.get({
    path: '/api/events/groups', tag: 'events', summary: 'Cross-document events: a dyad and CAMEO root within a window of days',
    query: pageQuery.extend(eventFilterQuery.shape).extend({
      window: wholeNumber(0, 365, 3, 'a number of days from 0 to 365'),
      eventsPerGroup: wholeNumber(0, 100, 5, 'a whole number from 0 to 100'),
    }), response: listOf(eventGroup),
  }, async ({ store, query }) => ({
    items: await store.eventGroups(eventFilterOf(query), { windowDays: query.window, eventsPerGroup: query.eventsPerGroup }, { limit: query.limit, offset: query.offset }), limit: query.limit, offset: query.offset,
  }));
}
