import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('"so-called" before a quoted term is one doubt flag with both cues', () => {
  const flags = flagsOf('Western capitals keep talking about the so-called “threat” from the East.', 'doubt');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'so-called “threat”');
  assert.equal(flags[0]!.cue, 'so-called + scare quotes');
  assert.ok(flags[0]!.confidence > 0.5);
});

test('"so-called" in a neutral use is still doubt, with low confidence', () => {
  const flags = flagsOf('The so-called Minsk agreements were signed in 2015.', 'doubt');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'so-called Minsk agreements');
  assert.ok(flags[0]!.confidence <= 0.4);
});

test('a short quoted term nobody says is a scare quote', () => {
  const flags = flagsOf('Washington sent more troops to “help” its allies in the region.', 'doubt');
  assert.deepEqual(flags.map((f) => [f.text, f.cue]), [['“help”', 'scare quotes']]);
});

test('a quoted term a speaker says is not a scare quote', () => {
  assert.deepEqual(flagsOf('The minister said: “Victory is near.” Then he left.', 'doubt'), []);
  assert.deepEqual(flagsOf('The sanctions “have failed”, the minister told reporters.', 'doubt'), []);
});

test('a quoted name is not a scare quote', () => {
  assert.deepEqual(flagsOf('The French daily “Le Monde” published the letter on Monday.', 'doubt'), []);
});

test('a long quotation does not pair its closing mark with the next one', () => {
  const text = '"The deal is dead and nobody will revive it this year." French "Le Monde" wrote that on Monday.';
  assert.deepEqual(flagsOf(text, 'doubt'), []);
});

test('the author\'s question with a doubting word is doubt', () => {
  const flags = flagsOf('Can anyone really believe these figures from Kyiv?', 'doubt');
  assert.equal(flags.length, 1);
  assert.match(flags[0]!.cue, /question casting doubt/);
});

test('a plain question is not doubt', () => {
  assert.deepEqual(flagsOf('When will the talks resume in Geneva?', 'doubt'), []);
});

test('"so-called" stops before a name in apposition', () => {
  const flags = flagsOf('The statement was read by the so-called governor Ivan Petrenko on Monday.', 'doubt');
  assert.deepEqual(flags.map((f) => f.text), ['so-called governor']);
});

test('mocking the believers of a claim is doubt, not whataboutism or a false dilemma', () => {
  const text = 'Anyone who believes the new mayor has changed should ask the dockers. Only who reads the town paper can believe this.';
  assert.equal(flagsOf(text, 'doubt').length, 2);
  assert.deepEqual(flagsOf(text, 'whataboutism'), []);
  assert.deepEqual(flagsOf(text, 'false_dilemma'), []);
  assert.deepEqual(flagsOf('Those who believe in the harbour plan should vote on Sunday.', 'doubt'), []);
});
