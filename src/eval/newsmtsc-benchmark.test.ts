import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixture, NO_SHARED, sharedDir } from '../testing/paths.js';
import { classify, formatNewsMtscScore, runNewsMtsc } from './newsmtsc-benchmark.js';

const tiny = fixture('stance', 'newsmtsc-tiny.jsonl');

test('bad lines of a NewsMTSC file are reported with their line numbers and skipped', () => {
  const s = runNewsMtsc(tiny);
  assert.equal(s.records, 6);
  assert.deepEqual(s.skipped.map((x) => x.line), [4, 6]);
  assert.match(s.skipped[0]!.reason, /not JSON/);
  assert.match(s.skipped[1]!.reason, /span inside the sentence/);
});

test('clear targets of our own sentences are classified right, where the whole-sentence sum is not', () => {
  const s = runNewsMtsc(tiny);
  assert.equal(s.accuracy, 1, JSON.stringify(s.confusion));
  // "The hypocritical senator attacked the brave reporter": negative words, a praised target.
  assert.ok(s.baseline.accuracy < 1, JSON.stringify(s.baseline.confusion));
});

test('targets sharing a sentence with another polarity are scored apart; the whole-sentence sum cannot tell them apart', () => {
  const s = runNewsMtsc(tiny);
  assert.equal(s.divergent.records, 2);
  assert.equal(s.divergent.accuracy, 1);
  assert.equal(s.divergent.baselineAccuracy, 0.5);
});

test('accuracy and macro-F1 over the three classes', () => {
  const c = classify([-1, -1, 0, 1], [-1, 0, 0, 1]);
  assert.equal(c.accuracy, 0.75);
  assert.deepEqual(c.confusion, [[1, 1, 0], [0, 1, 0], [0, 0, 1]]);
  assert.ok(Math.abs(c.macroF1 - (2 / 3 + 2 / 3 + 1) / 3) < 1e-9, String(c.macroF1));
});

test('the report names the file, the figures and the skipped lines', () => {
  const text = formatNewsMtscScore(runNewsMtsc(tiny));
  assert.match(text, /6 targets, 2 lines skipped/);
  assert.match(text, /skipped line 4: not JSON/);
  assert.match(text, /target sentiment \(threshold [\d.]+\): accuracy 1\.000, macro-F1 1\.000/);
  assert.match(text, /whole-sentence lexicon baseline/);
});

test('NewsMTSC dev: target sentiment figures (reported; a floor against regressions)', { skip: sharedDir ? false : NO_SHARED }, (t) => {
  const s = runNewsMtsc(join(sharedDir!, 'dev', 'newsmtsc', 'dev.jsonl'));
  t.diagnostic(formatNewsMtscScore(s));
  assert.equal(s.skipped.length, 0);
  assert.ok(s.records > 300);
  assert.ok(s.macroF1 >= 0.4, `macro-F1 ${s.macroF1.toFixed(3)}`);
});
