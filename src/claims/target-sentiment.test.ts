import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagSentence } from '../events/tag-sentence.js';
import { compileLexicon, lookupForm } from './lexicon-index.js';
import { isTitleCase } from './stance-headline.js';
import { sentenceSentiment } from './sentence-sentiment.js';
import { OPPOSED_SHARE, type SentimentOptions } from './sentiment-options.js';
import { tokenRange } from './target-sentiment.js';

const lex = compileLexicon(['test'], [
  { term: 'slam', weight: -0.8, kind: 'judgement', pos: 'verb' },
  { term: 'corrupt', weight: -0.8, kind: 'quality' },
  { term: 'popular', weight: 0.3, kind: 'quality' },
  { term: 'great', weight: 0.6, kind: 'quality' },
  { term: 'oppose', weight: 0, kind: 'shifter' },
  { term: 'aid', weight: 0.4, kind: 'noun', pos: 'noun' },
  { term: 'abuse', weight: -0.8, kind: 'action' },
]);

/** Contributions to `target` (its first occurrence) in `sentence`, as [words, value]. */
function read(sentence: string, target: string, opts: SentimentOptions = {}): [string, number][] {
  const tokens = tagSentence(sentence, { start: 0, end: sentence.length });
  const at = sentence.indexOf(target);
  const range = tokenRange(tokens, { start: at, end: at + target.length });
  assert.ok(range, target);
  return sentenceSentiment(tokens, [range], lex, opts).map((c) => [sentence.slice(c.span.start, c.span.end), c.value]);
}
const total = (cs: readonly [string, number][]): number => cs.reduce((a, [, v]) => a + v, 0);

test('a headline in title case is read like a sentence: its verb and adjectives count', () => {
  const cs = read('Governor Smith Slams Corrupt Mayor Jones Over Budget', 'Mayor Jones');
  assert.ok(cs.some(([w, v]) => w === 'Slams' && v < 0), JSON.stringify(cs));
  assert.ok(total(cs) < 0, JSON.stringify(cs));
});

test('title case is told from a sentence that merely names several people', () => {
  const title = 'Governor Smith Slams Mayor Jones Over Budget';
  const plain = 'The governor met Mayor Jones and Senator Brown on Tuesday in Albany.';
  assert.equal(isTitleCase(tagSentence(title, { start: 0, end: title.length })), true);
  assert.equal(isTitleCase(tagSentence(plain, { start: 0, end: plain.length })), false);
});

test('"least" and "less" reverse the adjective after them', () => {
  assert.ok(total(read('The mayor is the least popular official in the county.', 'The mayor')) < 0);
  assert.ok(total(read('The mayor is the most popular official in the county.', 'The mayor')) > 0);
});

test('a capitalised word opening a name at the start of a sentence is not an evaluation', () => {
  assert.deepEqual(read('Great Falls Council approved the new budget for the mayor.', 'the mayor'), []);
});

test('an act against an actor casts on it the opposed share, only when asked', () => {
  const opposed = read('The unions opposed the mayor at every turn.', 'the mayor', { opposedShare: OPPOSED_SHARE });
  assert.deepEqual(opposed.map(([w]) => w), ['opposed']);
  assert.ok(opposed[0]![1] < 0);
  assert.deepEqual(read('The unions opposed the mayor at every turn.', 'the mayor'), []);
  // An evaluative object is still reversed onto the doer, and the opposed actor is not scored.
  assert.ok(total(read('The unions opposed abuse by the police.', 'The unions', { opposedShare: OPPOSED_SHARE })) > 0);
});

test('"-es" is taken off only after a sibilant or "o": "aides" is not "aid", "abuses" is "abuse"', () => {
  assert.equal(lookupForm(lex, 'aides'), undefined);
  assert.equal(lookupForm(lex, 'aids')?.form, 'aid');
  assert.equal(lookupForm(lex, 'abuses')?.form, 'abuse');
});
