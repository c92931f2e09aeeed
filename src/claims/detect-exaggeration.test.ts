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

test("the author's superlative verdict against an era is exaggeration; a description is not", () => {
  const flags = flagsOf('This is the most cynical budget in Lisbon since the Carnation Revolution.', 'exaggeration');
  assert.equal(flags.length, 1);
  assert.match(flags[0]!.text, /^the most cynical budget/);
  assert.deepEqual(flagsOf('The floods caused the most serious damage to the valley in decades.', 'exaggeration'), []);
});

test('a comparison against everything is exaggeration', () => {
  assert.equal(flagsOf('The club lost more games in one month than in all its previous seasons.', 'exaggeration').length, 1);
});
