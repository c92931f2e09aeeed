import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

const T = 'appeal_to_popularity';

test('a majority or a whole that endorses is offered as the argument', () => {
  for (const s of [
    'Most of the nations of the world reject the blockade of the island.',
    'More than forty countries have backed the fisheries plan this month.',
    'The whole of Portugal stands behind its fishermen.',
  ]) {
    const flags = flagsOf(s, T);
    assert.equal(flags.length, 1, s);
    assert.ok(flags[0]!.confidence <= 0.4);
  }
});

test('a count without endorsement, or a majority further into the sentence, is not', () => {
  assert.deepEqual(flagsOf('Most countries closed their airspace on Monday.', T), []);
  assert.deepEqual(flagsOf('The minister met most of the delegates before lunch.', T), []);
});
