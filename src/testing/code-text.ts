// Analyses a piece of our own text as a one-article document dated `published`, for tests of the
// stages after extraction (actors, events) on sentences written for the test.
import assert from 'node:assert/strict';
import { analyzeDocument, defaultAnalyzeContext } from '../analyze.js';
import { textDocument } from '../ingest/source-document.js';
import type { Analysis } from '../model/analysis.js';

export function analyzeText(text: string, published = '2022-07-20'): Analysis {
  return analyzeDocument(textDocument('test:text', text, { published, title: 'Test article' }), defaultAnalyzeContext());
}

/** "SRC>TGT root modality" for each event: compact enough to compare whole lists. */
export const eventKeys = (a: Analysis): string[] =>
  a.events.map((e) => `${e.source?.country ?? '-'}>${e.target?.country ?? '-'} ${e.root} ${e.modality}`);

/** Asserts that the text codes an event with this key ("SRC>TGT root modality"). */
export function hasEvent(text: string, key: string): void {
  const got = eventKeys(analyzeText(text));
  assert.ok(got.includes(key), `expected ${key} in [${got.join(', ')}] for: ${text}`);
}

/** Asserts that no event key of the text matches the pattern. */
export function lacksEvent(text: string, pattern: RegExp): void {
  const got = eventKeys(analyzeText(text));
  assert.ok(!got.some((k) => pattern.test(k)), `unexpected ${pattern} in [${got.join(', ')}] for: ${text}`);
}
