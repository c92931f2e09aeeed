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

test('the nation as subject defending its independence is flag waving, even in a longer sentence', () => {
  const flags = flagsOf('The Portuguese people defended their independence against every empire for eight centuries and will defend it again.', 'flag_waving');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
  assert.equal(flagsOf('The whole nation stands united behind its firefighters.', 'flag_waving').length, 1);
  assert.deepEqual(flagsOf('The Portuguese people voted in large numbers on Sunday.', 'flag_waving'), []);
});
