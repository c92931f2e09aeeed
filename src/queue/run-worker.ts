// `entente worker`: pulls jobs until told to stop. At-least-once delivery (a job whose worker
// dies is handed out again once its lease runs out) made exactly-once in effect by the store's
// idempotency (content hash, one transaction per article, duplicates once per pair). A job is
// completed only after its article's commit. Stopping (the signal) takes no new job, lets the
// jobs in hand finish — or releases them to the queue when the store is down — then closes.
import { once } from 'node:events';
import { UnrecoverableError, WaitingError, type Job } from 'bullmq';
import { defaultAnalyzeContext, analyzeDocument } from '../analyze.js';
import { ANALYZER_VERSION } from '../core/analyzer-version.js';
import { errorMessage } from '../core/errors.js';
import type { SourceDocument } from '../ingest/source-document.js';
import type { Analysis } from '../model/analysis.js';
import { describeLocation, openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { urlReader } from './url-items.js';
import { processArticle } from './process-article.js';
import { openQueueClients, serviceName, type JobResult, type Log, type QueueLocation } from './queue-connection.js';
import { JOB_NAME, documentToJob, jobId, jobLabel, queueJobSchema, type QueueJob } from './queue-job.js';
import { LocalHostPacer, RedisHostPacer } from './redis-host-pacer.js';
import { JOB_OPTIONS } from './job-options.js';
import { ShutdownError, retryWhileUnreachable } from './service-retry.js';

export interface WorkerSettings {
  readonly queue: QueueLocation;
  /** The store: a postgres:// URL (an SQLite file works for one worker on one machine). */
  readonly db: string;
  /** PostgreSQL: the store's schema (created if missing; default the server's search path). */
  readonly dbSchema?: string;
  readonly concurrency: number;
  /** How long a taken job is leased; a worker that dies loses its jobs to others after this. */
  readonly leaseMs: number;
  /** Pause between two requests to one host, across all workers of the queue. */
  readonly hostDelayMs: number;
  readonly log: Log;
  /** Aborted on SIGTERM/SIGINT: stop taking jobs, finish or release the current ones, close. */
  readonly signal: AbortSignal;
  /** The analyser; tests replace it to make one marked article throw (a poisoned job). */
  readonly analyze?: (doc: SourceDocument) => Analysis;
}

export interface WorkerSummary { completed: number; failed: number; released: number }


/** Several workers starting at once on a fresh schema race to create it and its tables. */
const isCreationRace = (e: unknown): boolean => {
  for (let cur: unknown = e; cur; cur = (cur as { cause?: unknown }).cause) {
    if (['23505', '42P07', '42710'].includes(String((cur as { code?: unknown }).code))) return true;
  }
  return false;
};

async function openStoreWhenReachable(s: WorkerSettings): Promise<Store | null> {
  const open = (): Promise<Store> => openStore(s.db, s.dbSchema === undefined ? {} : { schema: s.dbSchema });
  for (let attempt = 1; ; attempt++) {
    try {
      return await retryWhileUnreachable(`PostgreSQL store at ${describeLocation(s.db)}`, open, { log: s.log, signal: s.signal });
    } catch (e) {
      if (e instanceof ShutdownError) return null;
      if (attempt >= 5 || !isCreationRace(e)) throw e;
    }
  }
}

export async function runWorker(s: WorkerSettings): Promise<WorkerSummary> {
  const summary: WorkerSummary = { completed: 0, failed: 0, released: 0 };
  const store = await openStoreWhenReachable(s);
  if (!store) return summary;
  const clients = openQueueClients(s.queue, s.log);
  try {
    const ctx = s.analyze ? null : defaultAnalyzeContext();
    const analyze = s.analyze ?? ((doc: SourceDocument) => analyzeDocument(doc, ctx!));
    const pacer = clients.redis ? new RedisHostPacer(clients.redis, s.hostDelayMs, 'entente') : new LocalHostPacer(s.hostDelayMs);
    const storeService = `PostgreSQL store at ${describeLocation(s.db)}`;
    const work = {
      store,
      analyzerVersion: ANALYZER_VERSION,
      analyze,
      readUrl: urlReader(pacer, store),
      enqueue: async (docs: readonly SourceDocument[]) => {
        await clients.queue.addBulk(docs.map((d) => documentToJob(d)).map((data) => ({ name: JOB_NAME, data, opts: { ...JOB_OPTIONS, jobId: jobId(data) } })));
      },
      storeCall: <T>(f: () => Promise<T>) => retryWhileUnreachable(storeService, f, { log: s.log, signal: s.signal }),
    };
    const processor = async (job: Job<QueueJob, JobResult, string>, token?: string): Promise<JobResult> => {
      const parsed = queueJobSchema.safeParse(job.data);
      // A payload no retry can fix: parked at once.
      if (!parsed.success) throw new UnrecoverableError(`not an Entente job: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      try {
        return await processArticle(parsed.data, work);
      } catch (e) {
        if (!(e instanceof ShutdownError)) throw e;
        // Stopping while the store is down: back to the queue without using up an attempt.
        await job.moveToWait(token);
        summary.released += 1;
        throw new WaitingError();
      }
    };
    const worker = clients.worker(processor, {
      concurrency: s.concurrency,
      lockDuration: s.leaseMs,
      stalledInterval: s.leaseMs,
      // A job whose worker died twice (a crash it causes, e.g. out of memory) is parked.
      maxStalledCount: 2,
    });
    worker.on('completed', () => { summary.completed += 1; });
    worker.on('failed', (job, err) => {
      if (!job || err instanceof WaitingError || err.name === 'WaitingError') return;
      summary.failed += 1;
      const parked = job.attemptsMade >= (job.opts.attempts ?? 1) || err instanceof UnrecoverableError;
      const label = queueJobSchema.safeParse(job.data).success ? jobLabel(job.data) : `job ${job.id ?? '?'}`;
      s.log(`entente worker: ${label}: ${errorMessage(err)} (attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1}${parked ? '; parked' : '; will retry'})`);
    });
    s.log(`entente worker: taking jobs from ${serviceName(s.queue)} (queue ${s.queue.name}), ${s.concurrency} at a time, storing into ${describeLocation(s.db)}`);
    if (!s.signal.aborted) await once(s.signal, 'abort');
    s.log('entente worker: stopping: finishing the jobs in hand');
    // Bounded: with the queue unreachable a job in hand can be neither completed nor released;
    // past its lease another worker gets it anyway, so waiting longer helps no one.
    // With the queue down, closing gracefully waits for jobs that can neither finish nor be released,
    // and BullMQ's lock timer and reconnecting connections would outlive the worker: close by force.
    const reachable = clients.reachable();
    if (!reachable) s.log(`entente worker: ${serviceName(s.queue)} unreachable: the jobs in hand go back to the queue when their lease ends`);
    const closed = worker.close(!reachable).catch((e: unknown) => s.log(`entente worker: closing: ${errorMessage(e)}`));
    await Promise.race([closed, new Promise((r) => { setTimeout(r, s.leaseMs + 5000).unref(); })]);
  } finally {
    await clients.close().catch((e: unknown) => s.log(`entente worker: closing the queue: ${errorMessage(e)}`));
    await store.close().catch(() => undefined);
  }
  s.log(`entente worker: stopped: ${summary.completed} jobs completed, ${summary.failed} failed, ${summary.released} released`);
  return summary;
}
