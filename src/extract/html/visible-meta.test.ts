import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractHtml } from './extract-html.js';
import { parseDocument } from './parse-document.js';
import { visibleMeta } from './visible-meta.js';

const page = (head: string, body: string): string => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const article = '<article><p>The coast guard vessels came alongside at dawn and the crew was told to leave the area at once.</p><p>By noon the resupply boats had turned back towards Palawan, and the ministry in Manila protested.</p><p>Beijing said its ships had acted lawfully and with restraint in waters it claims as its own.</p></article>';

test('"Posted by NAME on DATE in CATEGORY" gives author and date', () => {
  const doc = parseDocument(page('<title>Shoal notes – Tide Blog</title>', '<div class="entry-meta">Posted by Arjun Mehta on June 21, 2024 in <a href="/c/asia">Asia</a></div>'), 'https://x.example/p');
  assert.deepEqual(visibleMeta(doc), { author: 'Arjun Mehta', published: '2024-06-21', headline: null, site: null });
});

test('"By NAME | DATE" in a byline element', () => {
  const doc = parseDocument(page('<title>t</title>', '<p class="byline">By Li Wei | 3 March 2023</p>'), 'https://x.example/p');
  assert.deepEqual({ ...visibleMeta(doc) }, { author: 'Li Wei', published: '2023-03-03', headline: null, site: null });
});

test('a heading that <title> repeats with a suffix is the headline, the suffix the site', () => {
  const doc = parseDocument(page('<title>Axes at the shoal: what happened – Tide Blog</title>', '<h2>Axes at the shoal: what happened</h2>'), 'https://x.example/p');
  const v = visibleMeta(doc);
  assert.equal(v.headline, 'Axes at the shoal: what happened');
  assert.equal(v.site, 'Tide Blog');
});

test('markup outranks what is visible', () => {
  const html = page(
    '<title>Axes at the shoal – Tide Blog</title><meta property="og:title" content="Stated title"><meta property="article:published_time" content="2024-06-22"><meta name="author" content="Stated Author">',
    `<h1>Axes at the shoal</h1><div class="byline">By Visible Author on June 21, 2024</div>${article}`,
  );
  const x = extractHtml({ html, uri: 'https://x.example/p' });
  assert.equal(x.meta.title, 'Stated title');
  assert.equal(x.meta.author, 'Stated Author');
  assert.equal(x.meta.published, '2024-06-22');
});

test('with no markup, the visible byline and headline fill in', () => {
  const x = extractHtml({ html: page('<title>Axes at the shoal – Tide Blog</title>', `<h1>Axes at the shoal</h1><div class="byline">By Visible Author on June 21, 2024</div>${article}`), uri: 'https://x.example/p' });
  assert.equal(x.meta.title, 'Axes at the shoal');
  assert.equal(x.meta.author, 'Visible Author');
  assert.equal(x.meta.published, '2024-06-21');
  assert.equal(x.meta.site, 'Tide Blog');
});
