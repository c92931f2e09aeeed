import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

const T = 'questioning_the_reputation';

test('a record denied in a relative clause is questioning the reputation, over that clause', () => {
  const flags = flagsOf('The governor, a man who has never kept a single promise to the farmers, opened the new bridge.', T);
  assert.deepEqual(flags.map((f) => f.text), ['a man who has never kept a single promise to the farmers']);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a reputation reduced to one thing is flagged', () => {
  const flags = flagsOf('For a mayor known in the region mainly for his yacht parties, the budget is a toy.', T);
  assert.equal(flags.length, 1);
  assert.match(flags[0]!.text, /known in the region mainly for his yacht parties/);
});

test('a verdict on a character and a leader set against his own people are flagged', () => {
  assert.equal(flagsOf('A minister who sells the harbour to strangers has told us everything about himself.', T).length, 1);
  assert.equal(flagsOf('The chancellor, who promised a new era, now hides from his own voters.', T).length, 1);
});

test('a plain relative clause about a person is not', () => {
  assert.deepEqual(flagsOf('The governor, who took office in March, opened the new bridge on Friday.', T), []);
  assert.deepEqual(flagsOf('The company has not paid a dividend this year.', T), []);
});
