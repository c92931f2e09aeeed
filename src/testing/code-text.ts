// Analyses a piece of our own text as a one-article document dated `published`, for tests of the
// stages after extraction (actors, events) on sentences written for the test.
import { analyzeDocument, defaultAnalyzeContext } from '../analyze.js';
import { textDocument } from '../ingest/source-document.js';
import type { Analysis } from '../model/analysis.js';

export function analyzeText(text: string, published = '2022-07-20'): Analysis {
  return analyzeDocument(textDocument('test:text', text, { published, title: 'Test article' }), defaultAnalyzeContext());
}

/** "SRC>TGT root modality" for each event: compact enough to compare whole lists. */
export const eventKeys = (a: Analysis): string[] =>
  a.events.map((e) => `${e.source?.country ?? '-'}>${e.target?.country ?? '-'} ${e.root} ${e.modality}`);
