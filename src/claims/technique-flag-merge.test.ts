import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeTechniqueFlags } from './technique-flag-merge.js';
import type { Candidate } from './technique-candidate.js';

const TEXT = 'the so-called “threat” from the East';
const c = (start: number, end: number, cue: string, confidence: number, structural: boolean, technique: Candidate['technique'] = 'doubt'): Candidate =>
  ({ technique, start, end, cue, confidence, structural });

test('overlapping flags of one technique merge into one over the union, naming both cues', () => {
  const [flag, ...rest] = mergeTechniqueFlags(TEXT, [c(4, 13, 'so-called', 0.35, false), c(14, 22, 'scare quotes', 0.45, true), c(10, 20, 'x', 0.3, false)]);
  assert.deepEqual(rest, []);
  assert.equal(flag!.text, 'so-called “threat”');
  assert.equal(flag!.cue, 'so-called + x + scare quotes');
  assert.equal(flag!.confidence, 0.55);
});

test('flags of different techniques may overlap', () => {
  assert.equal(mergeTechniqueFlags(TEXT, [c(4, 13, 'a', 0.3, false), c(4, 13, 'b', 0.3, false, 'loaded_language')]).length, 2);
});

test('merged lexical evidence stays at or below the lexical ceiling', () => {
  const [flag] = mergeTechniqueFlags(TEXT, [c(0, 10, 'a', 0.4, false), c(5, 12, 'b', 0.4, false), c(8, 20, 'c', 0.4, false)]);
  assert.equal(flag!.confidence, 0.4);
});

test('a cue inside a longer cue of the same flag is the same evidence, counted once', () => {
  const [flag] = mergeTechniqueFlags(TEXT, [c(4, 22, 'so-called + scare quotes', 0.6, true), c(4, 13, 'so-called', 0.35, false)]);
  assert.equal(flag!.cue, 'so-called + scare quotes');
  assert.equal(flag!.confidence, 0.6);
});

test('touching flags are not merged', () => {
  assert.equal(mergeTechniqueFlags(TEXT, [c(0, 4, 'a', 0.3, false), c(4, 13, 'b', 0.3, false)]).length, 2);
});
