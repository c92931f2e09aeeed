import { analyzeDocument, defaultAnalyzeContext, type AnalyzeContext } from './analyze.js';
import { SourceError, errorMessage } from './core/errors.js';
import type { IngestItem } from './ingest/source-document.js';
import type { Analysis } from './model/analysis.js';

export type AnalyzeOutcome =
  | { readonly ok: true; readonly analysis: Analysis; /** A fetched page's canonical URL (ingest/canonical-url.ts). */ readonly canonicalUrl?: string | null }
  | { readonly ok: false; readonly error: SourceError };

/**
 * Analyses a stream of sources one at a time (memory stays flat however many there are).
 * A failed source, or a bug hit by one article, is reported for that source and the batch goes on.
 */
export async function* analyzeSources(items: AsyncIterable<IngestItem>, ctx: AnalyzeContext = defaultAnalyzeContext()): AsyncIterable<AnalyzeOutcome> {
  for await (const item of items) {
    if (!item.ok) {
      yield item;
      continue;
    }
    try {
      yield { ok: true, analysis: analyzeDocument(item.doc, ctx), canonicalUrl: item.doc.canonicalUrl ?? null };
    } catch (e) {
      yield { ok: false, error: new SourceError(item.doc.origin, `internal error while analysing: ${errorMessage(e)}`, { cause: e }) };
    }
  }
}
