// Bad input for the quotes stage: unbalanced quotation marks end at their paragraph with a
// diagnostic, and huge quotes, floods of marks and of apostrophes come back quickly (the scan is
// linear; no regular expression runs over the whole text with backtracking).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Actor } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { fixture } from '../testing/paths.js';
import { segment } from '../text/segment.js';
import { findQuotes } from './find-quotes.js';
import { defaultSpeechCues } from './speech-cues.js';

/** The stage alone on a segmented text, with an optional actor; timed. */
function run(text: string, actors: Actor[] = []): ReturnType<typeof findQuotes> & { ms: number } {
  const t0 = performance.now();
  const out = findQuotes({ text, ...segment(text), actors, events: [] }, defaultSpeechCues());
  return { ...out, ms: performance.now() - t0 };
}

const lavrov = (text: string): Actor[] => {
  const at = text.indexOf('Lavrov');
  return [{ id: 'person:sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', country: 'RUS', code: 'RUSGOV', mentions: [{ start: at, end: at + 6, text: 'Lavrov' }] }];
};

test('an unclosed quote ends at its paragraph with quotes/unclosed on the opening mark', () => {
  const a = analyzeText(readFileSync(fixture('quotes', 'unclosed-quote.txt'), 'utf8'));
  const q = a.quotes.find((x) => x.direct);
  assert.ok(q, JSON.stringify(a.quotes));
  const paragraph = a.paragraphs.find((p) => p.start <= q.span.start && q.span.start < p.end)!;
  assert.ok(q.span.end <= paragraph.end, 'the quote stays inside its paragraph');
  assert.ok(q.text.endsWith('from Brussels becomes'), q.text);
  assert.equal(q.speaker?.code, 'SRBGOV');
  const d = a.diagnostics.filter((x) => x.ruleId === 'quotes/unclosed');
  assert.equal(d.length, 1);
  assert.equal(a.text.slice(d[0]!.span!.start, d[0]!.span!.end), '"');
  assert.equal(d[0]!.span!.start + 1, a.text.indexOf('Serbia will never'));
});

test('a 50,000-character unclosed quote returns quickly, whole, with its diagnostic', () => {
  const text = `Lavrov said: "${'the sanctions failed and '.repeat(2000)}`;
  assert.ok(text.length > 50_000);
  const { quotes, diagnostics, ms } = run(text, lavrov(text));
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  assert.equal(quotes.length, 1);
  assert.ok(quotes[0]!.text.length > 49_000);
  assert.equal(quotes[0]!.speaker?.code, 'RUSGOV');
  assert.deepEqual(diagnostics.map((d) => d.ruleId), ['quotes/unclosed']);
});

test('a 50,000-character closed quote of many sentences returns quickly', () => {
  const text = `Lavrov said: "${'The sanctions failed. The West is weak. '.repeat(1300)}" Then he left.`;
  const { quotes, ms } = run(text, lavrov(text));
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  assert.equal(quotes.filter((q) => q.direct).length, 1);
  assert.ok(quotes[0]!.text.length > 50_000);
});

test('1,000 opening marks in one paragraph, and 1,000 in as many paragraphs, return quickly', () => {
  const glued = run('He said "a '.repeat(1000));
  assert.ok(glued.ms < 3000, `${glued.ms.toFixed(0)} ms`);
  assert.ok(glued.quotes.filter((q) => q.direct).length <= 1);
  const spread = run('Officials said: "the talks will go on\n\n'.repeat(1000));
  assert.ok(spread.ms < 3000, `${spread.ms.toFixed(0)} ms`);
  const unclosed = spread.diagnostics.filter((d) => d.ruleId === 'quotes/unclosed');
  assert.equal(unclosed.length, 11, 'ten reported one by one, then one summary');
  assert.equal(unclosed.at(-1)!.severity, 'info');
});

test('100,000 quoted words in one paragraph (400,000 characters of marks) stay linear', () => {
  const { quotes, ms } = run('"a" '.repeat(100_000));
  assert.ok(ms < 8000, `${ms.toFixed(0)} ms`); // a quadratic scan takes minutes here
  assert.deepEqual(quotes, [], 'one-word quotes with no cue are terms');
});

test('a flood of apostrophes and single marks yields no quote and returns quickly', () => {
  const { quotes, ms } = run("Russia's allies' and the countries' ‘ leaders’ ’s ".repeat(5000));
  assert.ok(ms < 3000, `${ms.toFixed(0)} ms`);
  assert.deepEqual(quotes, []);
});
