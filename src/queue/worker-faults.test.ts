// Workers under fault: a poisoned article is retried a bounded number of times and parked with
// its error; SIGTERM finishes the job in hand and exits 0 with nothing lost; PostgreSQL or
// Redis unreachable at start is reported by name and retried until the worker is stopped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, defaultAnalyzeContext } from '../analyze.js';
import type { IngestItem, SourceDocument } from '../ingest/source-document.js';
import { textDocument } from '../ingest/source-document.js';
import { queueStatusCommand } from '../cli/queue-command.js';
import { PassThrough, Readable } from 'node:stream';
import { generatedArticle } from '../testing/generated-article.js';
import { enqueueSources } from './enqueue-sources.js';
import { queueLocation } from './queue-connection.js';
import { parkedJobs, queueCounts } from './queue-status.js';
import { runWorker } from './run-worker.js';
import { startTcpProxy } from './tcp-proxy.js';
import { testPostgresUrl } from '../testing/test-stores.js';
import { createSchema, dropSchema, query, sleep, startWorker, testQueue, testRedisUrl, uniqueName, waitFor } from './test-queue.js';

const POISON = 'POISON-PILL-7f3a';

async function* docs(n: number, poisoned: ReadonlySet<number> = new Set()): AsyncIterable<IngestItem> {
  for (let i = 0; i < n; i++) {
    const a = generatedArticle(1000 + i, { paragraphs: 2, sentencesPerParagraph: 3 });
    const text = `${a.text}${poisoned.has(i) ? `\n\n${POISON}` : ''}`;
    yield { ok: true, doc: textDocument(`job-${i}`, text, { id: `job-${i}`, published: '2023-05-01' }) };
  }
}

function captured(): { io: { stdin: Readable; stdout: PassThrough; stderr: PassThrough }; out: () => string } {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => { out += c.toString(); });
  return { io: { stdin: Readable.from([]), stdout, stderr: new PassThrough() }, out: () => out };
}

test('a poisoned article is retried three times with back-off, then parked with its error; the others are stored', { timeout: 180_000 }, async () => {
  const name = uniqueName('entente_test');
  const schema = uniqueName('entente_poison');
  const q = testQueue(name);
  const controller = new AbortController();
  const log: string[] = [];
  let running: Promise<unknown> = Promise.resolve();
  try {
    const db = await createSchema(schema);
    await enqueueSources(docs(6, new Set([2])), [], q.queue, { jobOptions: { backoff: { type: 'exponential', delay: 200 } } });
    const ctx = defaultAnalyzeContext();
    // The real analyser, made to throw on one marked article the way a bug would.
    const analyze = (doc: SourceDocument) => {
      if (doc.content.includes(POISON)) throw new TypeError("Cannot read properties of undefined (reading 'start')");
      return analyzeDocument(doc, ctx);
    };
    running = runWorker({ queue: queueLocation(testRedisUrl, name), db, dbSchema: schema, concurrency: 2, leaseMs: 5000, hostDelayMs: 0, log: (l) => log.push(l), signal: controller.signal, analyze });
    await waitFor('5 completed and 1 parked', async () => {
      const c = await queueCounts(q.queue);
      return c.completed === 5 && c.parked === 1;
    }, 120_000);
    const [parked] = await parkedJobs(q.queue, 10);
    assert.equal(parked?.source, 'job-2');
    assert.equal(parked?.attempts, 3);
    assert.match(parked?.error ?? '', /internal error while analysing: Cannot read properties of undefined/);
    assert.equal(log.filter((l) => l.includes('job-2')).length, 3, log.join('\n'));
    assert.ok(log.some((l) => /job-2: .*attempt 3 of 3; parked/.test(l)), log.join('\n'));
    const [stored] = await query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.documents`);
    assert.equal(stored?.n, '5');

    const status = captured();
    assert.equal(await queueStatusCommand({ queue: testRedisUrl, queueName: name, limit: 20, format: 'text' }, status.io), 0);
    assert.match(status.out(), /waiting 0 {2}active 0 {2}retrying 0 {2}completed 5 {2}parked 1/);
    assert.match(status.out(), /parked \w+ {2}job-2 {2}after 3 attempts .*internal error while analysing/);
  } finally {
    controller.abort();
    await running;
    await q.dispose();
    await dropSchema(schema);
  }
});

test('SIGTERM: the worker finishes the jobs in hand, exits 0, and the rest stay queued', { timeout: 180_000 }, async () => {
  const name = uniqueName('entente_test');
  const schema = uniqueName('entente_sigterm');
  const q = testQueue(name);
  let worker: ReturnType<typeof startWorker> | null = null;
  try {
    const db = await createSchema(schema);
    const n = 200;
    await enqueueSources(docs(n), [], q.queue);
    worker = startWorker(['--queue', testRedisUrl, '--queue-name', name, '--db', db, '--db-schema', schema, '--concurrency', '2']);
    await waitFor('a few jobs done', async () => (await queueCounts(q.queue)).completed >= 5, 120_000, 50);
    worker.child.kill('SIGTERM');
    assert.equal(await worker.exited, 0, worker.stderr());
    assert.match(worker.stderr(), /stopping: finishing the jobs in hand[\s\S]*stopped: \d+ jobs completed/);
    const c = await queueCounts(q.queue);
    assert.equal(c.active, 0, 'no job left leased to the stopped worker');
    assert.ok(c.waiting > 0, 'it stopped before the end');
    assert.equal(c.completed + c.waiting, n);
    const [stored] = await query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.documents`);
    assert.equal(Number(stored?.n), c.completed, 'every completed job, and only those, is stored');
  } finally {
    if (worker && worker.child.exitCode === null) worker.child.kill('SIGKILL');
    await q.dispose();
    await dropSchema(schema);
  }
});

