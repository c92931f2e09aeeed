import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ServerResponse } from 'node:http';
import { extractStage } from '../extract/extract-stage.js';
import { openTestStore } from '../testing/test-stores.js';
import { collectItems, createWorkspace, docsOf } from '../testing/test-workspace.js';
import type { FeedReport, FeedStateStore } from './feed-state.js';
import { memoryFeedStates } from './feed-state.js';
import { createFetcher } from './fetcher.js';
import { readSources } from './read-sources.js';
import { looksLikeFeedUrl } from './read-url.js';
import type { IngestItem } from './source-document.js';
import { articleHtml, send, startServer, virtualClock } from './test-http-server.js';
import type { TestServer } from './test-http-server.js';

const failures = (items: readonly IngestItem[]): string[] => items.flatMap((i) => (i.ok ? [] : [i.error.message]));

const rss = (origin: string): string => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Ministers meet in Vienna</title><link>${origin}/news/1?utm_source=rss</link><pubDate>Tue, 14 May 2024 08:30:00 GMT</pubDate><author>desk@wire.example (A. Writer)</author></item>
<item><title>Sanctions extended</title><link>${origin}/news/gone</link><pubDate>Wed, 15 May 2024 09:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The council extended the sanctions for another six months, diplomats said.</p>]]></content:encoded></item>
<item><title>Nothing here</title><link>${origin}/news/missing</link></item>
</channel></rss>`;

const atom = (origin: string): string => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>Summit ends</title><link href="${origin}/news/2"/><id>tag:desk,2024:2</id><updated>2024-06-01T12:00:00Z</updated></entry></feed>`;

/** 304 when the request carries the validator the response would send. */
function conditional(res: ServerResponse, matches: boolean, type: string, body: string, headers: Record<string, string>): void {
  if (matches) res.writeHead(304, headers).end();
  else res.writeHead(200, { 'content-type': type, ...headers }).end(body);
}

