// Bad input for the stance stage: long run-on sentences, many actors, stray quotation marks end
// with bounded, well-formed stance entries, never a hang or an exception. (Time is measured in
// `npm run bench`, not here.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';

function wellFormed(a: Analysis): void {
  for (const s of a.stance) {
    assert.ok(s.score >= -1 && s.score <= 1 && s.evidence.length > 0, JSON.stringify(s));
    for (const e of s.evidence) assert.ok(e.start >= 0 && e.start < e.end && e.end <= a.text.length);
  }
  assert.ok(a.tone >= -100 && a.tone <= 100);
}

test('a run-on sentence just under the length limit, full of actors and evaluations, is read', () => {
  const clause = 'Russia bullies Ukraine while China praises Britain and France condemns Iran';
  const run = Array.from({ length: 24 }, () => clause).join(', and ');
  assert.ok(run.length < 2000);
  const a = analyzeText(`${run}.`);
  wellFormed(a);
  assert.ok((a.stance.find((s) => s.actor === 'RUS')?.score ?? 0) < 0, JSON.stringify(a.stance));
});

test('a sentence over the length limit carries no stance, the next one does', () => {
  const run = Array.from({ length: 500 }, (_, i) => (i % 20 === 0 ? 'the hypocritical United States' : 'word')).join(' ');
  const a = analyzeText(`${run}. Turkey bullies Greece.`);
  wellFormed(a);
  // Greece may be scored too, as the victim of Turkey's act; the long sentence's actor may not.
  assert.deepEqual(a.stance.map((s) => s.actor).filter((id) => id !== 'GRC'), ['TUR']);
});

test('a thousand stray quotation marks among evaluative words neither hang nor break', () => {
  const text = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? '"peace' : i % 3 === 1 ? 'Russia "lies' : '"China"')).join(' ');
  wellFormed(analyzeText(`${text}.`));
});
