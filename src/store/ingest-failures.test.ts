// Bad stores under a running ingest, on real SQLite and PostgreSQL: a file another process holds
// locked, a PostgreSQL backend killed in the middle of an article's transaction (once: the article
// is retried and stored; every time: the run stops naming the source), and in every case nothing
// half-written and the same ingest, run again, resumes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { AnalyzeOutcome } from '../analyze-sources.js';
import { StoreError } from '../core/errors.js';
import type { Analysis } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { openTestStore, testPostgresUrl, type TestStore } from '../testing/test-stores.js';
import { ingestArticles, type IngestSummary } from './ingest-articles.js';
import { openStore } from './open-store.js';
import type { Store } from './store.js';

const TEXTS = [
  'Russia attacked Ukraine near Kharkiv. Germany urged Russia to withdraw its troops.',
  'China and Russia held talks in Beijing. The United States imposed sanctions on Russia.',
  'Turkey hosted talks between Russia and Ukraine. The European Union imposed new sanctions on Russia.',
];
const articles: Analysis[] = TEXTS.map((t, i) => ({ ...analyzeText(t, `2023-01-0${i + 1}`), uri: `test:${i}` }));

async function* outcomes(): AsyncIterable<AnalyzeOutcome> {
  for (const analysis of articles) yield { ok: true, analysis };
}

const ingest = (store: Store, location: string): Promise<IngestSummary> =>
  ingestArticles(outcomes(), store, { analyzerVersion: 'v1', location, retryDelaysMs: [20, 20] });

const counts = (s: IngestSummary): [number, number] => [s.added, s.unchanged];

/** Stored, with every event, or absent with none: never half-written. */
async function assertWholeOrAbsent(store: Store, a: Analysis): Promise<boolean> {
  const stored = (await store.texts([a.id])).length === 1;
  const events = await store.events({ documentId: a.id }, { limit: 1000 });
  assert.equal(events.length, stored ? a.events.length : 0, `${a.uri}: ${events.length} events stored`);
  return stored;
}

describe('ingest into a locked SQLite file', () => {
  let t: TestStore;
  before(async () => { t = await openTestStore('sqlite'); });
  after(async () => t?.dispose());

  test('an exclusive lock held by another process: opening the store fails, naming the file', async () => {
    await t.store.close();
    const other = new Database(t.location);
    try {
      other.pragma('locking_mode = EXCLUSIVE'); // keeps even readers out until it closes
      other.exec('BEGIN EXCLUSIVE');
      await assert.rejects(openStore(t.location, { busyTimeoutMs: 100 }),
        (x: unknown) => x instanceof StoreError && x.message.startsWith(`${t.location}: cannot open the store: the database is locked`));
    } finally {
      other.close();
    }
  });

  test('a write lock held by another process stops the run naming the file and the source; the run resumes', async () => {
    const store = await openStore(t.location, { busyTimeoutMs: 100 });
    const other = new Database(t.location);
    try {
      assert.deepEqual(counts(await ingestArticles((async function* () { yield* [{ ok: true as const, analysis: articles[0]! }]; })(), store, { analyzerVersion: 'v1', location: t.location })), [1, 0]);
      other.exec('BEGIN IMMEDIATE'); // another writer's transaction, left open
      const e = await ingest(store, t.location).then(() => null, (x: unknown) => x);
      assert.ok(e instanceof StoreError, String(e));
      assert.match(e.message, new RegExp(`^${t.location}: storing test:1 failed: the database is locked`));
      assert.match(e.message, /run the same ingest again to resume/);
      assert.equal(await assertWholeOrAbsent(store, articles[1]!), false);
      other.exec('ROLLBACK');
      assert.deepEqual(counts(await ingest(store, t.location)), [2, 1]);
      for (const a of articles) assert.equal(await assertWholeOrAbsent(store, a), true);
    } finally {
      other.close();
      await store.close();
    }
  });
});

describe('ingest into a PostgreSQL whose connection is killed mid-article', () => {
  let t: TestStore;
  let admin: pg.Client;
  const schema = (): string => t.location.split('#')[1]!;
  before(async () => {
    t = await openTestStore('postgres');
    admin = new pg.Client({ connectionString: testPostgresUrl });
    await admin.connect();
  });
  after(async () => { await admin?.end(); await t?.dispose(); });

  /** A trigger that kills its own backend while inserting the events of `id`, the first `times` times. */
  async function killWhileStoring(id: string, times: number): Promise<void> {
    const s = schema();
    await admin.query(`CREATE SEQUENCE IF NOT EXISTS ${s}.kills`);
    await admin.query(`ALTER SEQUENCE ${s}.kills RESTART WITH 1`);
    await admin.query(`CREATE OR REPLACE FUNCTION ${s}.kill_backend() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.document_id = '${id}' AND nextval('${s}.kills') <= ${times} THEN PERFORM pg_terminate_backend(pg_backend_pid()); END IF;
        RETURN NEW;
      END $$`);
    await admin.query(`DROP TRIGGER IF EXISTS kill_backend ON ${s}.events`);
    await admin.query(`CREATE TRIGGER kill_backend AFTER INSERT ON ${s}.events FOR EACH ROW EXECUTE FUNCTION ${s}.kill_backend()`);
  }
  const stopKilling = (): Promise<unknown> => admin.query(`DROP TRIGGER IF EXISTS kill_backend ON ${schema()}.events`);

  test('a connection lost once: the article is retried and stored, and so is the rest', async () => {
    assert.ok(articles[0]!.events.length > 0);
    await killWhileStoring(articles[0]!.id, 1);
    assert.deepEqual(counts(await ingest(t.store, 'pg')), [3, 0]);
    for (const a of articles) assert.equal(await assertWholeOrAbsent(t.store, a), true);
    await stopKilling();
  });

  test('a connection lost at every try: the run stops naming the source, keeps what it stored, and resumes', async () => {
    const [, , third] = articles;
    assert.ok(third!.events.length > 0);
    await admin.query(`TRUNCATE ${schema()}.documents CASCADE`);
    await killWhileStoring(third!.id, 1000);
    const e = await ingest(t.store, 'postgres://test-store').then(() => null, (x: unknown) => x);
    assert.ok(e instanceof StoreError, String(e));
    assert.match(e.message, /^postgres:\/\/test-store: storing test:2 failed \(tried 3 times\): the connection to the database was lost/);
    assert.match(e.message, /the 2 handled before it are/);
    assert.equal(await assertWholeOrAbsent(t.store, articles[0]!), true);
    assert.equal(await assertWholeOrAbsent(t.store, third!), false);
    await stopKilling();
    assert.deepEqual(counts(await ingest(t.store, 'pg')), [1, 2]);
    assert.equal(await assertWholeOrAbsent(t.store, third!), true);
  });
});
