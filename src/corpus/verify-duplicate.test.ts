import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generatedArticle, generatedRepost, generatedSentences } from '../testing/generated-article.js';
import { prepareText } from './prepared-text.js';
import { verifyDuplicate } from './verify-duplicate.js';

const verify = (a: string, b: string) => verifyDuplicate(prepareText(a), prepareText(b));

test('texts that differ only in rendering are exact duplicates', () => {
  const text = generatedArticle(1).text;
  const rendered = text.replace(/ /g, '  ').replace(/'/g, '\u2019').toUpperCase();
  assert.equal(verify(text, rendered).kind, 'exact');
});

test('a repost with a new title, header and date, repeated sentences and a promo paragraph is near or contained', () => {
  const article = generatedArticle(2, { paragraphs: 5 });
  const v = verify(article.text, generatedRepost(article, 9));
  assert.ok(v.kind === 'near' || v.kind === 'contained', JSON.stringify({ ...v, passages: v.passages.length }));
});

test('a partial copy (60% of an article inside another) is contained, with the shared passage spans right', () => {
  const article = generatedArticle(3, { paragraphs: 5, sentencesPerParagraph: 6 });
  const body = article.paragraphs.join('\n\n');
  const copied = article.paragraphs.slice(1, 4).join('\n\n');
  const copy = `Our correspondent reports. ${copied}\n\nWeather: ${generatedSentences(303, 2).join(' ')}`;
  const v = verify(body, copy);
  assert.equal(v.kind, 'contained', `Jaccard ${v.jaccard}, containment ${v.containment}`);
  assert.equal(v.containedSide, 'b');
  assert.equal(v.passages.length, 1);
  const [p] = v.passages;
  // From the first copied word to the last (the final full stop is not a word).
  assert.deepEqual(p!.a, { start: body.indexOf(copied), end: body.indexOf(copied) + copied.length - 1 });
  assert.deepEqual(p!.b, { start: copy.indexOf(copied), end: copy.indexOf(copied) + copied.length - 1 });
});

test('two different articles on the same topic sharing actor names and a stock phrase are not near-duplicates', () => {
  const actors = ['Russia', 'China', 'Kazakhstan'];
  const stock = 'Both sides stressed that the two countries will continue to deepen their comprehensive strategic partnership.';
  const one = generatedArticle(41, { actors });
  const two = generatedArticle(42, { actors });
  const v = verify(`${one.text}\n\n${stock}`, `${stock}\n\n${two.text}`);
  assert.equal(v.kind, null, JSON.stringify({ ...v, passages: v.passages }));
  assert.ok(v.jaccard < 0.2 && v.containment < 0.3, `Jaccard ${v.jaccard}, containment ${v.containment}`);
});

test('two articles that share a long quoted passage have shared passages', () => {
  const quote = generatedSentences(50, 2).join(' ');
  const v = verify(`${generatedArticle(51).text}\n\n"${quote}"`, `"${quote}"\n\n${generatedArticle(52).text}`);
  assert.equal(v.kind, 'shared-passages');
});

test('a headline repeated inside an article is not "contained"', () => {
  const article = generatedArticle(60);
  assert.notEqual(verify(article.title, article.text).kind, 'contained');
});

test('texts without shared shingles have zero similarity and no passages', () => {
  const v = verify('alpha beta gamma delta epsilon zeta', 'one two three four five six');
  assert.deepEqual([v.kind, v.jaccard, v.containment, v.passages.length], [null, 0, 0, 0]);
});
