import { analyzeSources } from '../analyze-sources.js';
import { readSources } from '../ingest/read-sources.js';
import type { Analysis } from '../model/analysis.js';

/** Analyses files through the real ingest path; a failed source fails the calling test. */
export async function analyzeFiles(paths: readonly string[]): Promise<Analysis[]> {
  const out: Analysis[] = [];
  for await (const o of analyzeSources(readSources(paths, { input: 'auto' }))) {
    if (!o.ok) throw o.error;
    out.push(o.analysis);
  }
  return out;
}
