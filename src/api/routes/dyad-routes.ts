// GET /api/dyads/:source/:target: asserted events and Goldstein sums per period for a pair of
// countries (ICEWS-style dyad series).
import { z } from 'zod';
import type { ApiRoutes } from '../api-routes.js';
import { day } from '../params.js';
import { dyadSeries } from '../schemas.js';

const country = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'must be an actor country or bloc code, e.g. RUS');

export function dyadRoutes(r: ApiRoutes): void {
  r.get({
    path: '/api/dyads/:source/:target', tag: 'events', summary: 'A dyad time series',
    params: z.object({ source: country, target: country }),
    query: z.object({ interval: z.enum(['day', 'week', 'month'], 'must be day, week or month').optional().default('month'), from: day.optional(), to: day.optional() }),
    response: dyadSeries,
  }, async ({ store, params: { source, target }, query: { interval, from, to } }) => ({
    source, target, interval, points: await store.dyadSeries(source, target, interval, { ...(from && { from }), ...(to && { to }) }),
  }));
}
