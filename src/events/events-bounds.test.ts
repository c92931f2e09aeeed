// Bad input for the events stage: a sentence of 2,000 words and a list of 300 country names
// end with a diagnostic and a bounded number of events, never a hang. (Time is measured in
// `npm run bench`, not here.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../testing/code-text.js';
import { projectRoot } from '../testing/paths.js';
import { MAX_PAIRS } from './events-stage.js';

const STATES = ['France', 'Germany', 'Italy', 'Spain', 'Poland', 'Canada', 'Japan', 'Brazil', 'India', 'Kenya'];

test('a 2,000-word sentence is skipped with a positioned diagnostic; the next sentence is still coded', () => {
  const run = Array.from({ length: 2000 }, (_, i) => (i % 50 === 0 ? 'Russia' : 'word')).join(' ');
  const a = analyzeText(`${run}. Turkey condemned Israel on Monday.`);
  const skipped = a.diagnostics.find((d) => d.ruleId === 'events/sentence-too-long');
  assert.ok(skipped?.span, JSON.stringify(a.diagnostics));
  assert.equal(skipped.span.start, 0);
  assert.ok(a.events.some((e) => e.source?.country === 'TUR' && e.target?.country === 'ISR'));
});

// Distinct states from our own gazetteer, so that no two list items are the same actor.
const ALL_STATES = (JSON.parse(readFileSync(join(projectRoot, 'data', 'actors', 'states.json'), 'utf8')) as { entries: { name: string; code: string; to?: string }[] })
  .entries.filter((s) => !s.to && s.code !== 'RUS' && /^[A-Z][a-z]+$/.test(s.name)).map((s) => s.name);
const list = (names: readonly string[]): string => `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;

test('100 coordinated countries acting on one target: at most the pair cap, with a diagnostic', () => {
  const names = ALL_STATES.slice(0, 100);
  assert.equal(names.length, 100);
  const a = analyzeText(`${list(names)} condemned Russia on Monday.`);
  assert.ok(a.events.length > 0 && a.events.length <= MAX_PAIRS, `${a.events.length} events`);
  assert.ok(a.events.every((e) => e.target?.country === 'RUS'));
  assert.ok(a.diagnostics.some((d) => d.ruleId === 'events/too-many-actors'), JSON.stringify(a.diagnostics));
});

test('300 country names in one sentence: skipped as a list, with a diagnostic', () => {
  const names = Array.from({ length: 300 }, (_, i) => ALL_STATES[i % ALL_STATES.length]!);
  const a = analyzeText(`${list(names)} condemned Russia on Monday.`);
  assert.ok(a.diagnostics.some((d) => d.ruleId === 'events/sentence-too-long'));
  assert.deepEqual(a.events, []);
});

test('a flattened table of numbers and names codes nothing and raises nothing', () => {
  const rows = Array.from({ length: 200 }, (_, i) => `${STATES[i % STATES.length]} ${i} ${i * 3}.5 %`).join(' | ');
  const a = analyzeText(`${rows}.`);
  assert.deepEqual(a.events, []);
});
