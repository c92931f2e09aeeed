import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('a superlative against all history is exaggeration, to the end of its clause', () => {
  const flags = flagsOf('The parade was the most splendid celebration in the history of the city, officials said.', 'exaggeration');
  assert.deepEqual(flags.map((f) => f.text), ['the most splendid celebration in the history of the city']);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a plain superlative is not', () => {
  assert.deepEqual(flagsOf('The largest delegation came from Brazil.', 'exaggeration'), []);
});
