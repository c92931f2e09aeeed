import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedSentences } from '../testing/generated-article.js';
import { estimateJaccard, EMPTY_SLOT, minhashFunctions, minhashSignature } from './minhash.js';
import { multiplyAddShift } from './multiply-add-shift.js';
import { seededRandom } from './seeded-random.js';
import { shingles } from './shingles.js';
import { intersectionSize } from './sorted-sets.js';

const bigHash = (f: { aHi: number; aLo: number; bHi: number; bLo: number }, x: number): number => {
  const a = (BigInt(f.aHi) << 32n) | BigInt(f.aLo);
  const b = (BigInt(f.bHi) << 32n) | BigInt(f.bLo);
  return Number((((a * BigInt(x) + b) & 0xffffffffffffffffn) >> 32n));
};

test('multiply-add-shift equals ((a·x + b) mod 2^64) div 2^32 computed with BigInt', () => {
  const next = seededRandom(99);
  const edge = [0, 1, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff];
  for (let n = 0; n < 2000; n += 1) {
    const f = n < edge.length
      ? { aHi: 0xffffffff, aLo: 0xffffffff, bHi: 0xffffffff, bLo: 0xffffffff }
      : { aHi: next(), aLo: (next() | 1) >>> 0, bHi: next(), bLo: next() };
    const x = n < edge.length ? edge[n]! : next();
    assert.equal(multiplyAddShift(f, x), bigHash(f, x), `x=${x} f=${JSON.stringify(f)}`);
  }
});

test('a signature is, per hash function, the minimum hash of the set', () => {
  const set = shingles(generatedSentences(5, 8).join(' '));
  const signature = minhashSignature(set, { numHashes: 16, seed: 3 });
  const expected = minhashFunctions({ numHashes: 16, seed: 3 }).map((f) => Math.min(...[...set].map((x) => bigHash(f, x))));
  assert.deepEqual([...signature], expected);
});

test('signatures are deterministic for a seed and differ between seeds', () => {
  const set = shingles(generatedSentences(11, 20).join(' '));
  assert.deepEqual(minhashSignature(set), minhashSignature(Uint32Array.from(set).reverse()));
  assert.deepEqual(minhashSignature(set, { seed: 8 }), minhashSignature(new Set(set), { seed: 8 }));
  assert.notDeepEqual(minhashSignature(set, { seed: 8 }), minhashSignature(set, { seed: 9 }));
  assert.equal(minhashSignature(set).length, 128);
});

test('the signature of an empty set is all EMPTY_SLOT', () => {
  assert.ok(minhashSignature([], { numHashes: 8 }).every((v) => v === EMPTY_SLOT));
});

test('estimated Jaccard is within ±0.1 of the exact value on generated texts', () => {
  // The estimate is a binomial proportion: standard error √(J(1−J)/128) ≤ 0.044, so ±0.1 is
  // about 2.3 standard errors at J = 0.5 and a few pairs in a hundred may fall just outside by
  // chance. Asserted: at least 95% of 90 pairs within ±0.1, none beyond ±0.15, and no bias.
  const errors: number[] = [];
  for (let seed = 1; seed <= 10; seed += 1) {
    const own = generatedSentences(seed, 40);
    const other = generatedSentences(seed + 1000, 40);
    const a = shingles(own.join(' '));
    for (let kept = 0; kept <= 40; kept += 5) {
      const b = shingles([...own.slice(0, kept), ...other.slice(kept)].join(' '));
      const shared = intersectionSize(a, b);
      const exact = shared / (a.length + b.length - shared);
      const error = estimateJaccard(minhashSignature(a), minhashSignature(b)) - exact;
      assert.ok(Math.abs(error) <= 0.15, `seed ${seed}, ${kept}/40 sentences kept: exact ${exact.toFixed(3)}, error ${error.toFixed(3)}`);
      errors.push(error);
    }
  }
  const within = errors.filter((e) => Math.abs(e) <= 0.1).length / errors.length;
  const bias = errors.reduce((s, e) => s + e, 0) / errors.length;
  assert.ok(within >= 0.95, `${(within * 100).toFixed(1)}% within ±0.1`);
  assert.ok(Math.abs(bias) < 0.02, `mean error ${bias.toFixed(3)}`);
});

test('estimateJaccard rejects signatures of different lengths', () => {
  assert.throws(() => estimateJaccard(new Uint32Array(4), new Uint32Array(8)), RangeError);
});
