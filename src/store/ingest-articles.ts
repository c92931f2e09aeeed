// `entente ingest` without its terminal: analysed articles stored one by one (each in its own
// transaction), each new document checked against its MinHash-LSH candidates, verified on the
// texts and recorded as a duplicate pair. A failed source is reported and the batch goes on.
import type { AnalyzeOutcome } from '../analyze-sources.js';
import { prepareText } from '../corpus/prepared-text.js';
import { fingerprintText } from '../corpus/text-fingerprint.js';
import { verifyDuplicate } from '../corpus/verify-duplicate.js';
import type { DuplicateRow, PutStatus, Store } from './store.js';

/** Candidates verified per new document: enough for a heavily reposted story, bounded for a flood. */
export const MAX_CANDIDATES = 50;

export type IngestResult =
  | { readonly ok: true; readonly uri: string; readonly id: string; readonly status: PutStatus; readonly duplicates: readonly DuplicateRow[] }
  | { readonly ok: false; readonly uri: string; readonly reason: string };

export interface IngestSummary {
  added: number;
  unchanged: number;
  newSource: number;
  reanalysed: number;
  failed: number;
  duplicates: number;
}

export interface IngestOptions {
  readonly analyzerVersion: string;
  readonly reanalyse?: boolean;
  readonly onResult?: (r: IngestResult) => void | Promise<void>;
}

async function findDuplicates(store: Store, id: string, text: string, hash: string, bands: readonly string[]): Promise<DuplicateRow[]> {
  const candidates = await store.duplicateCandidates(id, hash, bands, MAX_CANDIDATES);
  if (candidates.length === 0) return [];
  const self = prepareText(text);
  const rows: DuplicateRow[] = [];
  for (const other of await store.texts(candidates)) {
    const v = verifyDuplicate(self, prepareText(other.text), { passages: true });
    if (v.kind) rows.push({ documentId: id, otherId: other.id, kind: v.kind, jaccard: round(v.jaccard), containment: round(v.containment) });
  }
  await store.putDuplicates(rows);
  return rows;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

export async function ingestArticles(outcomes: AsyncIterable<AnalyzeOutcome>, store: Store, opts: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, unchanged: 0, newSource: 0, reanalysed: 0, failed: 0, duplicates: 0 };
  for await (const outcome of outcomes) {
    let result: IngestResult;
    if (!outcome.ok) {
      result = { ok: false, uri: outcome.error.source, reason: outcome.error.reason };
    } else {
      const a = outcome.analysis;
      const fingerprint = fingerprintText(a.text);
      const status = await store.put({
        analysis: a,
        sourceUri: a.uri,
        canonicalUrl: null,
        contentHash: fingerprint.contentHash,
        bands: fingerprint.bandKeys,
        analyzerVersion: opts.analyzerVersion,
      }, { reanalyse: opts.reanalyse ?? false });
      const fresh = status === 'added' || status === 'reanalysed';
      const duplicates = fresh ? await findDuplicates(store, a.id, a.text, fingerprint.contentHash, fingerprint.bandKeys) : [];
      result = { ok: true, uri: a.uri, id: a.id, status, duplicates };
    }
    tally(summary, result);
    await opts.onResult?.(result);
  }
  return summary;
}

function tally(s: IngestSummary, r: IngestResult): void {
  if (!r.ok) { s.failed += 1; return; }
  if (r.status === 'added') s.added += 1;
  else if (r.status === 'unchanged') s.unchanged += 1;
  else if (r.status === 'new-source') s.newSource += 1;
  else s.reanalysed += 1;
  s.duplicates += r.duplicates.length;
}
