import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedArticle, generatedRepost } from '../testing/generated-article.js';
import { bandKeys } from './lsh-bands.js';
import { contentHash } from './normalise-text.js';
import { shingles } from './shingles.js';
import { fingerprintText } from './text-fingerprint.js';

test('a fingerprint holds the content hash, the shingle count, the signature and its band keys', () => {
  const text = generatedArticle(8).text;
  const f = fingerprintText(text);
  assert.equal(f.contentHash, contentHash(text));
  assert.equal(f.shingleCount, shingles(text).length);
  assert.deepEqual(f.bandKeys, bandKeys(f.signature));
});

test('a repost and its source share band keys but not the content hash', () => {
  const article = generatedArticle(9);
  const [a, b] = [fingerprintText(article.text), fingerprintText(generatedRepost(article, 4))];
  assert.notEqual(a.contentHash, b.contentHash);
  assert.ok(a.bandKeys.some((k) => b.bandKeys.includes(k)));
});

test('options reach every step (shingle size, number of hashes, banding)', () => {
  const f = fingerprintText(generatedArticle(10).text, { k: 3, numHashes: 20, bands: 5, rows: 4 });
  assert.equal(f.signature.length, 20);
  assert.equal(f.bandKeys.length, 5);
  assert.equal(f.shingleCount, shingles(generatedArticle(10).text, { k: 3 }).length);
});
