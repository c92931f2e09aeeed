// Where a queue lives and how to reach it: `redis://…` (BullMQ on Redis, the default and the
// measured choice) or `postgres://…` (BullMQ's PostgreSQL backend, one service fewer to run).
// Connections retry with back-off for ever; every connection error is logged once per few
// seconds naming the service, so an outage is visible without flooding the log.
import { Queue, Worker, createPostgresBackend, type Processor, type WorkerOptions } from 'bullmq';
import { Redis } from 'ioredis';
import { UsageError, errorMessage } from '../core/errors.js';
import { describeLocation } from '../store/open-store.js';
import type { QueueJob } from './queue-job.js';

export type QueueBackend = 'redis' | 'postgres';

export interface QueueLocation {
  readonly backend: QueueBackend;
  readonly url: string;
  /** Queue name: several independent queues can share one Redis or PostgreSQL. */
  readonly name: string;
}

export const DEFAULT_QUEUE_NAME = 'entente';

/** How long closing may wait for an unreachable queue. */
const CLOSE_TIMEOUT_MS = 5000;

/** Longest pause between reconnection attempts. */
const MAX_RECONNECT_MS = 10_000;

const SAFE_NAME = /^[A-Za-z0-9_-]{1,64}$/;

export function queueLocation(url: string, name: string = DEFAULT_QUEUE_NAME): QueueLocation {
  if (!SAFE_NAME.test(name)) throw new UsageError(`not a queue name (letters, digits, - and _): ${name}`);
  if (/^rediss?:\/\//i.test(url)) return { backend: 'redis', url, name };
  if (/^postgres(ql)?:\/\//i.test(url)) return { backend: 'postgres', url, name };
  throw new UsageError(`--queue takes redis://… or postgres://…, not ${url}`);
}

export const serviceName = (loc: QueueLocation): string =>
  `${loc.backend === 'redis' ? 'Redis' : 'PostgreSQL'} queue at ${describeLocation(loc.url)}`;

export type Log = (line: string) => void;

/** Logs a repeated message at most once per `everyMs`: an outage retried every second says so every few seconds. */
export function throttledLog(log: Log, everyMs = 5000): Log {
  const last = new Map<string, number>();
  return (line) => {
    const now = Date.now();
    if (now - (last.get(line) ?? -Infinity) < everyMs) return;
    last.set(line, now);
    log(line);
  };
}

export type JobResult = { status: string; id: string | null; duplicates: number };
export type EntenteQueue = Queue<QueueJob, JobResult, string>;
export type EntenteWorker = Worker<QueueJob, JobResult, string>;

/** The clients of one queue location; `close` ends every connection it opened. */
export interface QueueClients {
  readonly location: QueueLocation;
  readonly queue: EntenteQueue;
  /** Redis only: for the cross-worker per-host pacer. */
  readonly redis: Redis | null;
  worker(processor: Processor<QueueJob, JobResult, string>, opts: Omit<WorkerOptions, 'connection'>): EntenteWorker;
  /** False while the queue's server is known to be down (Redis reconnecting); PostgreSQL: always true. */
  reachable(): boolean;
  close(): Promise<void>;
}

const reconnectDelay = (times: number): number => Math.min(MAX_RECONNECT_MS, 250 * 2 ** Math.min(times, 6));

export function openQueueClients(loc: QueueLocation, log: Log): QueueClients {
  const say = throttledLog(log);
  const report = (e: unknown): void => say(`entente: ${serviceName(loc)} unreachable (${errorMessage(e)}); retrying`);
  if (loc.backend === 'redis') {
    // maxRetriesPerRequest null: commands wait for the reconnection instead of failing (BullMQ needs it).
    const redis = new Redis(loc.url, { maxRetriesPerRequest: null, retryStrategy: reconnectDelay, lazyConnect: false });
    redis.on('error', report);
    const queue: EntenteQueue = new Queue<QueueJob, JobResult, string>(loc.name, { connection: redis });
    queue.on('error', report);
    const workers: EntenteWorker[] = [];
    return {
      location: loc,
      queue,
      redis,
      worker(processor, opts) {
        const w = new Worker<QueueJob, JobResult, string>(loc.name, processor, { ...opts, connection: redis });
        w.on('error', report);
        workers.push(w);
        return w;
      },
      reachable: () => redis.status === 'ready',
      async close() {
        // Bounded: closing waits on Redis, which may be the thing that is down.
        const graceful = Promise.all(workers.map((w) => w.close())).then(() => queue.close()).catch(() => undefined);
        await Promise.race([graceful, new Promise((r) => { setTimeout(r, CLOSE_TIMEOUT_MS).unref(); })]);
        redis.disconnect();
      },
    };
  }
  // migrate: the first client creates BullMQ's tables (schema `bullmq`) on a fresh server.
  const connection = { connectionString: loc.url, migrate: true };
  const queue = new Queue(loc.name, { connection }, createPostgresBackend) as unknown as EntenteQueue;
  queue.on('error', report);
  const workers: EntenteWorker[] = [];
  return {
    location: loc,
    queue,
    redis: null,
    worker(processor, opts) {
      const w = new Worker(loc.name, processor, { ...opts, connection }, createPostgresBackend) as unknown as EntenteWorker;
      w.on('error', report);
      workers.push(w);
      return w;
    },
    reachable: () => true,
    async close() {
      await Promise.all(workers.map((w) => w.close()));
      await queue.close();
    },
  };
}
