import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, normaliseUrl } from './canonical-url.js';

test('normalised URLs: lower-case host, no fragment, no tracking parameters, default port dropped', () => {
  assert.equal(normaliseUrl('HTTPS://News.Example.COM:443/a/B?utm_source=x&id=3&utm_medium=y#top'), 'https://news.example.com/a/B?id=3');
  assert.equal(normaliseUrl('http://example.com/a?utm_campaign=z'), 'http://example.com/a');
  assert.equal(normaliseUrl('mailto:someone@example.com'), null);
  assert.equal(normaliseUrl('not a url'), null);
});

test('the canonical link wins over og:url, which wins over the page URL; relative links resolve', () => {
  const page = 'https://m.example.com/story/1?utm_source=rss';
  assert.equal(canonicalUrl('<head><meta property="og:url" content="https://example.com/og"><link href="/story/1#x" rel="canonical"></head>', page), 'https://m.example.com/story/1');
  assert.equal(canonicalUrl("<meta content='https://Example.com/og?a=1&amp;b=2' property='og:url'>", page), 'https://example.com/og?a=1&b=2');
  assert.equal(canonicalUrl('<p>no head</p>', page), 'https://m.example.com/story/1');
  assert.equal(canonicalUrl(null, page), 'https://m.example.com/story/1');
});
