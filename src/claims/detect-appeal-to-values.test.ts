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
