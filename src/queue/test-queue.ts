// Test support for the queue tests (not used by the product): a queue name and a PostgreSQL
// schema of their own per run, a generated corpus with reposts and exact copies, worker
// processes started from the built CLI, and polling with a bounded wait.
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { generatedArticle, generatedRepost } from '../testing/generated-article.js';
import { projectRoot } from '../testing/paths.js';
import { testPostgresUrl } from '../testing/test-stores.js';
import { openStore } from '../store/open-store.js';
import { openQueueClients, queueLocation, type QueueClients } from './queue-connection.js';

export const testRedisUrl = process.env['ENTENTE_TEST_REDIS'] ?? 'redis://127.0.0.1:6379';

let counter = 0;
export const uniqueName = (prefix: string): string => `${prefix}_${process.pid}_${Date.now().toString(36)}_${counter++}`;

/** A store in a schema of its own, migrated (dropped by `dropSchema`); its URL. */
export async function createSchema(schema: string): Promise<string> {
  await (await openStore(testPostgresUrl, { schema })).close();
  return testPostgresUrl;
}

export async function dropSchema(schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
  try { await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); } finally { await admin.end(); }
}

export async function query<T>(sqlText: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: testPostgresUrl });
  await c.connect();
  try { return (await c.query(sqlText, params)).rows as T[]; } finally { await c.end(); }
}

/** A test queue's clients; `dispose` removes every key of the queue. */
export function testQueue(name: string): QueueClients & { dispose(): Promise<void> } {
  const clients = openQueueClients(queueLocation(testRedisUrl, name), () => undefined);
  return { ...clients, async dispose() { await clients.queue.obliterate({ force: true }); await clients.close(); } };
}

/**
 * `n` short generated articles as JSONL records: one in twenty a content-farm repost of the one
 * nineteen before it (a near-duplicate), one in fifty the same text again under another id (an
 * exact copy: one document, two sources).
 */
export async function writeCorpus(file: string, n: number): Promise<void> {
  const lines: string[] = [];
  const small = { paragraphs: 3, sentencesPerParagraph: 3 };
  for (let i = 0; i < n; i++) {
    const a = generatedArticle(i, small);
    const text = i % 20 === 19 ? generatedRepost(generatedArticle(i - 19, small), i)
      : i % 50 === 48 ? generatedArticle(i - 7, small).paragraphs.join('\n\n')
        : a.paragraphs.join('\n\n');
    const day = new Date(Date.UTC(2022, 0, 1) + (i % 300) * 86_400_000).toISOString().slice(0, 10);
    lines.push(JSON.stringify({ id: `g${i}`, title: a.title, text, published: day, site: `site${i % 7}` }));
  }
  await writeFile(file, `${lines.join('\n')}\n`);
}

export interface WorkerProcess { readonly child: ChildProcess; stderr(): string; exited: Promise<number | null> }

export function startWorker(args: readonly string[]): WorkerProcess {
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'cli', 'bin.js'), 'worker', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (c: Buffer) => { err += c.toString(); });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, stderr: () => err, exited };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it returns true; fails with `what` after `timeoutMs`. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, everyMs = 250): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(everyMs);
  }
}
