// Hyphenated compounds retagged: a part of a compound is no clause verb, and an adjectival
// compound is followed by its noun; sentences written for this test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compoundTags } from './compound-tags.js';
import { tagSentence, type TaggedToken } from './tag-sentence.js';

const tags = (text: string): TaggedToken[] => [...compoundTags(tagSentence(text, { start: 0, end: text.length }))];
const posOf = (tokens: readonly TaggedToken[], word: string): string | undefined => tokens.find((t) => t.lower === word)?.pos;

test('the parts of a compound before a noun are not verbs', () => {
  assert.notEqual(posOf(tags('China held live-fire drills near Taiwan.'), 'live'), 'VERB');
  assert.notEqual(posOf(tags('Russia sent US-made jets to Syria.'), 'made'), 'VERB');
});

test('the noun after an adjectival compound is a noun', () => {
  assert.equal(posOf(tags('The army carried out large-scale exercises near Lithuania.'), 'exercises'), 'NOUN');
});

test('a compound verb keeps its verb, and spaced dashes are no compound', () => {
  assert.equal(posOf(tags('Russia test-fired a missile.'), 'fired'), 'VERB');
  const spaced = 'Troops arrived - then they left.';
  assert.deepEqual(tags(spaced), tagSentence(spaced, { start: 0, end: spaced.length }));
});
