import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('a sentence opening "Only those who …" is a false dilemma', () => {
  const flags = flagsOf('Only those who stick together have a chance to survive.', 'false_dilemma');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'Only those who stick together have a chance to survive');
  assert.ok(flags[0]!.confidence > 0.4);
});

test('"Only then" is a time, not a dilemma', () => {
  assert.deepEqual(flagsOf('Only then did the ministers who met in Oslo sign the text.', 'false_dilemma'), []);
});

test('"either … or" with a word that closes other options off is structural', () => {
  const flags = flagsOf('Europe must either defend its interests or become a colony.', 'false_dilemma');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('"either … or" alone stays lexical', () => {
  const flags = flagsOf('The talks will take place either in Oslo or in Geneva.', 'false_dilemma');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence <= 0.4);
});

test('"must choose: A, or B" is a forced choice', () => {
  const flags = flagsOf('The valley must choose: clean water, or endless mining.', 'false_dilemma');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
  assert.deepEqual(flagsOf('Voters must choose a new council next year.', 'false_dilemma'), []);
});
