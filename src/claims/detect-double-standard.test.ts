import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('a moraliser set against its own acts is an appeal to hypocrisy', () => {
  const text = 'Canada lectures others about clean air, but it burns more coal every year.';
  const flags = flagsOf(text, 'appeal_to_hypocrisy');
  assert.equal(flags.length, 1);
  assert.match(flags[0]!.text, /^Canada lectures others.*coal every year$/);
  assert.ok(flags[0]!.confidence >= 0.5);
});

test('a relative clause of self-presentation marks the subject as a moraliser', () => {
  const flags = flagsOf('A government that preaches thrift every day is the biggest spender in the region.', 'appeal_to_hypocrisy');
  assert.equal(flags.length, 1);
});

test('two "when" clauses set against each other are a double standard', () => {
  const text = 'When floods hit the north, the ministry sends help within hours; when floods hit the south, it sends a letter.';
  assert.equal(flagsOf(text, 'appeal_to_hypocrisy').length, 1);
});

test('a rhetorical question about "a country that …" is an appeal to hypocrisy', () => {
  assert.equal(flagsOf('How can a country that jails reporters speak of press freedom?', 'appeal_to_hypocrisy').length, 1);
});

test('a plain report of a lecture is not', () => {
  assert.deepEqual(flagsOf('The professor gave a lecture on trade in Geneva on Tuesday.', 'appeal_to_hypocrisy'), []);
});

test('"Where was X when …?", protest now against silence then, and lessons given suddenly', () => {
  assert.equal(flagsOf('Where was the European Union when the dams in the south were flooded?', 'appeal_to_hypocrisy').length, 1);
  assert.equal(flagsOf('The ministers who now weep over the forest were silent for ten years while it burned.', 'appeal_to_hypocrisy').length, 1);
  assert.equal(flagsOf('Lisbon, whose banks hid the money for decades, suddenly has lessons to give on transparency.', 'appeal_to_hypocrisy').length, 1);
  assert.deepEqual(flagsOf('The ministers were silent during the minute of remembrance.', 'appeal_to_hypocrisy'), []);
});
