// Query and path parameters as zod schemas: the same schemas validate requests and describe them
// in the OpenAPI document. Query values arrive as strings; numbers are parsed here so a wrong
// one is a 400 naming the parameter, never a silent default.
import { z } from 'zod';
import type { EventFilter } from '../store/store.js';

export const MAX_LIMIT = 500;

const isDay = (v: string): boolean => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};

export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD').refine(isDay, 'must be a real calendar day');

/** A whole number in a query string, within bounds, with a default. */
export const wholeNumber = (min: number, max: number, fallback: number, what = 'a whole number') =>
  z.string().regex(/^\d{1,9}$/, `must be ${what}`).transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .optional().default(fallback);

/** Free text naming an actor, a site, a document: bounded so a huge parameter is refused. */
export const name = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const pageQuery = z.object({
  limit: wholeNumber(1, MAX_LIMIT, 50, `a whole number from 1 to ${MAX_LIMIT}`),
  offset: wholeNumber(0, 1e9, 0, 'a whole number from 0'),
});

export const eventFilterQuery = z.object({
  actor: name.optional(),
  source: name.optional(),
  target: name.optional(),
  sourceCode: name.optional().describe('exact source actor code, e.g. RUSGOV (a network edge\'s own events)'),
  targetCode: name.optional().describe('exact target actor code'),
  code: z.string().regex(/^\d{1,4}[A-Za-z]?$/, 'must be a CAMEO code or its prefix, e.g. 19 or 190').optional(),
  quad: z.enum(['1', '2', '3', '4'], 'must be 1, 2, 3 or 4').optional(),
  from: day.optional(),
  to: day.optional(),
  site: name.optional(),
  modality: z.enum(['asserted', 'negated', 'hypothetical', 'future', 'attempted'], 'must be asserted, negated, hypothetical, future or attempted').optional(),
});

export type EventFilterQuery = z.output<typeof eventFilterQuery>;

export const eventFilterOf = (q: EventFilterQuery & { document?: string | undefined }): EventFilter => ({
  ...(q.actor && { actor: q.actor }), ...(q.source && { source: q.source }), ...(q.target && { target: q.target }),
  ...(q.sourceCode && { sourceCode: q.sourceCode }), ...(q.targetCode && { targetCode: q.targetCode }),
  ...(q.code && { code: q.code }), ...(q.quad && { quadClass: Number(q.quad) as 1 | 2 | 3 | 4 }),
  ...(q.from && { from: q.from }), ...(q.to && { to: q.to }), ...(q.site && { site: q.site }),
  ...(q.modality && { modality: q.modality }), ...(q.document && { documentId: q.document }),
});

/** An id in a path: a document hash, an actor code, a narrative slug. */
export const pathId = z.string().min(1).max(200, 'must be at most 200 characters').regex(/^[^\s/\\]+$/, 'must not contain spaces or slashes');
