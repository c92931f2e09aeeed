import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feedItems } from './feed-items.js';

test('RSS 2.0 items: link, guid, title, date, author and full content', () => {
  const feed = feedItems(`<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire &amp; Co</title>
<item><title>Talks resume</title><link>/news/1</link><guid isPermaLink="false">n-1</guid><pubDate>Tue, 14 May 2024 08:30:00 GMT</pubDate>
<dc:creator>A. Writer</dc:creator><description>teaser</description><content:encoded><![CDATA[<p>Full text &amp; more.</p>]]></content:encoded></item>
<item><title>Second</title><guid>https://wire.example/news/2</guid></item>
</channel></rss>`, 'https://wire.example/feed.xml');
  assert.ok(typeof feed !== 'string');
  assert.equal(feed.kind, 'rss');
  assert.equal(feed.title, 'Wire & Co');
  assert.deepEqual(feed.items[0], { link: 'https://wire.example/news/1', id: 'n-1', title: 'Talks resume', published: '2024-05-14T08:30:00Z',
    author: 'A. Writer', content: '<p>Full text &amp; more.</p>' });
  // A permalink guid is the link when there is no <link>; a teaser description is not content.
  assert.equal(feed.items[1]?.link, 'https://wire.example/news/2');
  assert.equal(feed.items[1]?.content, null);
});

test('Atom entries: alternate link, html title, author name, inline content', () => {
  const feed = feedItems(`<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title type="html">Summit &lt;em&gt;ends&lt;/em&gt;</title><link rel="self" href="/self"/><link rel="alternate" href="https://desk.example/a"/>
<id>tag:desk,2024:1</id><updated>2024-06-01T12:00:00Z</updated><author><name>B. Reporter</name></author>
<content type="html">&lt;p&gt;Leaders met.&lt;/p&gt;</content></entry></feed>`);
  assert.ok(typeof feed !== 'string');
  assert.equal(feed.kind, 'atom');
  assert.deepEqual(feed.items[0], { link: 'https://desk.example/a', id: 'tag:desk,2024:1', title: 'Summit ends', published: '2024-06-01T12:00:00Z',
    author: 'B. Reporter', content: '<p>Leaders met.</p>' });
});

test('HTML and other XML are not feeds, with the reason', () => {
  assert.equal(feedItems('<!doctype html><html><body><p>Hi</p></body></html>'), 'not a feed: it is an HTML page');
  assert.match(String(feedItems('<?xml version="1.0"?><urlset><url/></urlset>')), /root is <urlset>/);
});
