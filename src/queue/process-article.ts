// One job, start to finish, the way `entente ingest` does one article: read (or fetch), analyse,
// store in one transaction, then look up and verify its duplicates after the commit. Store calls
// go through `storeCall` (retried while PostgreSQL is unreachable), so an outage delays the job
// instead of failing it; only the analyser throwing, a fetch failing or a bad payload count as
// the article's own failure (retried a bounded number of times by the queue, then parked).
import { errorMessage } from '../core/errors.js';
import { fingerprintText } from '../corpus/text-fingerprint.js';
import type { SourceDocument } from '../ingest/source-document.js';
import type { Analysis } from '../model/analysis.js';
import { findDuplicates } from '../store/ingest-articles.js';
import type { Store } from '../store/store.js';
import type { JobResult } from './queue-connection.js';
import { jobToDocument, type QueueJob } from './queue-job.js';

export interface ArticleWork {
  readonly store: Store;
  readonly analyzerVersion: string;
  readonly analyze: (doc: SourceDocument) => Analysis;
  /** Fetches a URL job's page (paced per host); throws a SourceError when it cannot. */
  readonly fetchDocument: (url: string) => Promise<SourceDocument>;
  readonly storeCall: <T>(f: () => Promise<T>) => Promise<T>;
}

/** The analyser threw: a bug hit by this article (a "poisoned" job). */
export class AnalysisFailure extends Error {
  override readonly name = 'AnalysisFailure';
}

export async function processArticle(job: QueueJob, w: ArticleWork): Promise<JobResult> {
  const doc = job.kind === 'url' ? await w.fetchDocument(job.url) : jobToDocument(job);
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
