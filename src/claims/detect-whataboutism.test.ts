import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('"who is really …?" answered with an actor\'s own acts is whataboutism', () => {
  const text = 'But who is really escalating? Britain sends missiles to the region every month.';
  const flags = flagsOf(text, 'whataboutism');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, text.slice(0, -1));
});

test('a "while X condemned …" turn to the critic\'s own acts is whataboutism', () => {
  const text = 'While France condemned the raids on the capital, French jets were striking villages in the desert.';
  assert.equal(flagsOf(text, 'whataboutism').length, 1);
});

test('a "while" clause without protest is not', () => {
  assert.deepEqual(flagsOf('While France hosted the talks, Germany paid for the venue.', 'whataboutism'), []);
});

test('the critic sent back to its own record is whataboutism', () => {
  assert.equal(flagsOf('Those who complain about our fishing quotas should first ask about their own trawlers off Africa.', 'whataboutism').length, 1);
  assert.equal(flagsOf('And before lecturing Lisbon about forests, Madrid should explain its own fires.', 'whataboutism').length, 1);
  assert.deepEqual(flagsOf('Those who travel to the coast should book early.', 'whataboutism'), []);
});
