// `entente ingest` against stores it cannot write: a read-only SQLite file and a PostgreSQL port
// nobody listens on. The store is named with the reason, the exit code is 1, nothing is lost.
// Root can write any file, so as root the read-only case runs the CLI as user `nobody`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { openStore } from '../store/open-store.js';
import { runCliCaptured } from '../testing/run-cli.js';
import { createWorkspace } from '../testing/test-workspace.js';

const BIN = fileURLToPath(new URL('./bin.js', import.meta.url));
const ARTICLE = 'Talks in Geneva\n\n2023/09/1210:00:00 politics 10\n\nThe delegations of Armenia and Azerbaijan met in Geneva on Monday. They agreed to meet again next month.\n';

async function ingestAsOtherUser(args: string[]): Promise<{ code: number; err: string }> {
  const asRoot = process.getuid?.() === 0;
  if (!asRoot) {
    const r = await runCliCaptured(args);
    return { code: r.code, err: r.err };
  }
  const r = spawnSync(process.execPath, [BIN, ...args], { uid: 65534, gid: 65534, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, err: r.stderr };
}

/** As root, whether user `nobody` can run the CLI at all (node and the checkout readable by it). */
function otherUserBlocked(): string | null {
  if (process.getuid?.() !== 0) return null;
  const r = spawnSync(process.execPath, [BIN, '--version'], { uid: 65534, gid: 65534, encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? null : `user nobody cannot run ${process.execPath} ${BIN} here (${r.error?.message ?? r.stderr.trim().split('\n')[0] ?? 'no output'}), and root writes any file`;
}

test('a read-only database file is named with the reason and left as it was', async (t) => {
  const blocked = otherUserBlocked();
  if (blocked) { t.skip(blocked); return; }
  const ws = await createWorkspace();
  try {
    await ws.write('in/a.txt', ARTICLE);
    await ws.write('more/b.txt', ARTICLE.replace('Monday', 'Tuesday').replace('Geneva on', 'Vienna on'));
    const db = ws.path('store.db');
    assert.equal((await runCliCaptured(['ingest', ws.path('in'), '--db', db])).code, 0);
    // Readable by everyone, writable by nobody but its owner; its folder likewise.
    await chmod(ws.dir, 0o755);
    for (const p of [ws.path('more'), ws.path('more/b.txt')]) await chmod(p, 0o755);
    await chmod(db, 0o444);
    await chmod(ws.dir, 0o555);
    const r = await ingestAsOtherUser(['ingest', ws.path('more'), '--db', db]);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, new RegExp(`${db}: cannot open the store: .*(read-only|cannot be opened)`));
    await chmod(ws.dir, 0o755);
    await chmod(db, 0o644);
    const store = await openStore(db);
    try {
      assert.equal((await store.stats()).documents, 1);
    } finally {
      await store.close();
    }
  } finally {
    await chmod(ws.dir, 0o755).catch(() => undefined);
    await ws.remove();
  }
});

test('a PostgreSQL nobody listens on is named (without its password) with the reason', async () => {
  const ws = await createWorkspace();
  try {
    await ws.write('in/a.txt', ARTICLE);
    const r = await runCliCaptured(['ingest', ws.path('in'), '--db', 'postgres://postgres:secret@127.0.0.1:9/test']);
    assert.equal(r.code, 1);
    assert.match(r.err, /postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:9\/test: cannot open the store: the connection to the database was lost or refused/);
    assert.doesNotMatch(r.err, /secret/);
  } finally {
    await ws.remove();
  }
});
