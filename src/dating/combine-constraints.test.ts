// Combining evidence: agreeing constraints intersect; when they cannot all hold, the side with the
// greater total weight wins and the others are returned as conflicting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { combineConstraints } from './combine-constraints.js';
import type { DateConstraint } from './date-constraint.js';
import { atLeast, between, hull, isoDay, parseDay } from './day-range.js';

const day = (iso: string): number => parseDay(iso)!;
const c = (key: string, allows: DateConstraint['allows'], weight: number): DateConstraint =>
  ({ kind: 'explicit-date', allows, weight, span: { start: 0, end: 1 }, reason: key, key });
const edges = (r: ReturnType<typeof combineConstraints>): string => {
  const h = r && hull(r.allows);
  return h ? `${isoDay(h.lo)}..${Number.isFinite(h.hi) ? isoDay(h.hi) : 'open'}` : 'none';
};

test('agreeing evidence intersects', () => {
  const r = combineConstraints([c('after', atLeast(day('2022-02-24')), 0.75), c('term', between(day('2019-07-24'), day('2022-09-06')), 0.9)]);
  assert.equal(edges(r), '2022-02-24..2022-09-06');
  assert.deepEqual(r?.conflicting, []);
});

test('a lone bound against two that agree is set aside', () => {
  const r = combineConstraints([
    c('after', atLeast(day('2022-02-24')), 0.75),
    c('term', between(day('2019-07-24'), day('2022-09-06')), 0.9),
    c('late', atLeast(day('2023-03-01')), 0.85),
  ]);
  assert.equal(edges(r), '2022-02-24..2022-09-06');
  assert.deepEqual(r?.conflicting.map((x) => x.key), ['late']);
});

test('several agreeing pieces outweigh one stronger piece', () => {
  const r = combineConstraints([
    c('term', between(day('2019-07-24'), day('2022-09-06')), 0.9),
    c('a', atLeast(day('2023-01-01')), 0.8),
    c('b', atLeast(day('2023-02-01')), 0.8),
  ]);
  assert.equal(edges(r), '2023-02-01..open');
  assert.deepEqual(r?.conflicting.map((x) => x.key), ['term']);
});

test('a term served twice allows both periods', () => {
  const r = combineConstraints([c('twice', [{ lo: day('2000-05-07'), hi: day('2008-05-07') }, { lo: day('2012-05-07'), hi: Infinity }], 0.9), c('after', atLeast(day('2010-01-01')), 0.8)]);
  assert.equal(edges(r), '2012-05-07..open');
});

test('nothing to combine', () => {
  assert.equal(combineConstraints([]), null);
});
