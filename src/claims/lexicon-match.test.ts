import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tagSentence } from '../events/tag-sentence.js';
import { compileLexicon } from './lexicon-index.js';
import { matchLexicon } from './lexicon-match.js';
import { countTone } from './tone-count.js';

const lex = compileLexicon(['test'], [
  { term: 'win-win', weight: 0.7, kind: 'noun' },
  { term: 'win', weight: 0.4, kind: 'action' },
  { term: 'double standards', weight: -0.7, kind: 'noun' },
  { term: 'criticize', weight: -0.6, kind: 'judgement' },
  { term: 'force', weight: -0.6, kind: 'action', pos: 'verb' },
  { term: 'brutal', weight: -0.8, kind: 'quality', pos: 'adj' },
  { term: 'uphold', weight: 0.6, kind: 'action' },
  { term: 'good', weight: 0.6, kind: 'quality', pos: 'adj' },
  { term: 'strong', weight: 0.3, kind: 'quality', pos: 'adj' },
]);
const termsIn = (sentence: string): string[] =>
  matchLexicon(tagSentence(sentence, { start: 0, end: sentence.length }), lex, () => true).map((h) => h.entry.term);

test('a phrase wins over the words it contains, across a hyphen', () => {
  assert.deepEqual(termsIn('They promised win-win cooperation.'), ['win-win']);
});

test('inflected and British forms are found through the lemma', () => {
  assert.deepEqual(termsIn('They criticised the double standards and upheld the rules.'), ['criticize', 'double standards', 'uphold']);
});

test('an entry restricted to verbs does not match the noun ("forces")', () => {
  assert.deepEqual(termsIn('Russian forces entered the town.'), []);
  assert.deepEqual(termsIn('They force the neighbours to pay.'), ['force']);
});

test('an adverb made from an evaluative adjective is found, an intensifier is not', () => {
  assert.deepEqual(termsIn('The police brutally dispersed the crowd.'), ['brutal']);
  assert.deepEqual(termsIn('The ministers strongly disagreed.'), []);
});

test('untagged tone counts only entries valid for every part of speech, not plural nouns of adjectives', () => {
  const t = countTone('Goods and forces: they upheld a win-win deal.', lex);
  assert.deepEqual(t.hits.map((h) => h.entry.term), ['uphold', 'win-win']);
  assert.equal(t.tone, Math.round((100 * 2) / t.words * 100) / 100);
});
