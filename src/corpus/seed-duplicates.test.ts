// The five real seed articles, read from ../shared (never copied): each against a repost of
// itself made here, and against each other.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { NO_SHARED, sharedDir } from '../testing/paths.js';
import { LshIndex } from './lsh-bands.js';
import { minhashSignature } from './minhash.js';
import { prepareText } from './prepared-text.js';
import { verifyDuplicate } from './verify-duplicate.js';

const seedDir = sharedDir ? join(sharedDir, 'corpus', 'seeds') : null;
const seeds = seedDir
  ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({ name: f, text: readFileSync(join(seedDir, f), 'utf8') }))
  : [];
const skip = seeds.length === 0 ? NO_SHARED : false;

/**
 * A repost of a scraped page: the title line changed, a new header line with another date, and
 * a paragraph dropped: the middle one when there are three or more body paragraphs, else the
 * middle fifth of the sentences of the longest one.
 */
function repost(text: string): string {
  const [title = '', ...body] = text.split('\n').filter((line) => line.trim() !== '');
  let kept: string[];
  if (body.length >= 3) {
    kept = body.filter((_, i) => i !== Math.floor(body.length / 2));
  } else {
    const longest = body.reduce((best, line, i) => (line.length > body[best]!.length ? i : best), 0);
    const sentences = body[longest]!.split(/(?<=[.!?])\s+/);
    const from = Math.floor(sentences.length * 0.4);
    const to = Math.floor(sentences.length * 0.6);
    kept = body.map((line, i) => (i === longest ? [...sentences.slice(0, from), ...sentences.slice(to)].join(' ') : line));
  }
  return [`Exclusive: ${title.slice(0, 60)} (updated)`, '2025/02/1709:41:07 world 2764', ...kept].join('\n\n');
}

test('each seed against a repost of itself (new title and dated header, a paragraph dropped) is near or contained', { skip }, () => {
  for (const seed of seeds) {
    const v = verifyDuplicate(prepareText(seed.text), prepareText(repost(seed.text)));
    assert.ok(v.kind === 'near' || v.kind === 'contained', `${seed.name}: ${v.kind}, Jaccard ${v.jaccard.toFixed(3)}, containment ${v.containment.toFixed(3)}`);
  }
});

test('each seed\'s repost is an LSH candidate of the seed', { skip }, () => {
  const index = new LshIndex();
  for (const seed of seeds) index.add(seed.name, minhashSignature(prepareText(seed.text).set));
  for (const seed of seeds) {
    assert.ok(index.candidates(minhashSignature(prepareText(repost(seed.text)).set)).includes(seed.name), seed.name);
  }
});

test('the seeds are pairwise not near-duplicates of one another', { skip }, () => {
  const prepared = seeds.map((s) => ({ name: s.name, text: prepareText(s.text) }));
  for (let i = 0; i < prepared.length; i += 1) {
    for (let j = i + 1; j < prepared.length; j += 1) {
      const v = verifyDuplicate(prepared[i]!.text, prepared[j]!.text);
      assert.ok(
        v.kind !== 'exact' && v.kind !== 'near' && v.kind !== 'contained',
        `${prepared[i]!.name} × ${prepared[j]!.name}: ${v.kind}, Jaccard ${v.jaccard.toFixed(3)}, containment ${v.containment.toFixed(3)}`,
      );
    }
  }
});
