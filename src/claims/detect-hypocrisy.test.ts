import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('"X is not qualified to criticize others" spans the judgement from its actor subject', () => {
  const flags = flagsOf('When it comes to wars of aggression, the UK is not qualified to criticize others.', 'appeal_to_hypocrisy');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'the UK is not qualified to criticize others');
  assert.match(flags[0]!.cue, /"not qualified to criticize" \+ actor subject \(GBR\)/);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('the same judgement of no one in particular stays lexical', () => {
  const flags = flagsOf('Frankly, some people are not qualified to criticize anyone.', 'appeal_to_hypocrisy');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence <= 0.4);
});

test('"not qualified" for something other than criticising is no hypocrisy', () => {
  assert.deepEqual(flagsOf('The UK is not qualified to host the final this year.', 'appeal_to_hypocrisy'), []);
});

test('"forgot that X is an expert in" is an ironic reminder, to the end of the sentence', () => {
  const flags = flagsOf('He obviously forgot that the United States is an expert in regime change.', 'appeal_to_hypocrisy');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'forgot that the United States is an expert in regime change');
  assert.ok(flags[0]!.confidence > 0.4);
});

test('"forgot that" without an expert is no hypocrisy', () => {
  assert.deepEqual(flagsOf('He forgot that the United States is a large country.', 'appeal_to_hypocrisy'), []);
});

test('"X itself" after an accusation is the accuser doing the same', () => {
  const flags = flagsOf('Washington accuses Beijing of spying. But the United States itself has tapped the phones of its allies.', 'appeal_to_hypocrisy');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.text, 'United States itself has tapped the phones of its allies');
});

test('"What about X?" from the author is whataboutism', () => {
  const flags = flagsOf('Everyone condemns Moscow. But what about the United States and its wars in Iraq?', 'whataboutism');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('"where was X when <an actor the article is hostile to> …?" is whataboutism, else hypocrisy', async () => {
  const { contextOf } = await import('./technique-test-input.js');
  const { detectDoubleStandard } = await import('./detect-double-standard.js');
  const text = 'Where was Washington when Serbia shelled the villages last spring?';
  const ctx = contextOf(text);
  const hostile = { ...ctx, stance: [{ actor: 'SRB', country: 'SRB', score: -0.5, evidence: [] }] };
  assert.deepEqual(detectDoubleStandard(hostile).map((c) => c.technique), ['whataboutism']);
  const neutral = { ...ctx, stance: [] };
  assert.deepEqual(detectDoubleStandard(neutral).map((c) => c.technique), ['appeal_to_hypocrisy']);
});
