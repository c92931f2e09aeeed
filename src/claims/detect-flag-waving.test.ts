import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('the national "we" with a resolve in a short sentence is flag waving', () => {
  const flags = flagsOf('The border talks failed again on Friday. Our soldiers will never retreat.', 'flag_waving');
  assert.deepEqual(flags.map((f) => f.text), ['Our soldiers will never retreat']);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a long or neutral sentence is not', () => {
  assert.deepEqual(flagsOf('Our correspondent said the ministers met in Oslo on Tuesday to discuss fishing quotas and ferry routes.', 'flag_waving'), []);
});
