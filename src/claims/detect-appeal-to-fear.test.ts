import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../model/analysis.js';
import { detectAppealToFear } from './detect-appeal-to-fear.js';
import { contextOf, flagsOf } from './technique-test-input.js';

const TEXT = 'If Moscow loses this war, China will be attacked by the United States.';

function event(ctx: ReturnType<typeof contextOf>, modality: Event['modality'], root: string): Event {
  const s = ctx.sentences[0]!;
  return {
    source: { id: 'USA', country: 'USA', code: 'USA' }, target: { id: 'CHN', country: 'CHN', code: 'CHN' },
    cameo: `${root}0`, root, plover: null, goldstein: -10, quadClass: 4, modality, date: null, location: null,
    quantities: [], sentence: 0, span: s, trigger: s, text: ctx.text, mentions: [],
  };
}

test('a predicted assault on an actor in the events layer is an appeal to fear', () => {
  const ctx = contextOf(TEXT);
  const flags = detectAppealToFear({ ...ctx, events: [event(ctx, 'hypothetical', '18')] });
  assert.equal(flags.length, 1);
  assert.match(flags[0]!.cue, /predicted harm to CHN \(hypothetical 180\)/);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('the same act reported as done is no appeal to fear', () => {
  const ctx = contextOf(TEXT);
  assert.deepEqual(detectAppealToFear({ ...ctx, events: [event(ctx, 'asserted', '18')] }), []);
});

test('a predicted harm to an actor the article is hostile to does not count', () => {
  const ctx = contextOf(TEXT);
  const stance = [{ actor: 'CHN', country: 'CHN', score: -0.6, evidence: [] }];
  assert.deepEqual(detectAppealToFear({ ...ctx, stance, events: [event(ctx, 'hypothetical', '18')] }), []);
});

test('a fear cue in a predicting sentence is structural', () => {
  const flags = flagsOf('When Russia falls, China will be the next target of NATO.', 'appeal_to_fear');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence > 0.4);
});

test('a fear cue with no prediction stays lexical', () => {
  const flags = flagsOf('The old bunker was called the abyss by the soldiers.', 'appeal_to_fear');
  assert.equal(flags.length, 1);
  assert.ok(flags[0]!.confidence <= 0.4);
});
