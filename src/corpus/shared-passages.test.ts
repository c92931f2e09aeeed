import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedSentences } from '../testing/generated-article.js';
import { prepareText } from './prepared-text.js';
import { searchSharedPassages, sharedPassages } from './shared-passages.js';

const INTRO = 'Editorial note from our weekend desk about yesterday\u2019s weather and traffic upheaval.';
const OUTRO = 'Subscribers may comment below; moderators answer questions twice daily.';

test('a copied block is one passage with its character spans in both texts', () => {
  const sentences = generatedSentences(21, 20);
  const source = sentences.join(' ');
  const block = sentences.slice(5, 14).join(' ');
  const copy = `${INTRO} ${block} ${OUTRO}`;
  const passages = sharedPassages(prepareText(source), prepareText(copy));
  assert.equal(passages.length, 1);
  const [p] = passages;
  // Spans run from the first word's start to the last word's end (the final full stop is not a word).
  const expected = block.slice(0, -1);
  assert.equal(source.slice(p!.a.start, p!.a.end), expected);
  assert.equal(copy.slice(p!.b.start, p!.b.end), expected);
  assert.deepEqual(p!.b, { start: INTRO.length + 1, end: INTRO.length + 1 + expected.length });
  assert.equal(p!.words, expected.split(/\s+/).length);
});

test('two copied blocks in another order are two passages', () => {
  const sentences = generatedSentences(22, 20);
  const copy = `${INTRO} ${sentences.slice(12, 16).join(' ')} ${OUTRO} ${sentences.slice(2, 6).join(' ')}`;
  const source = sentences.join(' ');
  const passages = sharedPassages(prepareText(source), prepareText(copy));
  assert.deepEqual(passages.map((p) => source.slice(p.a.start, p.a.end + 1)), [sentences.slice(2, 6).join(' '), sentences.slice(12, 16).join(' ')]);
});

test('a sentence the first text repeats is a passage each time it occurs', () => {
  const [s1, s2, s3] = generatedSentences(23, 3);
  const passages = sharedPassages(prepareText(`${s1} ${INTRO} ${s1} ${OUTRO}`), prepareText(`${s2} ${s1} ${s3}`));
  assert.equal(passages.length, 2);
  assert.deepEqual(passages[0]!.b, passages[1]!.b);
});

test('runs shorter than the minimum are not passages', () => {
  const a = prepareText('alpha beta gamma delta epsilon zeta eta theta one two three');
  const b = prepareText('alpha beta gamma delta epsilon zeta eta theta four five six');
  assert.equal(sharedPassages(a, b).length, 0); // 8 words < 2k − 1 = 9
  assert.equal(sharedPassages(a, b, { minShingles: 4 }).length, 1);
});

test('one word repeated 100,000 times is compared in linear work', () => {
  const text = 'war '.repeat(100_000);
  const prepared = prepareText(text);
  const { passages, comparisons } = searchSharedPassages(prepared, prepared);
  assert.deepEqual(passages, [{ a: { start: 0, end: text.length - 1 }, b: { start: 0, end: text.length - 1 }, words: 100_000 }]);
  assert.ok(comparisons <= 64 * 100_000, `${comparisons} comparisons`);
});

test('a repeated short cycle against its own shift stays linear', () => {
  const a = prepareText('one two three four five six seven eight '.repeat(12_500));
  const b = prepareText(`nine ${'one two three four five six seven eight nine '.repeat(11_000)}`);
  const { comparisons } = searchSharedPassages(a, b);
  assert.ok(comparisons <= 32 * 10 * 100_000, `${comparisons} comparisons`);
});
