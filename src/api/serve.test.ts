// The API on a real listening socket: the web UI's files served safely, requests answered while
// an ingest writes into the same SQLite file, a store that fails answered with 503, and
// `entente serve` refusing a non-loopback address without a token.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { serveCommand } from '../cli/serve-command.js';
import { openStore } from '../store/open-store.js';
import { generatedArticle } from '../testing/generated-article.js';
import { runCliCaptured } from '../testing/run-cli.js';
import { apiTestStore, ingestRecords, type ApiTestStore } from './api-test-corpus.js';
import { createApp } from './create-app.js';
import { startServer, type RunningServer } from './start-server.js';

/** A raw GET: the path goes out exactly as written (fetch would normalise `..` away). */
function rawGet(base: string, path: string): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the API served on 127.0.0.1', () => {
  let t: ApiTestStore;
  let server: RunningServer;

  before(async () => {
    t = await apiTestStore();
    const webRoot = await t.workspace.write('web/index.html', '<!doctype html><title>UI</title><script type="module" src="/assets/app.js"></script>');
    await t.workspace.write('web/assets/app.js', 'console.log("ui");');
    await t.workspace.write('web/assets/app.css', 'body{}');
    await t.workspace.write('secret.txt', 'outside the web root');
    await t.workspace.write('web/.env', 'TOKEN=1');
    server = await startServer(createApp({ store: t.store, webRoot: webRoot.replace(/index\.html$/, '') }), '127.0.0.1', 0);
  });
  after(async () => { await server?.close(); await t?.dispose(); });

  test('serves the UI with its content types, and nothing outside its folder', async () => {
    const index = await rawGet(server.url, '/');
    assert.equal(index.status, 200);
    assert.match(index.type, /^text\/html/);
    assert.match(index.body, /<title>UI<\/title>/);
    assert.match((await rawGet(server.url, '/assets/app.js')).type, /^text\/javascript/);
    assert.match((await rawGet(server.url, '/assets/app.css')).type, /^text\/css/);
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt', '/.env', '/assets/%00app.js', '/%E0%A4%A', '/nothing.js']) {
      const r = await rawGet(server.url, path);
      assert.equal(r.status === 404 || r.status === 400, true, `${path} → ${r.status}`);
      assert.doesNotMatch(r.body, /outside the web root|TOKEN=1/, path);
    }
  });

  test('answers every request while an ingest writes into the same store file', async () => {
    const writer = await openStore(t.location);
    const records = Array.from({ length: 12 }, (_, i) => {
      const g = generatedArticle(1000 + i, { paragraphs: 2, sentencesPerParagraph: 3 });
      return { id: `gen-${i}`, title: g.title, text: g.paragraphs.join('\n\n'), published: `2023-12-${String(10 + i).padStart(2, '0')}`, site: 'generated' };
    });
    const paths = ['/api/overview', '/api/articles?limit=5', '/api/events?limit=20', '/api/network', '/api/search?q=Russia',
      '/api/actors', '/api/narratives', '/api/techniques', '/api/export/csv', '/api/articles?limit=900', '/api/articles/unknown'];
    let ingesting = true;
    const ingest = ingestRecords(writer, t.workspace, 'more.jsonl', records).finally(() => { ingesting = false; });
    const answers: { path: string; status: number }[] = [];
    try {
      while (ingesting || answers.length < paths.length) {
        const batch = await Promise.all(paths.map(async (path) => {
          const r = await fetch(`${server.url}${path}`);
          const text = await r.text();
          if (path.startsWith('/api/export')) assert.match(text, /^[^\n]+\n/);
          else JSON.parse(text);
          return { path, status: r.status };
        }));
        answers.push(...batch);
      }
      const summary = await ingest;
      assert.equal(summary.added, records.length);
    } finally {
      await writer.close();
    }
    for (const a of answers) assert.ok(a.status === 200 || (a.status >= 400 && a.status < 500), `${a.path} → ${a.status}`);
    assert.ok(answers.some((a) => a.status === 200));
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as { documents: number };
    assert.equal(health.documents, 6 + records.length);
  });
});

test('a store that cannot answer is a 503 with a message', async () => {
  const t = await apiTestStore();
  const app = createApp({ store: t.store });
  await t.store.close();
  try {
    const r = await app.request('/api/overview');
    assert.equal(r.status, 503);
    const body = (await r.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'unavailable');
    assert.match(body.error.message, /store/);
  } finally {
    await t.workspace.remove();
  }
});

test('entente serve: another host without a token is refused; on loopback it serves until stopped', async () => {
  const refused = await runCliCaptured(['serve', '--host', '0.0.0.0', '--port', '0', '--db', '/nonexistent/never-opened.db']);
  assert.equal(refused.code, 2);
  assert.match(refused.err, /needs a token/);

  const t = await apiTestStore();
  await t.store.close();
  let err = '';
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => { stop = resolve; });
  const io = {
    stdin: process.stdin, stdout: process.stdout,
    stderr: Object.assign(new (await import('node:stream')).Writable({ write(c: Buffer, _e, cb) { err += c.toString(); cb(); } })),
  };
  const running = serveCommand({ db: t.location, port: 0, host: '127.0.0.1', token: 'tok' }, io, stopped);
  try {
    for (let i = 0; i < 200 && !/serving/.test(err); i++) await new Promise((r) => setTimeout(r, 25));
    const url = /at (http:\/\/[^/\s]+)\//.exec(err)?.[1];
    assert.ok(url, err);
    assert.equal((await fetch(`${url}/api/health`)).status, 401);
    assert.equal((await fetch(`${url}/api/health?token=tok`)).status, 200);
  } finally {
    stop();
    assert.equal(await running, 0);
    await t.workspace.remove();
  }
});

test('an export whose store fails before the first row is a 503, not a cut file', async () => {
  const t = await apiTestStore();
  const app = createApp({ store: t.store });
  await t.store.close();
  try {
    for (const format of ['csv', 'jsonl', 'gexf', 'articles']) {
      const r = await app.request(`/api/export/${format}`);
      assert.equal(r.status, 503, format);
      assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'unavailable');
    }
  } finally {
    await t.workspace.remove();
  }
});

test('entente export and GET /api/export give the same bytes (one streaming function)', async () => {
  const t = await apiTestStore();
  const app = createApp({ store: t.store });
  try {
    for (const format of ['csv', 'plover', 'graphml']) {
      const cli = await runCliCaptured(['export', '--format', format, '--db', t.location, '--source', 'RUS']);
      assert.equal(cli.code, 0, cli.err);
      const api = await (await app.request(`/api/export/${format}?source=RUS`)).text();
      assert.equal(api, cli.out, format);
      assert.ok(api.length > 0);
    }
  } finally {
    await t.dispose();
  }
});
