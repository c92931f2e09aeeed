// URL jobs: queued as URLs, fetched by the worker from a real HTTP server on 127.0.0.1, paced per
// host across workers (through Redis), and a page that cannot be fetched parked with its reason.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { generatedArticle } from '../testing/generated-article.js';
import { enqueueSources } from './enqueue-sources.js';
import { queueLocation } from './queue-connection.js';
import { parkedJobs, queueCounts } from './queue-status.js';
import { runWorker } from './run-worker.js';
import { createSchema, dropSchema, query, testQueue, testRedisUrl, uniqueName, waitFor } from './test-queue.js';

const page = (seed: number): string => {
  const a = generatedArticle(seed, { paragraphs: 2, sentencesPerParagraph: 3 });
  return `<!doctype html><html><head><title>${a.title}</title></head><body><article><h1>${a.title}</h1>${a.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
};

test('URL jobs are fetched by the worker, paced per host, a feed fans out into its items, and an unfetchable page is parked', { timeout: 120_000 }, async () => {
  const hits: number[] = [];
  let base = '';
  const server = createServer((req, res) => {
    hits.push(Date.now());
    if (req.url === '/feed.xml') {
      const items = [4, 5].map((i) => `<item><title>Item ${i}</title><link>${base}/a${i}.html</link></item>`).join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>${base}/</link>${items}</channel></rss>`);
      return;
    }
    const m = /^\/a(\d)\.html$/.exec(req.url ?? '');
    if (!m) { res.writeHead(404).end('gone'); return; }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(m[1])));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const name = uniqueName('entente_test');
  const schema = uniqueName('entente_urls');
  const q = testQueue(name);
  const controller = new AbortController();
  const log: string[] = [];
  let running: Promise<unknown> = Promise.resolve();
  try {
    const db = await createSchema(schema);
    const urls = [`${base}/a1.html`, `${base}/a2.html`, `${base}/a3.html`, `${base}/missing.html`, `${base}/feed.xml`];
    await enqueueSources((async function* () { /* no local sources */ })(), urls, q.queue, { jobOptions: { backoff: { type: 'fixed', delay: 100 } } });
    running = runWorker({ queue: queueLocation(testRedisUrl, name), db, dbSchema: schema, concurrency: 4, leaseMs: 5000, hostDelayMs: 200, log: (l) => log.push(l), signal: controller.signal });
    // Three pages, the feed, and its two items (queued by the worker as jobs of their own).
    await waitFor('6 completed and 1 parked', async () => {
      const c = await queueCounts(q.queue);
      return c.completed === 6 && c.parked === 1;
    }, 90_000);
    const stored = await query<{ uri: string }>(`SELECT uri FROM ${schema}.sources ORDER BY uri`);
    assert.deepEqual(stored.map((r) => r.uri), [1, 2, 3, 4, 5].map((i) => `${base}/a${i}.html`));
    const [parked] = await parkedJobs(q.queue, 5);
    assert.equal(parked?.source, `${base}/missing.html`);
    assert.match(parked?.error ?? '', /404/);
    const sorted = [...hits].sort((x, y) => x - y);
    // Four jobs taken at once, yet one request per host per 200 ms.
    // The pacer spaces the workers' request starts 200 ms apart; arrival times here jitter with the
    // event loop on a loaded machine (187 ms was seen), while unpaced requests would arrive together.
    for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]! - sorted[i - 1]! >= 150, `requests ${i - 1} and ${i} were ${sorted[i]! - sorted[i - 1]!} ms apart`);
  } finally {
    controller.abort();
    await running;
    await q.dispose();
    await dropSchema(schema);
    await new Promise((r) => server.close(r));
  }
});
