import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('a value as the subject of a short categorical sentence is an appeal to values', () => {
  const flags = flagsOf('The court delayed its ruling again. Justice and mercy cannot wait for the calendar.', 'appeal_to_values');
  assert.deepEqual(flags.map((f) => f.text), ['Justice and mercy cannot wait for the calendar']);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a value word elsewhere in the sentence is not', () => {
  assert.deepEqual(flagsOf('The minister spoke about justice reform in the parliament on Monday.', 'appeal_to_values'), []);
});

test('a value that has prevailed, a value with its complement, and an actor always choosing a value', () => {
  assert.equal(flagsOf('Truth and decency have finally prevailed.', 'appeal_to_values').length, 1);
  assert.equal(flagsOf('Freedom of speech does not stop at the border.', 'appeal_to_values').length, 1);
  assert.equal(flagsOf('Portugal has always chosen dialogue and peace, but never at the price of its dignity.', 'appeal_to_values').length, 1);
  assert.deepEqual(flagsOf('Portugal has always exported cork.', 'appeal_to_values'), []);
});
