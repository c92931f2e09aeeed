// Grouping candidate cues by their second slot must try exactly the cues trying all would match, in list order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileCuePattern, type CuePattern } from './technique-cue-pattern.js';
import { candidatePositions, secondSlotIndex } from './technique-cue-second.js';
import type { Cue } from './technique-cues.js';

const cue = (pattern: string): Cue => {
  const compiled = compileCuePattern(pattern) as CuePattern;
  return { compiled } as unknown as Cue;
};

const LIST = [
  cue('the harbour ... closed'), // 0: second word exact
  cue('the worst*'), // 1: second slot a prefix: always tried
  cue('the'), // 2: no second slot
  cue('the harbour|port'), // 3
  cue('the ... sank'), // 4: a gap
  cue('the port'), // 5
];

test('a next word tries the cues it can continue and every cue that needs no particular word, in list order', () => {
  const index = secondSlotIndex(LIST);
  assert.deepEqual(candidatePositions(index, 'harbour'), [0, 1, 2, 3, 4]);
  assert.deepEqual(candidatePositions(index, 'port'), [1, 2, 3, 4, 5]);
  assert.deepEqual(candidatePositions(index, 'ferry'), [1, 2, 4]);
  assert.deepEqual(candidatePositions(index, undefined), [1, 2, 4]);
  assert.equal(secondSlotIndex(LIST), index); // built once per list
});

test('a cue opening on an actor is always tried: the mention may span several tokens', () => {
  const index = secondSlotIndex([cue('{actor} threatens'), cue('" so')]);
  assert.deepEqual(candidatePositions(index, 'threatens'), [0]);
  assert.deepEqual(candidatePositions(index, 'minister'), [0]);
  assert.deepEqual(candidatePositions(index, 'so'), [0, 1]);
});
