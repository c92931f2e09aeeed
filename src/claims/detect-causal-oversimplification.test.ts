import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('a cleft singling out one cause is causal oversimplification', () => {
  const flags = flagsOf('It is the greed of the bankers that ruined the harvest fund.', 'causal_oversimplification');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('"without X, … would …" and "the only cause of … is" are causal oversimplification', () => {
  assert.equal(flagsOf('Without the foreign lenders, the town would have prospered long ago.', 'causal_oversimplification').length, 1);
  assert.equal(flagsOf('The only cause of the shortages is the new customs regime.', 'causal_oversimplification').length, 1);
});

test('"it is clear that" and "it is time" are no clefts', () => {
  assert.deepEqual(flagsOf('It is clear that the vote caused delays. It is time that the council started work.', 'causal_oversimplification'), []);
});

test('"for one reason:" and "X is the only reason why" name a single cause', () => {
  assert.equal(flagsOf('The harbour closed for one reason only: the mayor wanted the land for hotels.', 'causal_oversimplification').length, 1);
  assert.equal(flagsOf('Greed is the only reason why the dam was built.', 'causal_oversimplification').length, 1);
  assert.deepEqual(flagsOf('For one thing, the harbour is too shallow.', 'causal_oversimplification'), []);
});

test('a whole laid on one cause ("everything … is the result of X") is causal oversimplification', () => {
  assert.equal(flagsOf('Everything that went wrong in the valley is the result of the governor\'s greed.', 'causal_oversimplification').length, 1);
  assert.equal(flagsOf('Every tear shed in this town since the flood is on the mayor\'s hands.', 'causal_oversimplification').length, 1);
  assert.equal(flagsOf('And the rot started with the contract the council signed with the builders.', 'causal_oversimplification').length, 1);
  assert.deepEqual(flagsOf('All talks started with a handshake. Every member of the board voted.', 'causal_oversimplification'), []);
});
