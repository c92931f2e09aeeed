// The quality bar: real Redis and PostgreSQL, ~2,000 generated articles queued, three
// worker processes, one killed with SIGKILL halfway; every article must be stored exactly once
// with its analysis, and the duplicate clusters must equal those of a single-process ingest.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeSources } from '../analyze-sources.js';
import { duplicateClusters } from '../corpus/duplicate-clusters.js';
import type { DuplicateKind } from '../corpus/verify-duplicate.js';
import { readSources } from '../ingest/read-sources.js';
import { ingestArticles } from '../store/ingest-articles.js';
import { runCliCaptured } from '../testing/run-cli.js';
import { openTestStore } from '../testing/test-stores.js';
import { queueCounts } from './queue-status.js';
import { createSchema, dropSchema, query, startWorker, testQueue, testRedisUrl, uniqueName, waitFor, writeCorpus } from './test-queue.js';

const ARTICLES = Number(process.env['ENTENTE_QUEUE_TEST_ARTICLES'] ?? 2000);

interface Snapshot {
  documents: number;
  sources: number;
  /** Per document: events, actors and band rows, and whether its analysis is there. */
  parts: Map<string, string>;
  mirrored: number;
  clusters: string[][];
}

async function snapshot(schema: string): Promise<Snapshot> {
  const docs = await query<{ id: string; published: string | null; has: boolean }>(`SELECT id, published, length(analysis) > 0 AS has FROM ${schema}.documents`);
  const [sources] = await query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.sources`);
  const counts = async (table: string): Promise<Map<string, string>> =>
    new Map((await query<{ d: string; n: string }>(`SELECT document_id AS d, count(*) AS n FROM ${schema}.${table} GROUP BY 1`)).map((r) => [r.d, r.n]));
  const [events, actors, bands] = [await counts('events'), await counts('actors'), await counts('bands')];
  const parts = new Map(docs.map((d) => [d.id, `${d.has} e${events.get(d.id) ?? 0} a${actors.get(d.id) ?? 0} b${bands.get(d.id) ?? 0}`]));
  const pairs = await query<{ a: string; b: string; kind: DuplicateKind }>(`SELECT document_id AS a, other_id AS b, kind FROM ${schema}.duplicates`);
  const [mirrored] = await query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.duplicates x JOIN ${schema}.duplicates y ON x.document_id = y.other_id AND x.other_id = y.document_id`);
  const clusters = duplicateClusters(docs, pairs).map((c) => [...c.members].sort());
  return { documents: docs.length, sources: Number(sources!.n), parts, mirrored: Number(mirrored!.n), clusters };
}

test(`${ARTICLES} queued articles, three workers, one killed halfway: each stored once, same clusters as one process`, { timeout: 900_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'entente-queue-'));
  const name = uniqueName('entente_test');
  const schema = uniqueName('entente_queue');
  const q = testQueue(name);
  const reference = await openTestStore('postgres');
  const workers: ReturnType<typeof startWorker>[] = [];
  try {
    const corpus = join(dir, 'corpus.jsonl');
    await writeCorpus(corpus, ARTICLES);
    const db = await createSchema(schema);

    const t0 = Date.now();
    const queued = await runCliCaptured(['ingest', corpus, '--queue', testRedisUrl, '--queue-name', name]);
    assert.equal(queued.code, 0, queued.err);
    assert.equal((await queueCounts(q.queue)).waiting, ARTICLES);
    // Re-enqueueing the same sources adds nothing (content-derived job ids).
    await runCliCaptured(['ingest', corpus, '--queue', testRedisUrl, '--queue-name', name]);
    assert.equal((await queueCounts(q.queue)).waiting, ARTICLES);

    const args = ['--queue', testRedisUrl, '--queue-name', name, '--db', db, '--db-schema', schema, '--lease', '5', '--concurrency', '2'];
    for (let i = 0; i < 3; i++) workers.push(startWorker(args));
    await waitFor('half the jobs', async () => (await queueCounts(q.queue)).completed >= ARTICLES / 2, 600_000, 100);
    workers[0]!.child.kill('SIGKILL');
    assert.equal(await workers[0]!.exited, null);
    await waitFor('the queue to drain', async () => {
      const c = await queueCounts(q.queue);
      return c.waiting + c.active + c.retrying === 0 && c.completed + c.parked === ARTICLES;
    }, 600_000, 250);
    const seconds = (Date.now() - t0) / 1000;
    for (const w of workers.slice(1)) w.child.kill('SIGTERM');
    for (const w of workers.slice(1)) assert.equal(await w.exited, 0, w.stderr());
    const counts = await queueCounts(q.queue);
    assert.equal(counts.parked, 0, workers.map((w) => w.stderr()).join('\n'));

    const t1 = Date.now();
    const single = await ingestArticles(analyzeSources(readSources([corpus], { input: 'jsonl' })), reference.store, { analyzerVersion: 'test' });
    assert.equal(single.failed, 0);
    console.log(`# ${ARTICLES} articles: 3 workers (one killed halfway) ${seconds.toFixed(1)} s; one process ${((Date.now() - t1) / 1000).toFixed(1)} s`);

    const got = await snapshot(schema);
    const want = await snapshot(reference.location.split('#')[1]!);
    assert.equal(got.documents, want.documents);
    assert.equal(got.sources, want.sources);
    assert.equal(got.sources, ARTICLES);
    assert.deepEqual(got.parts, want.parts, 'each article complete: its analysis, events, actors and band keys');
    assert.equal(got.mirrored, 0, 'each duplicate pair stored once per unordered pair');
    assert.ok(want.clusters.length >= ARTICLES / 25, `expected reposts to form clusters, got ${want.clusters.length}`);
    assert.deepEqual(got.clusters, want.clusters);
  } finally {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await q.dispose();
    await reference.dispose();
    await dropSchema(schema);
    await rm(dir, { recursive: true, force: true });
  }
});
