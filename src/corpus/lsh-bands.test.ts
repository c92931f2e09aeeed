import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedArticle, generatedRepost, generatedSentences } from '../testing/generated-article.js';
import { bandKeys, candidateProbability, DEFAULT_BANDS, DEFAULT_ROWS, LshIndex, lshThreshold } from './lsh-bands.js';
import { minhashSignature } from './minhash.js';
import { shingles } from './shingles.js';
import { intersectionSize } from './sorted-sets.js';

const signatureOf = (text: string): Uint32Array => minhashSignature(shingles(text));

test('there is one key per band and each key names its band', () => {
  const keys = bandKeys(signatureOf(generatedArticle(1).text));
  assert.equal(keys.length, DEFAULT_BANDS);
  keys.forEach((key, band) => assert.match(key, new RegExp(`^${band}:[0-9a-f]{${8 * DEFAULT_ROWS}}$`)));
});

test('a band key changes when any of its rows changes', () => {
  const signature = Uint32Array.from({ length: 8 }, (_, i) => i * 1000);
  const changed = Uint32Array.from(signature);
  changed[5] = 1;
  const [a, b] = [bandKeys(signature, { bands: 4, rows: 2 }), bandKeys(changed, { bands: 4, rows: 2 })];
  assert.deepEqual(a.map((k, i) => k === b[i]), [true, true, false, true]);
});

test('an empty signature has no band keys', () => {
  assert.deepEqual(bandKeys(minhashSignature([])), []);
});

test('asking for more rows than the signature has is an error', () => {
  assert.throws(() => bandKeys(new Uint32Array(16), { bands: 5, rows: 4 }), RangeError);
});

test('the default banding makes pairs at Jaccard 0.5 candidates with near certainty', () => {
  assert.ok(candidateProbability(0.5) > 0.99, String(candidateProbability(0.5)));
  assert.ok(candidateProbability(0.05) < 0.01, String(candidateProbability(0.05)));
  assert.ok(Math.abs(lshThreshold() - (1 / DEFAULT_BANDS) ** (1 / DEFAULT_ROWS)) < 1e-12);
});

test('generated pairs with Jaccard near 0.5 are found as candidates', () => {
  let pairs = 0;
  let found = 0;
  for (let seed = 1; seed <= 40; seed += 1) {
    const own = generatedSentences(seed, 30);
    const kept = [...own.slice(0, 20), ...generatedSentences(seed + 500, 10)].join(' ');
    const [a, b] = [shingles(own.join(' ')), shingles(kept)];
    const shared = intersectionSize(a, b);
    const jaccard = shared / (a.length + b.length - shared);
    assert.ok(jaccard > 0.4 && jaccard < 0.6, `seed ${seed}: Jaccard ${jaccard}`);
    const index = new LshIndex();
    index.add('a', minhashSignature(a));
    pairs += 1;
    if (index.candidates(minhashSignature(b)).includes('a')) found += 1;
  }
  assert.ok(found >= pairs - 1, `${found} of ${pairs} found`);
});

test('a repost is a candidate of its source among unrelated articles', () => {
  const index = new LshIndex();
  for (let seed = 100; seed < 150; seed += 1) index.add(`other-${seed}`, signatureOf(generatedArticle(seed).text));
  const source = generatedArticle(7);
  index.add('source', signatureOf(source.text));
  const candidates = index.candidates(signatureOf(generatedRepost(source, 1)));
  assert.ok(candidates.includes('source') && candidates.length <= 3, candidates.join(', '));
});

test('candidate pairs are listed once each, earlier-added document first', () => {
  const index = new LshIndex();
  const article = generatedArticle(3);
  index.add('x', signatureOf(generatedArticle(4).text));
  index.add('first', signatureOf(article.text));
  index.add('second', signatureOf(generatedRepost(article, 2)));
  index.add('third', signatureOf(generatedRepost(article, 3)));
  assert.deepEqual(index.candidatePairs().sort(), [['first', 'second'], ['first', 'third'], ['second', 'third']]);
});

test('adding the same id twice is an error', () => {
  const index = new LshIndex();
  index.add('a', signatureOf('one two three four five six'));
  assert.throws(() => index.add('a', signatureOf('one two three four five six')));
});
