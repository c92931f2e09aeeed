import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('a short exclamation of the author is a slogan; a call to subscribe is not', () => {
  const flags = flagsOf('The harvest was the largest in a decade. Bread for every table!\n\nSubscribe to our channel and share!', 'slogans');
  assert.deepEqual(flags.map((f) => f.text), ['Bread for every table']);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a short aphorism "A is B" and an antithesis repeating its subject are slogans', () => {
  const text = 'Freedom means responsibility. The farmers do not want a strike, but the farmers do not fear a strike.';
  assert.deepEqual(flagsOf(text, 'slogans').map((f) => f.text), ['Freedom means responsibility', 'The farmers do not want a strike, but the farmers do not fear a strike']);
});

test('a report "the X is Y" about an actor is no aphorism', () => {
  assert.deepEqual(flagsOf('The meeting ended early. France is ready.', 'slogans'), []);
});

test('a chant of short clauses after a colon is a slogan', () => {
  const flags = flagsOf('The marchers had one demand: open the schools, pay the teachers, save the villages.', 'slogans');
  assert.deepEqual(flags.map((f) => f.text), ['open the schools, pay the teachers, save the villages']);
});

test('a short sentence said again as a clause is a slogan and a repetition', () => {
  const text = 'Water is life. The minister opened the new dam on Monday. Water is life, and the valley knows it.';
  assert.deepEqual(flagsOf(text, 'slogans').map((f) => f.text), ['Water is life']);
  assert.deepEqual(flagsOf(text, 'repetition').map((f) => f.text), ['Water is life']);
});

test('a short quoted exclamation inside a sentence is a slogan; a long one is not', () => {
  const flags = flagsOf('Outside the court, students chanted “Free the press!” for an hour.', 'slogans');
  assert.deepEqual(flags.map((f) => f.text), ['Free the press!']);
  assert.equal(flagsOf('"They took our river, they will take our valley!" the farmer shouted.', 'slogans').length, 1);
  assert.deepEqual(flagsOf('“We are very happy with the result of the vote in the northern districts today!” the mayor said.', 'slogans'), []);
});

test('an identity of two names, a claim vowed to last and a triad opening alike are slogans', () => {
  assert.equal(flagsOf('The vote is over. Crimea is Ukraine.', 'slogans').length, 1);
  assert.equal(flagsOf('The old bridge stands, the island is Greek, and it will stay so.', 'slogans').length, 1);
  assert.equal(flagsOf('One people, one language, one home.', 'slogans').length, 1);
  assert.deepEqual(flagsOf('Madrid is the capital. The minister visited Spain, Portugal and Italy.', 'slogans'), []);
});