async function newsServer(): Promise<TestServer> {
  const modified = 'Tue, 14 May 2024 10:00:00 GMT';
  const box: { origin: string } = { origin: '' };
  const server = await startServer({
    '/feed.xml': (req, res) => conditional(res, req.headers['if-none-match'] === '"v1"', 'application/rss+xml', rss(box.origin), { etag: '"v1"', 'last-modified': modified }),
    '/atom': (req, res) => conditional(res, req.headers['if-modified-since'] === modified, 'application/atom+xml', atom(box.origin), { 'last-modified': modified }),
    '/news/1': send('text/html; charset=utf-8', articleHtml('Ministers meet in Vienna', 'The foreign ministers of Arnor and Gondor met in Vienna on Tuesday.\n\nThey agreed to meet again.', '<link rel="canonical" href="/news/ministers-meet">')),
    '/news/2': send('text/html', articleHtml('Summit ends', 'The summit ended without a statement.')),
    '/html/feed': send('text/html', articleHtml('Wire home', 'Welcome.')),
    '/slow.rss': () => { /* never answers */ },
    '/page': send('text/html; charset=windows-1252', Buffer.from(articleHtml('Caf\xe9 talks', 'Talks at the caf\xe9 went on.'), 'latin1')),
    '/dump.jsonl': send('application/x-ndjson', '{"id":"r1","text":"First record."}\n{"id":"r2","text":"Second record."}\n'),
    '/logo.png': send('image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])),
  });
  box.origin = server.origin;
  return server;
}

async function read(sources: string[], states: FeedStateStore | undefined, reports: FeedReport[] = []): Promise<IngestItem[]> {
  const fetcher = createFetcher({ allowPrivate: true, clock: virtualClock(), timeoutMs: 300 });
  return collectItems(readSources(sources, { input: 'auto', fetcher, feedStates: states, onFeed: (r) => { reports.push(r); } }));
}

test('feed URLs: items fetched with hints and canonical URLs; a failed link falls back to the item content', async () => {
  const server = await newsServer();
  try {
    const reports: FeedReport[] = [];
    const items = await read([server.url('/feed.xml'), server.url('/atom')], memoryFeedStates(), reports);
    const docs = docsOf(items);
    assert.deepEqual(docs.map((d) => d.uri), [`${server.origin}/news/1?utm_source=rss`, `${server.origin}/news/gone`, `${server.origin}/news/2`]);
    const [first, fallback, fromAtom] = docs;
    assert.equal(first?.canonicalUrl, `${server.origin}/news/ministers-meet`);
    assert.deepEqual(first?.hints, { title: 'Ministers meet in Vienna', published: '2024-05-14T08:30:00Z', author: 'desk@wire.example (A. Writer)' });
    assert.equal(fromAtom?.canonicalUrl, `${server.origin}/news/2`);
    assert.equal(fallback?.kind, 'html');
    assert.match(fallback?.content ?? '', /extended the sanctions/);
    assert.match(fallback?.diagnostics[0]?.reason ?? '', /feed's own content: .*HTTP 404/);
    // The page states no date: the item's date fills it; the page's own title is kept.
    const meta = extractStage.run({ source: first!, diagnostics: [] }).meta;
    assert.equal(meta.published, '2024-05-14T08:30:00Z');
    assert.equal(meta.title, 'Ministers meet in Vienna');
    assert.deepEqual(failures(items), [`${server.origin}/news/missing: HTTP 404 Not Found`]);
    assert.deepEqual(reports.map((r) => [r.status, r.items]), [['read', 3], ['read', 1]]);
  } finally {
    await server.close();
  }
});

async function secondRunGets304(states: FeedStateStore): Promise<void> {
  const server = await newsServer();
  try {
    await read([server.url('/feed.xml'), server.url('/atom')], states);
    const fetchedItems = server.requests.filter((r) => r.path.startsWith('/news/')).length;
    const reports: FeedReport[] = [];
    const again = await read([server.url('/feed.xml'), server.url('/atom')], states, reports);
    assert.deepEqual(again, []);
    assert.deepEqual(reports.map((r) => r.status), ['not-modified', 'not-modified']);
    assert.equal(server.requests.filter((r) => r.path.startsWith('/news/')).length, fetchedItems, 'no item fetched again');
    const feedRequests = server.requests.filter((r) => r.path === '/feed.xml');
    assert.equal(feedRequests[1]?.headers['if-none-match'], '"v1"');
    assert.equal(feedRequests[1]?.headers['if-modified-since'], 'Tue, 14 May 2024 10:00:00 GMT');
    const state = await states.feedState(server.url('/atom'));
    assert.equal(state?.etag, null);
    assert.equal(state?.lastModified, 'Tue, 14 May 2024 10:00:00 GMT');
  } finally {
    await server.close();
  }
}

test('a second run sends the stored ETag / Last-Modified and a 304 fetches nothing (in memory)', () => secondRunGets304(memoryFeedStates()));

test('a second run gets 304 with the feed state kept in a real SQLite store', async () => {
  const { store, dispose } = await openTestStore('sqlite');
  try {
    await secondRunGets304(store);
  } finally {
    await dispose();
  }
});

test('a feed that returns HTML or times out is a failure naming the feed; pages, records and images', async () => {
  const server = await newsServer();
  try {
    const items = await read([server.url('/html/feed'), server.url('/slow.rss'), server.url('/page'), server.url('/dump.jsonl'), server.url('/logo.png')], undefined);
    assert.deepEqual(failures(items), [
      `${server.url('/html/feed')}: not a feed: the server returned an HTML page (text/html)`,
      `${server.url('/slow.rss')}: cannot read the feed: timed out after 0.3 s`,
      `${server.url('/logo.png')}: not an article (image/png)`,
    ]);
    const docs = docsOf(items);
    assert.deepEqual(docs.map((d) => d.uri), [server.url('/page'), 'r1', 'r2']);
    assert.equal(docs[0]?.encoding, 'windows-1252');
    assert.match(docs[0]?.content ?? '', /Talks at the café/);
    assert.equal(docs[0]?.canonicalUrl, server.url('/page'));
  } finally {
    await server.close();
  }
});

test('feed-looking URLs', () => {
  for (const url of ['https://a.example/feed', 'https://a.example/feed/', 'https://a.example/rss', 'https://a.example/atom.xml', 'https://a.example/news.rss', 'https://a.example/?feed=rss2']) {
    assert.equal(looksLikeFeedUrl(url), true, url);
  }
  for (const url of ['https://a.example/2024/05/feed-the-world.html', 'https://a.example/news/1']) assert.equal(looksLikeFeedUrl(url), false, url);
});

test('a local feed file (.atom, .xml): its items are fetched; a local HTML file named .xml is not a feed', async () => {
  const server = await newsServer();
  const ws = await createWorkspace();
  try {
    const feed = await ws.write('desk.atom', atom(server.origin));
    const named = await ws.write('wire.xml', rss(server.origin));
    const page = await ws.write('page.xml', articleHtml('Not a feed', 'Just a page.'));
    const items = await read([feed, named, page], undefined);
    assert.deepEqual(docsOf(items).map((d) => d.uri), [`${server.origin}/news/2`, `${server.origin}/news/1?utm_source=rss`, `${server.origin}/news/gone`]);
    assert.deepEqual(failures(items), [`${server.origin}/news/missing: HTTP 404 Not Found`, `${page}: not a feed: it is an HTML page`]);
  } finally {
    await ws.remove();
    await server.close();
  }
});
