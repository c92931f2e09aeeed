// `npm run bench:queue`: scale-out throughput. Part 1, the queue alone: no-op jobs enqueued and
// taken by one process, BullMQ on Redis and BullMQ on PostgreSQL (the two backends `--queue`
// accepts), so the queue's own ceiling is known. Part 2, real work: generated articles queued,
// then 1, 2 and 4 `entente worker` processes analysing and storing into PostgreSQL.
// BENCH_QUEUE_ARTICLES (default 2,000), BENCH_QUEUE_WORKERS (default 1,2,4),
// BENCH_QUEUE_NOOP (no-op jobs, default 5,000; 0 skips part 1), BENCH_QUEUE_BACKENDS (redis,postgres).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue, Worker, createPostgresBackend } from 'bullmq';
import { Redis } from 'ioredis';
import { readSources } from '../ingest/read-sources.js';
import { enqueueSources } from '../queue/enqueue-sources.js';
import { queueCounts } from '../queue/queue-status.js';
import { createSchema, dropSchema, query, startWorker, testQueue, testRedisUrl, uniqueName, waitFor, writeCorpus } from '../queue/test-queue.js';
import { testPostgresUrl } from '../testing/test-stores.js';

const seconds = (ms: number): string => (ms / 1000).toFixed(1);

async function noopThroughput(backend: 'redis' | 'postgres', n: number): Promise<string> {
  const name = uniqueName('entente_bench_noop');
  const redis = backend === 'redis' ? new Redis(testRedisUrl, { maxRetriesPerRequest: null }) : null;
  const pgConnection = { connectionString: testPostgresUrl, schema: uniqueName('bullmq_bench'), migrate: true };
  const queue = redis ? new Queue(name, { connection: redis }) : new Queue(name, { connection: pgConnection }, createPostgresBackend);
  try {
    const t0 = performance.now();
    for (let i = 0; i < n; i += 200) {
      await queue.addBulk(Array.from({ length: Math.min(200, n - i) }, (_, k) => ({ name: 'noop', data: { i: i + k, text: 'x'.repeat(3000) }, opts: { removeOnComplete: true } })));
    }
    const enqueued = performance.now() - t0;
    let done = 0;
    const t1 = performance.now();
    let resolve: () => void = () => undefined;
    const finished = new Promise<void>((r) => { resolve = r; });
    const processor = async (): Promise<number> => { done += 1; if (done === n) setImmediate(resolve); return Promise.resolve(done); };
    const w = redis ? new Worker(name, processor, { connection: redis, concurrency: 8 }) : new Worker(name, processor, { connection: pgConnection, concurrency: 8 }, createPostgresBackend);
    await finished;
    const processed = performance.now() - t1;
    await w.close();
    return `${backend.padEnd(8)} ${n} no-op jobs (3 KB each): enqueue ${(n / (enqueued / 1000)).toFixed(0)}/s, process ${(n / (processed / 1000)).toFixed(0)}/s (one process, concurrency 8)`;
  } finally {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    redis?.disconnect();
    if (backend === 'postgres') await query(`DROP SCHEMA IF EXISTS ${pgConnection.schema} CASCADE`);
  }
}

async function workersThroughput(corpus: string, n: number, workers: number): Promise<string> {
  const name = uniqueName('entente_bench');
  const schema = uniqueName('entente_bench');
  const q = testQueue(name);
  const procs: ReturnType<typeof startWorker>[] = [];
  try {
    const db = await createSchema(schema);
    await enqueueSources(readSources([corpus], { input: 'jsonl' }), [], q.queue);
    const t0 = performance.now();
    for (let i = 0; i < workers; i++) procs.push(startWorker(['--queue', testRedisUrl, '--queue-name', name, '--db', db, '--db-schema', schema, '--concurrency', '2']));
    let first = 0;
    await waitFor('the first article', async () => { first = performance.now(); return (await queueCounts(q.queue)).completed > 0; }, 600_000, 50);
    await waitFor('the queue to drain', async () => (await queueCounts(q.queue)).completed >= n, 3_600_000, 100);
    const end = performance.now();
    for (const p of procs) p.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => p.exited));
    const [stored] = await query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.documents`);
    return `${String(workers).padStart(2)} worker process${workers > 1 ? 'es' : '  '}: ${n} articles in ${seconds(end - t0)} s = ${(n / ((end - t0) / 1000)).toFixed(0)} articles/s ` +
      `(${(n / ((end - first) / 1000)).toFixed(0)}/s after start-up of ${seconds(first - t0)} s); ${stored?.n ?? '?'} documents stored`;
  } finally {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
    await q.dispose();
    await dropSchema(schema);
  }
}

async function main(): Promise<void> {
  const n = Number(process.env['BENCH_QUEUE_ARTICLES'] ?? 2000);
  const counts = (process.env['BENCH_QUEUE_WORKERS'] ?? '1,2,4').split(',').map(Number);
  const noop = Number(process.env['BENCH_QUEUE_NOOP'] ?? 5000);
  const backends = (process.env['BENCH_QUEUE_BACKENDS'] ?? 'redis,postgres').split(',') as ('redis' | 'postgres')[];
  console.log(`entente queue benchmark — node ${process.version}`);
  if (noop > 0) for (const b of backends) console.log(await noopThroughput(b, noop));
  const dir = mkdtempSync(join(tmpdir(), 'entente-queue-bench-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    await writeCorpus(corpus, n);
    for (const k of counts) console.log(await workersThroughput(corpus, n, k));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
