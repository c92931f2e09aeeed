import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('the claim put in the mouth of named opponents is a straw man, to the end of the sentence', () => {
  const flags = flagsOf('The lobbyists like to claim that farmers want no rules at all.', 'straw_man');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'like to claim that farmers want no rules at all');
  assert.ok(flags[0]!.confidence > 0.4);
});

test('without a named holder the introducer stays lexical', () => {
  const flags = flagsOf('Some would have us believe that the tax is harmless.', 'straw_man');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence <= 0.4);
});

test('a disparaged source said to tell what the other side wants is a straw man', () => {
  const flags = flagsOf("The mining lobby tells the public that environmentalists want to close every factory.", 'straw_man');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
  assert.deepEqual(flagsOf('The ministry told reporters that the factory will close.', 'straw_man'), []);
});

test('"in the eyes of X, Y should …" puts a prescription in X\'s mouth', () => {
  assert.equal(flagsOf('In the eyes of the European Commission, Greek farmers should quietly accept ruin.', 'straw_man').length, 1);
});
