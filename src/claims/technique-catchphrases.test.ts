import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

const T = 'repetition';

test("the title's catchphrase said twice in the body is repetition, at its first occurrence", () => {
  const text = 'The council voted on Monday. Critics called it a paper shield for the coast.\n\nThe paper shield will not stop the trawlers, the fishermen said.';
  const flags = flagsOf(text, T, 'Paper shields for the coast: council votes');
  assert.deepEqual(flags.map((f) => f.text), ['paper shield']);
});

test('a name from the title said again is not a catchphrase', () => {
  const text = 'Ships crossed the Baltic Sea on Monday. Two more crossed the Baltic Sea on Tuesday.';
  assert.deepEqual(flagsOf(text, T, 'Ships on the Baltic Sea'), []);
});

test('a charged phrase of the cue lists said in two sentences is repetition', () => {
  const text = 'The ministers are playing with fire. Anyone who plays with fire in the delta will regret it.';
  assert.equal(flagsOf(text, T).length, 1);
});

test('clauses opening alike are anaphora', () => {
  const flags = flagsOf('The valley will not forget, and the valley will not forgive.', T);
  assert.equal(flags.length, 1);
  assert.deepEqual(flagsOf('The valley is green, and the river is cold.', T), []);
});
