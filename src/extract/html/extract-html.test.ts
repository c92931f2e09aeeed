import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixture } from '../../testing/paths.js';
import { extractHtml } from './extract-html.js';
import { MAX_NESTING } from './main-text.js';

const page = (name: string): string => readFileSync(fixture('html', name), 'utf8');
const ruleIds = (x: { diagnostics: { ruleId: string }[] }): string[] => x.diagnostics.map((d) => d.ruleId);

test('a news page: body paragraphs kept, furniture dropped with offsets into the extracted text', () => {
  const x = extractHtml({ html: page('news-page.html'), uri: 'https://example.com/2024/05/19/border-talks' });
  assert.ok(x.text.startsWith('Negotiators from both countries returned to Geneva on Tuesday'));
  assert.ok(x.text.includes('\n\nA decades-old dispute\n\n'), 'heading is its own paragraph');
  assert.ok(x.text.includes('without agreement. Residents of the valley say they have grown tired of promises.\nOne farmer'), '<br> is a line break');
  assert.ok(x.text.includes('“constructive”') && x.text.includes('parliament & a public') && x.text.includes("government's"), 'entities decoded');
  assert.ok(x.text.endsWith("could change the government's priorities."));
  for (const gone of ['cookies', 'Share this article', 'Facebook', 'Related articles', 'Vienna', 'All rights reserved', 'Subscribe', 'Home']) {
    assert.ok(!x.text.includes(gone), `"${gone}" removed`);
  }
  assert.deepEqual(x.removed.map((r) => r.reason), [
    'cookie-notice', 'share-links', 'share-links', 'share-links', 'related-articles', 'related-articles', 'related-articles', 'copyright',
  ]);
  assert.ok(x.removed.every((r) => r.in === 'extracted' && r.start < r.end));
  assert.deepEqual(x.diagnostics, []);
});

test('a news page: metadata from JSON-LD in an @graph, before OpenGraph and meta tags', () => {
  const { meta } = extractHtml({ html: page('news-page.html'), uri: 'https://example.com/2024/05/19/border-talks' });
  assert.deepEqual(meta, {
    title: 'Border talks resume in Geneva',
    published: '2024-05-21T08:30:00+02:00',
    site: 'The Daily Ledger',
    category: 'World',
    views: null,
    author: 'Anna Petrova, Tom Hale',
    citedSources: [],
    declaredLanguage: 'en-GB',
  });
});

test('a page whose only text is JSON-LD articleBody uses it, with an info diagnostic', () => {
  const x = extractHtml({ html: page('json-ld-only.html'), uri: 'https://example.com/brief' });
  assert.equal(x.text.split('\n\n').length, 2);
  assert.ok(x.text.startsWith('The ceasefire was extended by two weeks on Thursday'));
  assert.deepEqual(ruleIds(x), ['extract/json-ld-body']);
  assert.equal(x.meta.title, 'Ceasefire extended by two weeks');
  assert.equal(x.meta.published, '2023-11-02');
  assert.equal(x.meta.author, 'Lena Vogt');
  assert.equal(x.meta.declaredLanguage, 'de');
});

test('scripts and event handlers never run, and never reach the text or title', () => {
  const g = globalThis as { __ententePwned?: unknown };
  delete g.__ententePwned;
  const x = extractHtml({ html: page('hostile.html'), uri: 'https://example.com/summit' });
  assert.equal(g.__ententePwned, undefined);
  assert.equal(x.meta.title, 'Summit ends without a deal');
  assert.ok(x.text.startsWith('The summit ended on Sunday'));
  assert.ok(!/pwned|Injected|script|onerror/i.test(x.text));
});

test('HTML nested 10,000 deep: no stack overflow, plain-text fallback with a warning', () => {
  const depth = 10_000;
  const html = `<html><body><p>Opening line of the page.</p>${'<div>'.repeat(depth)}<p>Deep paragraph text.</p>${'</div>'.repeat(depth)}</body></html>`;
  const x = extractHtml({ html, uri: 'deep.html' });
  assert.equal(x.text, 'Opening line of the page.\n\nDeep paragraph text.');
  assert.deepEqual(ruleIds(x), ['extract/deep-nesting']);
  assert.equal(x.diagnostics[0]?.severity, 'warning');
});

test('nesting just under the limit still goes through Readability', () => {
  const depth = MAX_NESTING - 10;
  const body = 'The delegations met again on Monday, and the talks, which had stalled for weeks, moved forward. '.repeat(8);
  const html = `<html><body>${'<div>'.repeat(depth)}<p>${body}</p>${'</div>'.repeat(depth)}</body></html>`;
  const x = extractHtml({ html, uri: 'nested.html' });
  assert.equal(x.text, body.trim());
  assert.deepEqual(ruleIds(x), []);
});

test('empty, whitespace-only and text-less input: an error diagnostic, not an exception', () => {
  for (const html of ['', '  \n\t ', '<html><head><script>var a = 1;</script></head><body><img src="x.png"></body></html>']) {
    const x = extractHtml({ html, uri: 'empty.html' });
    assert.equal(x.text, '');
    const error = x.diagnostics.find((d) => d.ruleId === 'extract/no-text');
    assert.equal(error?.severity, 'error', JSON.stringify(html));
  }
});

test('a fragment without <html> or <body> is still extracted', () => {
  const x = extractHtml({ html: '<p>Only a short fragment of text.</p>', uri: 'fragment.html' });
  assert.equal(x.text, 'Only a short fragment of text.');
});

test('when Readability finds nothing and there is no articleBody: body text with a warning', () => {
  // Readability skips hidden elements; a page that reveals its article by script hides it all.
  const line = 'The delegations met again on Monday, and the talks, which had stalled for weeks, moved forward.';
  const html = `<html><body><nav><a href="/">Home</a></nav><div hidden><p>${line}</p><p>${line}</p></div></body></html>`;
  const x = extractHtml({ html, uri: 'hidden.html' });
  assert.equal(x.text, `${line}\n\n${line}`);
  assert.deepEqual(ruleIds(x), ['extract/body-fallback']);
  assert.equal(x.diagnostics[0]?.severity, 'warning');
});

test('malformed JSON-LD is a diagnostic; the rest of the page still extracts', () => {
  const html = page('news-page.html').replace('"@context": "https://schema.org", "@graph"', '"@context": "https://schema.org",, "@graph"');
  const x = extractHtml({ html, uri: 'https://example.com/2024/05/19/border-talks' });
  assert.deepEqual(ruleIds(x), ['extract/json-ld-malformed']);
  assert.equal(x.meta.published, '2024-05-20T09:00:00+00:00', 'falls back to article:published_time');
  assert.equal(x.meta.title, 'Border talks resume in Geneva (OG)');
  assert.ok(x.text.startsWith('Negotiators from both countries'));
});
