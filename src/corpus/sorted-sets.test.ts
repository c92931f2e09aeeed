import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seededRandom } from './seeded-random.js';
import { intersectionSize, sharedValues } from './sorted-sets.js';

const sortedSet = (values: number[]): Uint32Array => Uint32Array.from(new Set(values)).sort();

test('the intersection of two sorted sets is what a hash set finds', () => {
  const next = seededRandom(4);
  const a = sortedSet(Array.from({ length: 3000 }, () => next() % 5000));
  const b = sortedSet([...Array.from({ length: 2000 }, () => next() % 5000), 0xffffffff]);
  const inB = new Set(b);
  const expected = [...a].filter((x) => inB.has(x));
  assert.equal(intersectionSize(a, b), expected.length);
  assert.deepEqual([...sharedValues(a, b)], expected);
});

test('an empty set shares nothing', () => {
  assert.equal(intersectionSize(new Uint32Array(0), sortedSet([1, 2, 3])), 0);
});
