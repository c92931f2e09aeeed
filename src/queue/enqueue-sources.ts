// `entente ingest --queue`: sources read here (files, folders, JSONL, stdin) become jobs that
// carry the decoded document; URLs are queued as URLs for a worker to fetch. Jobs go in in
// batches; when the queue already holds `maxWaiting` jobs the reader pauses (back-pressure: a
// year of archives does not land in Redis's memory at once).
import type { JobsOptions } from 'bullmq';
import type { IngestItem } from '../ingest/source-document.js';
import type { EntenteQueue } from './queue-connection.js';
import { JOB_NAME, documentToJob, jobId, type QueueJob } from './queue-job.js';
import { JOB_OPTIONS } from './job-options.js';

export interface EnqueueOptions {
  readonly batch?: number;
  readonly maxWaiting?: number;
  /** Overrides of JOB_OPTIONS (tests shorten the back-off). */
  readonly jobOptions?: JobsOptions;
  readonly onFailure?: (source: string, reason: string) => void | Promise<void>;
  readonly onProgress?: (sent: number) => void | Promise<void>;
}

export interface EnqueueSummary { sent: number; failed: number; paused: number }

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function* jobsOf(items: AsyncIterable<IngestItem>, urls: readonly string[], summary: EnqueueSummary, opts: EnqueueOptions): AsyncIterable<QueueJob> {
  for (const url of urls) yield { kind: 'url', url };
  for await (const item of items) {
    if (item.ok) yield documentToJob(item.doc);
    else {
      summary.failed += 1;
      await opts.onFailure?.(item.error.source, item.error.reason);
    }
  }
}

export async function enqueueSources(items: AsyncIterable<IngestItem>, urls: readonly string[], queue: EntenteQueue, opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { sent: 0, failed: 0, paused: 0 };
  const size = opts.batch ?? 200;
  const maxWaiting = opts.maxWaiting ?? 100_000;
  let batch: QueueJob[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    while ((await queue.getWaitingCount()) >= maxWaiting) {
      summary.paused += 1;
      await sleep(1000);
    }
    await queue.addBulk(batch.map((data) => ({ name: JOB_NAME, data, opts: { ...JOB_OPTIONS, ...opts.jobOptions, jobId: jobId(data) } })));
    summary.sent += batch.length;
    batch = [];
    await opts.onProgress?.(summary.sent);
  };
  for await (const job of jobsOf(items, urls, summary, opts)) {
    batch.push(job);
    if (batch.length >= size) await flush();
  }
  await flush();
  return summary;
}
