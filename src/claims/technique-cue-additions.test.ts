import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';
import type { TechniqueName } from './technique-names.js';

// Cues of data/techniques/cues.json for shapes the detectors do not cover: each fires, and stays
// lexical (confidence at most 0.4).
const CASES: readonly [TechniqueName, string, string][] = [
  ['doubt', 'The governor blamed the farmers without showing a single piece of evidence.', 'without showing'],
  ['doubt', 'Maps that nobody has seen were waved at the hearing.', 'nobody has seen'],
  ['conversation_killer', 'The island belongs to us, and this is not a question of discussion.', 'not a question of discussion'],
  ['questioning_the_reputation', 'The council, once again, showed its true face.', 'showed its true face'],
  ['loaded_language', 'The neighbouring towns followed the baton and protested as well.', 'followed the baton'],
  ['causal_oversimplification', 'In this valley every road leads to the old mill owner.', 'every road leads to'],
  ['straw_man', 'The plan was mocked, as if a flooded town should wait for a permit.', 'as if a flooded town should'],
];

test('added lexical cues fire at low confidence', () => {
  for (const [technique, text, words] of CASES) {
    const flags = flagsOf(text, technique);
    assert.ok(flags.some((f) => f.text.includes(words) && f.confidence <= 0.4), `${technique}: ${text} → ${JSON.stringify(flags)}`);
  }
});

test('"everything else is …" standing as a sentence of its own is a conversation killer', () => {
  assert.equal(flagsOf('The island is ours. Everything else is a fairy tale.', 'conversation_killer').length, 1);
  assert.deepEqual(flagsOf('Everything else is ready for the harvest fair.', 'conversation_killer'), []);
});

test('a warning that "all consequences will be borne" by a side is an appeal to fear', () => {
  assert.equal(flagsOf('Stop the drilling. Otherwise, all consequences will be borne by the company.', 'appeal_to_fear').length, 1);
});
