import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlMetadata, withReadabilityMeta } from './html-metadata.js';
import { readJsonLd } from './json-ld.js';
import { parseDocument } from './parse-document.js';

interface Sources { jsonLd?: boolean; og?: boolean; time?: boolean }

/** One page with every metadata source; each test leaves some out to see the next one win. */
function page({ jsonLd = true, og = true, time = true }: Sources): string {
  const ld = `<script type="application/ld+json">{"@type": ["NewsArticle"], "headline": "LD headline",
    "datePublished": "2024-03-05T10:15:00Z", "author": {"@type": "Person", "name": "LD Author"},
    "publisher": {"name": "LD Site"}, "articleSection": ["LD Section", "Other"],
    "interactionStatistic": {"@type": "InteractionCounter", "interactionType": "https://schema.org/ViewAction", "userInteractionCount": "1388"}}</script>`;
  const meta = `<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
    <meta property="article:published_time" content="2024-03-04 09:00"><meta property="article:section" content="OG Section">
    <meta name="author" content="Meta Author">`;
  return `<html lang="fr"><head><title>Doc title - Site</title>${jsonLd ? ld : ''}${og ? meta : ''}</head>
    <body>${time ? '<time datetime="2024-03-03">3 March</time>' : ''}<p>Body.</p></body></html>`;
}

const metaOf = (html: string, uri = 'https://example.com/2024/03/02/story') => {
  const doc = parseDocument(html, uri);
  return htmlMetadata(doc, uri, readJsonLd(doc));
};

test('JSON-LD is trusted first', () => {
  assert.deepEqual(metaOf(page({})), {
    title: 'LD headline', published: '2024-03-05T10:15:00Z', site: 'LD Site', category: 'LD Section',
    views: 1388, author: 'LD Author', citedSources: [], declaredLanguage: 'fr',
  });
});

test('then OpenGraph and meta tags', () => {
  const m = metaOf(page({ jsonLd: false }));
  assert.deepEqual([m.title, m.published, m.site, m.category, m.author, m.views], ['OG title', '2024-03-04T09:00', 'OG Site', 'OG Section', 'Meta Author', null]);
});

test('then <time datetime>, then the date in the URL path, then nothing', () => {
  assert.equal(metaOf(page({ jsonLd: false, og: false })).published, '2024-03-03');
  assert.equal(metaOf(page({ jsonLd: false, og: false, time: false })).published, '2024-03-02');
  const none = metaOf(page({ jsonLd: false, og: false, time: false }), 'https://example.com/story');
  assert.deepEqual([none.title, none.published, none.site, none.category, none.author], [null, null, null, null, null]);
});

test('the visible byline and Readability title only fill what nothing stated', () => {
  const html = page({ jsonLd: false, og: false });
  const doc = parseDocument(html, 'x');
  const stated = htmlMetadata(doc, 'x', readJsonLd(doc));
  const m = withReadabilityMeta(stated, { title: 'Doc title', byline: 'By Jane Roe | March 3, 2024' }, doc);
  assert.equal(m.title, 'Doc title');
  assert.equal(m.author, 'Jane Roe');
  const ld = parseDocument(page({}), 'x');
  assert.equal(withReadabilityMeta(htmlMetadata(ld, 'x', readJsonLd(ld)), { byline: 'By Someone Else' }, ld).author, 'LD Author');
});

test('several JSON-LD authors are joined; URL authors and placeholders are not names', () => {
  const html = `<html><head><script type="application/ld+json">{"@type": "BlogPosting", "author": [{"name": "A. One"}, {"name": "B. Two"}, "A. One"],
    "articleSection": "nil"}</script><meta property="article:author" content="https://facebook.com/someone"></head><body></body></html>`;
  const m = metaOf(html);
  assert.equal(m.author, 'A. One, B. Two');
  assert.equal(m.category, null);
  assert.equal(metaOf(html.replace(/<script[\s\S]*<\/script>/, '')).author, null);
});

test('Wikipedia-style JSON-LD: the name the page shows beats a descriptive headline', () => {
  const html = `<html><head><title>New Zealand - Wikipedia</title><script type="application/ld+json">{"@type": "Article",
    "name": "New Zealand", "headline": "country in Oceania"}</script></head><body></body></html>`;
  assert.equal(metaOf(html).title, 'New Zealand');
});

test('markup and entities in metadata values become plain text', () => {
  const html = `<html><head><title>Deal &amp; no deal <script>alert(1)</script><b>today</b></title></head><body></body></html>`;
  const doc = parseDocument(html, 'x');
  assert.equal(withReadabilityMeta(htmlMetadata(doc, 'x', readJsonLd(doc)), {}, doc).title, 'Deal & no deal today');
  assert.equal(metaOf(`<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "A &amp; B <em>now</em>"}</script></head></html>`).title, 'A & B now');
});

test('a JSON-LD block that does not parse is reported, not thrown', () => {
  const doc = parseDocument('<html><head><script type="application/ld+json">{"@type": "NewsArticle",}</script></head><body></body></html>', 'x');
  const ld = readJsonLd(doc);
  assert.deepEqual(ld.articles, []);
  assert.deepEqual(ld.diagnostics.map((d) => d.ruleId), ['extract/json-ld-malformed']);
});

test('declared language: <html lang> as a BCP 47 tag, nothing when absent or junk', () => {
  const lang = (attr: string): string | null => metaOf(`<html ${attr}><head></head><body></body></html>`).declaredLanguage;
  assert.equal(lang('lang="en_us"'), 'en-US');
  assert.equal(lang('lang="zh-Hans-CN"'), 'zh-Hans-CN');
  assert.equal(lang(''), null);
  assert.equal(lang('lang="{{locale}}"'), null);
});
