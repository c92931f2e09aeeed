// The web UI in a real Chromium against the real server over a store ingested from our own
// articles (test/fixtures/web): every view renders with data, network → edge → events →
// document with the event highlighted, hostile article text stays text, search marks its
// matches. Screenshots go to test-artifacts/web/; first-paint times are printed, not asserted.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { fixture, projectRoot } from '../testing/paths.js';
import { openTestStore, type TestStore } from '../testing/test-stores.js';
import { chromiumPath, launchChromium, NO_CHROMIUM, type Browser } from './chromium.js';
import { clickableEdge, findEdgePoint, networkOnScreen, openView, resetPaints, waitForView } from './web-page.js';
import { ingestInto, startServer, webRoot, type RunningServer } from './web-server.js';

const skip = chromiumPath ? false : NO_CHROMIUM;
const shots = join(projectRoot, 'test-artifacts', 'web');

let store: TestStore;
let server: RunningServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const paints: string[] = [];

const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
const api = async <T>(path: string): Promise<T> => (await fetch(new URL(`api${path}`, server.url))).json() as Promise<T>;

before(async () => {
  if (skip) return;
  assert.ok(existsSync(join(webRoot, 'index.html')), `the web UI is not built in ${webRoot}: run npm run build`);
  mkdirSync(shots, { recursive: true });
  store = await openTestStore('sqlite');
  const summary = await ingestInto(store.store, [fixture('web', 'articles.jsonl')], 'jsonl');
  assert.equal(summary.failed, 0);
  server = await startServer(store.store);
  browser = await launchChromium();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('dialog', (d) => { pageErrors.push(`dialog: ${d.message()}`); void d.dismiss(); });
});

after(async () => {
  if (skip) return;
  if (paints.length) console.log(`first paint (ms from navigation start): ${paints.join(', ')}`);
  await browser?.close();
  await server?.close();
  await store?.dispose();
});

test('overview shows the corpus counts, top actors and the attention chart', { skip }, async () => {
  const stats = await store.store.stats();
  paints.push(`overview ${Math.round(await openView(page, server.url, '#/overview', 'overview'))}`);
  const values = await page.locator('.stat').allTextContents();
  assert.ok(values.some((v) => v.includes(`${stats.documents}articles`)), `articles stat ${stats.documents} in ${values.join(' | ')}`);
  assert.ok(values.some((v) => v.includes(`${stats.events}events`)), values.join(' | '));
  assert.ok(await page.locator('.top-actors li').count() > 0);
  assert.ok(await page.locator('svg.chart rect.bar').count() > 0);
  await shot('overview');
});

test('network: click an edge, its events are listed, an event opens the document with it highlighted', { skip }, async () => {
  paints.push(`network ${Math.round(await openView(page, server.url, '#/network', 'network'))}`);
  const { nodes, edges } = await networkOnScreen(page);
  const edge = clickableEdge(nodes, edges);
  assert.ok(edge, 'the network has edges');
  const point = await findEdgePoint(page, edge);
  assert.ok(point, `sigma reports ${edge.source}→${edge.target} under the pointer near its midpoint`);
  await page.mouse.click(point.x, point.y);
  await page.waitForSelector('.edge-panel[data-loaded] .event-row', { timeout: 10_000 });
  const loaded = await page.getAttribute('.edge-panel', 'data-loaded');
  assert.ok(loaded === `${edge.source}>${edge.target}` || loaded === `${edge.target}>${edge.source}`, `panel shows ${loaded}, clicked ${edge.source}→${edge.target}`);
  await shot('network-edge');
  const link = page.locator('.edge-panel .event-doc-link').first();
  const eventText = (await link.textContent()) ?? '';
  await resetPaints(page);
  await link.click();
  await waitForView(page, 'doc');
  const focused = await page.locator('.doc-text .ann.focus').allTextContents();
  assert.ok(focused.length > 0, 'the event is highlighted');
  assert.ok(eventText.includes(focused.join('').trim().slice(0, 20)), `highlight "${focused.join('')}" belongs to event "${eventText}"`);
  assert.ok(await page.locator('.explain-panel .explain').count() > 0, 'the event is explained');
  await shot('document-event');
});