test('PostgreSQL unreachable at start: the worker says so, retries with back-off, and stops cleanly', { timeout: 60_000 }, async () => {
  const controller = new AbortController();
  const log: string[] = [];
  const running = runWorker({ queue: queueLocation(testRedisUrl, uniqueName('entente_test')), db: 'postgres://postgres@127.0.0.1:1/test', concurrency: 1, leaseMs: 5000, hostDelayMs: 0, log: (l) => log.push(l), signal: controller.signal });
  await waitFor('two attempts', async () => Promise.resolve(log.filter((l) => l.includes('unreachable')).length >= 2), 30_000);
  controller.abort();
  assert.deepEqual(await running, { completed: 0, failed: 0, released: 0 });
  assert.match(log[0] ?? '', /PostgreSQL store at postgres:\/\/postgres@127\.0\.0\.1:1\/test unreachable \(.*ECONNREFUSED.*\); retrying in 0\.5 s/);
  assert.match(log[1] ?? '', /retrying in 1\.0 s/);
});

test('Redis unreachable at start: the worker says so and stops cleanly', { timeout: 60_000 }, async () => {
  const schema = uniqueName('entente_noredis');
  const controller = new AbortController();
  const log: string[] = [];
  try {
    const db = await createSchema(schema);
    const running = runWorker({ queue: queueLocation('redis://127.0.0.1:1', 'x'), db, dbSchema: schema, concurrency: 1, leaseMs: 1000, hostDelayMs: 0, log: (l) => log.push(l), signal: controller.signal });
    await waitFor('the Redis error', async () => Promise.resolve(log.some((l) => l.includes('Redis queue at redis://127.0.0.1:1 unreachable'))), 30_000);
    await sleep(200);
    controller.abort();
    assert.deepEqual(await running, { completed: 0, failed: 0, released: 0 });
  } finally {
    await dropSchema(schema);
  }
});

test('PostgreSQL and Redis lost mid-run: the worker says so, resumes, and loses or half-writes nothing', { timeout: 300_000 }, async () => {
  const name = uniqueName('entente_test');
  const schema = uniqueName('entente_outage');
  const q = testQueue(name);
  const pgProxy = await startTcpProxy('127.0.0.1', Number(new URL(testPostgresUrl).port || 5432));
  const redisProxy = await startTcpProxy('127.0.0.1', Number(new URL(testRedisUrl).port || 6379));
  const controller = new AbortController();
  const log: string[] = [];
  let running: Promise<unknown> = Promise.resolve();
  try {
    await createSchema(schema);
    const n = 120;
    await enqueueSources(docs(n), [], q.queue);
    const viaProxy = (url: string, port: number): string => { const u = new URL(url); u.hostname = '127.0.0.1'; u.port = String(port); return u.toString(); };
    running = runWorker({ queue: queueLocation(viaProxy(testRedisUrl, redisProxy.port), name), db: viaProxy(testPostgresUrl, pgProxy.port), dbSchema: schema,
      concurrency: 2, leaseMs: 4000, hostDelayMs: 0, log: (l) => log.push(l), signal: controller.signal });
    const completed = async (k: number): Promise<boolean> => (await queueCounts(q.queue)).completed >= k;
    await waitFor('20 jobs', () => completed(20), 120_000, 50);
    pgProxy.cut();
    await waitFor('the store outage to be reported', async () => Promise.resolve(log.some((l) => /PostgreSQL store at .* unreachable/.test(l))), 30_000);
    await sleep(1500);
    pgProxy.restore();
    await waitFor('50 jobs', () => completed(50), 120_000, 50);
    redisProxy.cut();
    await waitFor('the queue outage to be reported', async () => Promise.resolve(log.some((l) => /Redis queue at .* unreachable/.test(l))), 30_000);
    await sleep(1500);
    redisProxy.restore();
    await waitFor('the queue to drain', async () => {
      const c = await queueCounts(q.queue);
      return c.completed + c.parked === n && c.waiting + c.active + c.retrying === 0;
    }, 180_000);
    assert.equal((await queueCounts(q.queue)).parked, 0, log.join('\n'));
    assert.ok(log.some((l) => /PostgreSQL store at .* reachable again/.test(l)), log.join('\n'));
    const [docCount] = await query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.documents`);
    assert.equal(docCount?.n, String(n));
    const [partial] = await query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.documents d WHERE NOT EXISTS (SELECT 1 FROM ${schema}.bands b WHERE b.document_id = d.id)`);
    assert.equal(partial?.n, '0', 'no document without its band keys');
  } finally {
    controller.abort();
    await running;
    await q.dispose();
    await pgProxy.close();
    await redisProxy.close();
    await dropSchema(schema);
  }
});
