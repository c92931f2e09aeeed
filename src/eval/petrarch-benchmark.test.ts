import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scorePetrarch } from './petrarch-benchmark.js';
import type { PetrarchEvent, PetrarchRecord } from './petrarch-records.js';

const ev = (source: string, target: string, code: string): PetrarchEvent => ({ source, target, code });
const rec = (id: string, expected: PetrarchEvent[], category = 'DEMO'): PetrarchRecord =>
  ({ id, date: '1995-01-01', text: `Sentence ${id}.`, expected, category, line: 1 });

const records = [
  rec('A', [ev('ARN', 'GON', '064'), ev('GON', 'ARN', '064')]),
  rec('B', [ev('FOR', 'OSG', '041')], 'COMPOUND'),
  rec('C', []),
  rec('D', [ev('ERI', 'OSG', '223')]),
  rec('E', []),
  rec('F', [ev('HOB', 'GON', '111')], 'COMPOUND'),
];

// Right on A, C and F (A's events twice over); a wrong code on B, nothing on D, a spurious
// event on E, which expects none.
const coder = (r: PetrarchRecord): PetrarchEvent[] =>
  r.id === 'A' ? [...r.expected, ...r.expected]
    : r.id === 'B' ? [ev('FOR', 'OSG', '042')]
    : r.id === 'D' ? []
    : r.id === 'E' ? [ev('ARN', 'GON', '010')]
    : [...r.expected];

const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-12, `${a} ≠ ${b}`);

test('exact records and event precision/recall, computed by hand', () => {
  const s = scorePetrarch(records, coder);
  // Exact: A, C, F of 6. Triples: expected 2+1+0+1+0+1 = 5; coded 2+1+0+0+1+1 = 5 (A's
  // duplicates count once); correct 2+0+0+0+0+1 = 3.
  assert.deepEqual([s.records, s.exact, s.expected, s.coded, s.correct], [6, 3, 5, 5, 3]);
  near(s.exactAccuracy, 0.5);
  near(s.precision, 3 / 5);
  near(s.recall, 3 / 5);
  near(s.f1, 3 / 5);
  assert.deepEqual(s.byCategory, { DEMO: { records: 4, exact: 2 }, COMPOUND: { records: 2, exact: 1 } });
  assert.deepEqual(s.misses, [
    'B: missed FOR OSG 041; extra FOR OSG 042 — "Sentence B."',
    'D: missed ERI OSG 223 — "Sentence D."',
    'E: extra ARN GON 010 — "Sentence E."',
  ]);
});

test('precision and recall differ when the coder over- or under-codes', () => {
  // Codes only the first expected event of A and adds one to D: 2 correct of 3 coded, of 5 expected.
  const s = scorePetrarch(records.filter((r) => r.id !== 'E'), (r) =>
    r.id === 'A' ? [ev('ARN', 'GON', '064')] : r.id === 'D' ? [...r.expected, ev('OSG', 'ERI', '223')] : []);
  assert.deepEqual([s.records, s.exact, s.expected, s.coded, s.correct], [5, 1, 5, 3, 2]);
  near(s.precision, 2 / 3);
  near(s.recall, 2 / 5);
  near(s.f1, (2 * (2 / 3) * (2 / 5)) / (2 / 3 + 2 / 5)); // = 1/2
  near(s.f1, 0.5);
});

test('records expecting nothing are exact when nothing is coded', () => {
  const s = scorePetrarch([rec('C', []), rec('E', [])], () => []);
  assert.deepEqual([s.exact, s.exactAccuracy, s.precision, s.recall, s.f1, s.misses], [2, 1, 1, 1, 1, []]);
  const none = scorePetrarch([rec('A', [ev('ARN', 'GON', '064')])], () => []);
  assert.deepEqual([none.exact, none.precision, none.recall, none.f1], [0, 0, 0, 0]);
});