test('dyad timeline shows bars, the Goldstein line and the events', { skip }, async () => {
  const { topDyads } = await api<{ topDyads: { source: string; target: string }[] }>('/overview');
  const d = topDyads[0]!;
  paints.push(`dyad ${Math.round(await openView(page, server.url, `#/dyad/${d.source}/${d.target}?interval=day`, 'dyad'))}`);
  assert.ok(await page.locator('svg.chart rect.bar').count() > 0);
  assert.equal(await page.locator('svg.chart path.line').count(), 1);
  assert.ok(await page.locator('.event-row').count() > 0);
  await shot('dyad');
});

test('hostile article: tags are text, no script runs, javascript: is never a link', { skip }, async () => {
  const list = await api<{ items: { id: string; site: string | null }[] }>('/articles?site=hostile.test');
  const id = list.items[0]?.id;
  assert.ok(id, 'the hostile article is stored');
  paints.push(`doc ${Math.round(await openView(page, server.url, `#/doc/${id}`, 'doc'))}`);
  assert.match((await page.locator('h1.doc-title').textContent()) ?? '', /<script>window\.__pwned='title-script'<\/script><img src=x onerror=/);
  const body = (await page.locator('.doc-text').textContent()) ?? '';
  assert.ok(body.includes(`<img src=x onerror="window.__pwned='body-img'">`), body);
  assert.ok(body.includes(`<a href="javascript:window.__pwned='body-link'">Click here</a>`), body);
  await shot('hostile-document');
  // The lists that show its title: articles, search, events.
  await openView(page, server.url, '#/articles?site=hostile.test', 'articles');
  assert.match((await page.locator('.article-title').first().textContent()) ?? '', /^<script>/);
  await openView(page, server.url, '#/search?q=restraint', 'search');
  await shot('hostile-search');
  for (const hash of ['#/doc/' + id, '#/articles', '#/search?q=Israel', '#/events?actor=ISR']) {
    await openView(page, server.url, hash, hash.split(/[/?]/)[1]!);
    const counts = await page.evaluate(() => {
      // Runs in the page (no imports there).
      const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ getAttribute(n: string): string | null }> } }).document;
      return {
        pwned: (globalThis as unknown as { __pwned?: unknown }).__pwned ?? null,
        img: doc.querySelectorAll('#app img, #app iframe, #app script, #app b, #app i').length,
        js: Array.from(doc.querySelectorAll('a[href]')).filter((a) => /^\s*javascript:/i.test(a.getAttribute('href') ?? '')).length,
      };
    });
    assert.deepEqual(counts, { pwned: null, img: 0, js: 0 }, hash);
  }
  assert.deepEqual(pageErrors, []);
});

test('search shows snippets with the matches marked', { skip }, async () => {
  paints.push(`search ${Math.round(await openView(page, server.url, '#/search?q=sanctions', 'search'))}`);
  assert.ok(await page.locator('.article-item').count() > 0);
  const marks = await page.locator('.snippet mark').allTextContents();
  assert.ok(marks.some((m) => /sanction/i.test(m)), marks.join(' | '));
  await shot('search');
});

test('narratives, techniques, events, articles and duplicates render and link to documents', { skip }, async () => {
  for (const [hash, view] of [['#/narratives', 'narratives'], ['#/techniques', 'techniques'], ['#/events', 'events'], ['#/articles', 'articles'], ['#/duplicates', 'duplicates']] as const) {
    paints.push(`${view} ${Math.round(await openView(page, server.url, hash, view))}`);
    await shot(view);
  }
  assert.ok(await page.locator('a[href^="#/doc/"]').count() > 0, 'duplicates link to documents');
  assert.ok(await page.locator('#app a[href^="#/doc/"]').count() >= 2);
  assert.deepEqual(pageErrors, []);
});

test('the reader links a repost to its near-duplicate and lists its sources', { skip }, async () => {
  const { items } = await api<{ items: { documentId: string; otherId: string; kind: string }[] }>('/duplicates');
  const pair = items[0];
  assert.ok(pair, 'the repost was recorded as a duplicate');
  await openView(page, server.url, `#/doc/${pair.documentId}`, 'doc');
  assert.equal(await page.locator(`.duplicate-facts a[href="#/doc/${pair.otherId}"]`).count(), 1);
  assert.ok(await page.locator('.source-facts li').count() >= 1);
  await page.locator('.duplicate-facts').evaluate((el) => { (el.parentElement as unknown as { open: boolean }).open = true; });
  await resetPaints(page);
  await page.locator('.duplicate-facts a').first().click();
  await waitForView(page, 'doc');
  assert.match(page.url(), new RegExp(`#/doc/${pair.otherId}$`));
});

test('with a token the page passes it along; without it the API refuses', { skip }, async () => {
  const guarded = await startServer(store.store, 'secret-token');
  try {
    await openView(page, guarded.url, '?token=secret-token#/overview', 'overview');
    assert.ok(await page.locator('.stat').count() > 0);
    await page.goto('about:blank');
    await page.goto(`${guarded.url}#/overview`);
    await page.waitForSelector('#app .error');
    assert.match((await page.locator('#app .error').textContent()) ?? '', /token|unauthori[sz]ed/i);
  } finally {
    await guarded.close();
  }
});
