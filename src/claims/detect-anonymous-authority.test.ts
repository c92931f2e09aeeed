import assert from 'node:assert/strict';
import { test } from 'node:test';
import { flagsOf } from './technique-test-input.js';

test('an authority with no named source is an appeal to authority, lexical', () => {
  const flags = flagsOf('Analysts say this is very dangerous for Russia.', 'appeal_to_authority');
  assert.equal(flags.length, 1);
  assert.equal(flags[0]!.cue, '"analysts say" (no named source)');
  assert.ok(flags[0]!.confidence <= 0.4);
});

test('an authority whose source is named is attribution, not flagged', () => {
  assert.deepEqual(flagsOf('According to analysts at the Kiel Institute, the pipeline will carry more gas.', 'appeal_to_authority'), []);
});
