// One job, start to finish, the way `entente ingest` does one article: read (or fetch), analyse,
// store in one transaction, then look up and verify its duplicates after the commit. Store calls
// go through `storeCall` (retried while PostgreSQL is unreachable), so an outage delays the job
// instead of failing it; only the analyser throwing, a fetch failing or a bad payload count as
// the article's own failure (retried a bounded number of times by the queue, then parked).
// A URL that turns out to hold several documents (a feed, a JSONL dump) fans out: each becomes
// a document job of its own, so each is retried and parked on its own.
import { SourceError, errorMessage } from '../core/errors.js';
import { fingerprintText } from '../corpus/text-fingerprint.js';
import type { IngestItem, SourceDocument } from '../ingest/source-document.js';
import type { Analysis } from '../model/analysis.js';
import { findDuplicates } from '../store/ingest-articles.js';
import type { Store } from '../store/store.js';
import type { JobResult } from './queue-connection.js';
import { jobToDocument, type QueueJob } from './queue-job.js';

export interface ArticleWork {
  readonly store: Store;
  readonly analyzerVersion: string;
  readonly analyze: (doc: SourceDocument) => Analysis;
  /** A URL job's documents (fetched, paced per host); failures as items naming the URL. */
  readonly readUrl: (url: string) => AsyncIterable<IngestItem>;
  /** Queues documents as jobs of their own (a feed's items). */
  readonly enqueue: (docs: readonly SourceDocument[]) => Promise<void>;
  readonly storeCall: <T>(f: () => Promise<T>) => Promise<T>;
}

/** The analyser threw: a bug hit by this article (a "poisoned" job). */
export class AnalysisFailure extends Error {
  override readonly name = 'AnalysisFailure';
}

async function storeArticle(doc: SourceDocument, w: ArticleWork): Promise<JobResult> {
  let analysis: Analysis;
  try {
    analysis = w.analyze(doc);
  } catch (e) {
    throw new AnalysisFailure(`${doc.origin}: internal error while analysing: ${errorMessage(e)}`, { cause: e });
  }
  const fingerprint = fingerprintText(analysis.text);
  const status = await w.storeCall(() => w.store.put({
    analysis,
    sourceUri: analysis.uri,
    canonicalUrl: doc.canonicalUrl ?? null,
    contentHash: fingerprint.contentHash,
    bands: fingerprint.bandKeys,
    analyzerVersion: w.analyzerVersion,
  }));
  // Looked up whatever the status: a job retried after a crash between the commit and this
  // lookup finds its document `unchanged` and must still record the pairs (an upsert, once
  // per unordered pair, so repeating it is harmless).
  const duplicates = await w.storeCall(() => findDuplicates(w.store, analysis.id, analysis.text, fingerprint.contentHash, fingerprint.bandKeys));
  return { status, id: analysis.id, duplicates: duplicates.length };
}

async function processUrl(url: string, w: ArticleWork): Promise<JobResult> {
  const docs: SourceDocument[] = [];
  const failures: SourceError[] = [];
  for await (const item of w.readUrl(url)) {
    if (item.ok) docs.push(item.doc);
    else failures.push(item.error);
  }
  if (docs.length === 1 && failures.length === 0) return storeArticle(docs[0]!, w);
  if (docs.length === 0) throw failures[0] ?? new SourceError(url, 'nothing to read there');
  await w.enqueue(docs);
  const failed = failures.length ? `; ${failures.length} failed: ${failures.map((f) => f.message).join('; ')}` : '';
  return { status: `queued ${docs.length} documents${failed}`, id: null, duplicates: 0 };
}

export function processArticle(job: QueueJob, w: ArticleWork): Promise<JobResult> {
  return job.kind === 'url' ? processUrl(job.url, w) : storeArticle(jobToDocument(job), w);
}
