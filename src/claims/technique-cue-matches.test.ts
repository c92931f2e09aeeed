import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contextOf } from './technique-test-input.js';

const hitWords = (text: string, technique: string): string[] =>
  contextOf(text).hits.filter((h) => h.cue.technique === technique).map((h) => h.words);

test('a cue matches whatever the case and the apostrophe', () => {
  assert.deepEqual(hitWords('EVERYONE KNOWS that the plan failed.', 'appeal_to_popularity'), ['everyone knows']);
});

test('a prefix cue matches the inflected word', () => {
  assert.deepEqual(hitWords('They keep manipulating public opinion.', 'loaded_language').sort(), ['manipulating', 'manipulating public opinion']);
});

test('a gap takes up to four words and is shown as …', () => {
  assert.deepEqual(hitWords('It was a slap in the Kremlin\'s face.', 'loaded_language'), ['slap in … face']);
  assert.deepEqual(hitWords('It was a slap in the old and tired and proud face.', 'loaded_language'), []);
});

test('a match never crosses a sentence end', () => {
  assert.deepEqual(hitWords('They talked about a wishful. Thinking is free.', 'loaded_language'), []);
});

test('an {actor} slot matches an actor mention, not any word', () => {
  assert.deepEqual(hitWords('The talks failed, and the Kiev regime blamed Moscow.', 'name_calling'), ['kiev regime']);
  assert.deepEqual(hitWords('The talks failed, and the old regime blamed Moscow.', 'name_calling'), []);
});

test('an anchored cue matches only at the sentence start', () => {
  assert.deepEqual(hitWords('What about the sanctions on Iran?', 'whataboutism'), ['what about']);
  assert.deepEqual(hitWords('They asked what about the sanctions on Iran.', 'whataboutism'), []);
});

test('the bundled lists hold general cues for the anonymous expert, the doubted claim and the dehumanising simile', () => {
  assert.deepEqual(hitWords('As any tax lawyer will confirm, the rule is void.', 'appeal_to_authority'), ['as any … will confirm']);
  assert.deepEqual(hitWords('The alleged leak, the supposed memo and not a shred of evidence.', 'doubt').sort(), ['alleged', 'shred of evidence', 'the supposed']);
  assert.deepEqual(hitWords('They were driven out like rats.', 'name_calling'), ['like rats']);
  assert.deepEqual(hitWords('The era of cheap gas is over.', 'conversation_killer'), ['the era of … is over']);
  assert.deepEqual(hitWords('In the era of cheap gas it is over.', 'conversation_killer'), []);
});
