// `entente ingest` without its terminal: analysed articles stored one by one (each in its own
// transaction), each new document checked against its MinHash-LSH candidates, verified on the
// texts and recorded as a duplicate pair in the same transaction as the article, so a crash
// never leaves an article stored without its pairs. A failed source is reported and the batch
// goes on; a store that fails is retried while its connection is lost, then stops the run with
// a StoreError naming the source in flight (store-retry.ts): re-running the same ingest resumes.
import type { AnalyzeOutcome } from '../analyze-sources.js';
import { prepareText } from '../corpus/prepared-text.js';
import { fingerprintText } from '../corpus/text-fingerprint.js';
import { verifyDuplicate } from '../corpus/verify-duplicate.js';
import type { DuplicateRow, PutStatus, Store } from './store.js';
import { withStoreRetries } from './store-retry.js';

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
  /** The store's location, for messages (default "the store"). */
  readonly location?: string;
  /** Waits before retrying an article whose store connection was lost (default store-retry.ts). */
  readonly retryDelaysMs?: readonly number[];
}

/** Looks up, verifies and records one stored document's duplicates (also used by queue workers). */
export async function findDuplicates(store: Store, id: string, text: string, hash: string, bands: readonly string[]): Promise<DuplicateRow[]> {
  const rows = await verifiedDuplicates(store, id, text, hash, bands);
  await store.putDuplicates(rows);
  return rows;
}

/** The verified duplicate pairs of a document, read-only: `put` writes them with the document. */
export async function verifiedDuplicates(store: Store, id: string, text: string, hash: string, bands: readonly string[]): Promise<DuplicateRow[]> {
  const candidates = await store.duplicateCandidates(id, hash, bands, MAX_CANDIDATES);
  if (candidates.length === 0) return [];
  const self = prepareText(text);
  const rows: DuplicateRow[] = [];
  for (const other of await store.texts(candidates)) {
    const v = verifyDuplicate(self, prepareText(other.text), { passages: true });
    if (v.kind) rows.push({ documentId: id, otherId: other.id, kind: v.kind, jaccard: round(v.jaccard), containment: round(v.containment) });
  }
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
      const reanalyse = opts.reanalyse ?? false;
      const done = summary.added + summary.unchanged + summary.newSource + summary.reanalysed + summary.failed;
      result = await withStoreRetries(async () => {
        // A document already stored keeps its pairs (unless re-analysed): no need to verify again.
        const known = !reanalyse && (await store.texts([a.id])).length > 0;
        const pairs = known ? [] : await verifiedDuplicates(store, a.id, a.text, fingerprint.contentHash, fingerprint.bandKeys);
        const status = await store.put({
          analysis: a,
          sourceUri: a.uri,
          canonicalUrl: outcome.canonicalUrl ?? null,
          contentHash: fingerprint.contentHash,
          bands: fingerprint.bandKeys,
          analyzerVersion: opts.analyzerVersion,
        }, { reanalyse, duplicates: pairs });
        const fresh = status === 'added' || status === 'reanalysed';
        return { ok: true, uri: a.uri, id: a.id, status, duplicates: fresh ? pairs : [] };
      }, { location: opts.location ?? 'the store', source: a.uri, done, ...(opts.retryDelaysMs && { delaysMs: opts.retryDelaysMs }) });
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
