// `entente ingest` on URLs end to end: a feed read into a real SQLite store with canonical URLs,
// the summary naming the feed, and a second run answered 304 and said so.
import { test } from 'node:test';
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { openStore } from '../store/open-store.js';
import { runCliCaptured } from '../testing/run-cli.js';
import { createWorkspace } from '../testing/test-workspace.js';
import { articleHtml, send, startServer } from './test-http-server.js';

const STORY = 'The foreign ministers of Arnor and Gondor met in Vienna on Tuesday and agreed to reopen their embassies.\n\nThey will meet again in June, a spokesman said.';

test('ingest FEED-URL stores the items with canonical URLs; the second run is not modified', async () => {
  const box = { origin: '' };
  const server = await startServer({
    '/feed.rss': (req, res) => {
      if (req.headers['if-none-match'] === '"f1"') { res.writeHead(304, { etag: '"f1"' }).end(); return; }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' }).end(`<rss version="2.0"><channel><title>Wire</title>
<item><title>Ministers meet</title><link>${box.origin}/story?utm_source=feed</link><pubDate>Tue, 14 May 2024 08:30:00 GMT</pubDate></item>
</channel></rss>`);
    },
    '/story': send('text/html', articleHtml('Ministers meet', STORY)),
  });
  box.origin = server.origin;
  const ws = await createWorkspace();
  try {
    const db = ws.path('store.db');
    const first = await runCliCaptured(['ingest', server.url('/feed.rss'), '--db', db, '--host-delay', '0']);
    assert.equal(first.code, 0, first.err);
    assert.match(first.err, /1 sources .*: 1 added.*; feeds: 1 read \(1 items\), 0 not modified since the last run\n$/);
    const second = await runCliCaptured(['ingest', server.url('/feed.rss'), '--db', db, '--host-delay', '0']);
    assert.equal(second.code, 0, second.err);
    assert.match(second.err, /0 sources .*; feeds: 0 read \(0 items\), 1 not modified since the last run\n$/);
    assert.equal(server.requests.filter((r) => r.path.startsWith('/story')).length, 1);
    const store = await openStore(db);
    try {
      const hit = (await store.search('embassies', { limit: 5 }))[0];
      assert.equal(hit?.uri, `${server.origin}/story?utm_source=feed`);
      assert.equal(hit?.published?.slice(0, 10), '2024-05-14');
      assert.equal((await store.feedState(server.url('/feed.rss')))?.etag, '"f1"');
    } finally {
      await store.close();
    }
    const sqlite = new Database(db, { readonly: true });
    try {
      assert.deepEqual(sqlite.prepare('SELECT uri, canonical_url FROM sources').all(), [{ uri: `${server.origin}/story?utm_source=feed`, canonical_url: `${server.origin}/story` }]);
    } finally {
      sqlite.close();
    }
  } finally {
    await ws.remove();
    await server.close();
  }
});
