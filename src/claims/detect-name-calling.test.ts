import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

const T = 'name_calling';

test('a label applied to an actor is structural, over the label only', () => {
  const flags = flagsOf('The conference was hijacked by the lapdogs of NATO.', T);
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'lapdogs');
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a label with no actor in reach stays lexical', () => {
  const flags = flagsOf('Only gamblers bet the harvest on one season.', T);
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence <= 0.4);
});

test('"the regime in" a capitalised place is name calling; a sanctions regime is not', () => {
  assert.equal(flagsOf('The regime in Naypyidaw answered with more arrests.', T).length, 1);
  assert.deepEqual(flagsOf('The sanctions regime in force since May covers steel.', T), []);
});
