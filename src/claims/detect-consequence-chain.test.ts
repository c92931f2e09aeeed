import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('a condition followed by a chain of predicted consequences is consequential oversimplification', () => {
  const flags = flagsOf('If Europe accepts this deal, prices will rise, which will lead to protests, and then governments will fall.', 'consequential_oversimplification');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a single prediction is no chain', () => {
  assert.deepEqual(flagsOf('If Europe accepts this deal, prices will rise.', 'consequential_oversimplification'), []);
});

test('a temporal ladder "today … tomorrow … the day after" is a slippery slope', () => {
  const flags = flagsOf('Today they close the post office, tomorrow the school, and the day after tomorrow the whole village.', 'consequential_oversimplification');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence >= 0.5);
});

test('"tomorrow …, and the day after …" is a temporal ladder', () => {
  assert.equal(flagsOf('If the council allows this, tomorrow it will be the park, and the day after the school itself.', 'consequential_oversimplification').length, 1);
});
