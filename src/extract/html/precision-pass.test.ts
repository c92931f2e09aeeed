import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TextBlock } from './html-to-text.js';
import { blocksToText } from './html-to-text.js';
import { precisionPass } from './precision-pass.js';

const p = (text: string, linkShare = 0, tag = 'p'): TextBlock => {
  const chars = text.replace(/\s+/g, '').length;
  return { text, tag, chars, linkChars: Math.round(chars * linkShare) };
};

test('furniture goes, with spans into the pre-pass text', () => {
  const blocks = [
    p('Body paragraph one, about the talks in Geneva and what the delegations said afterwards.'),
    p('Share'), p('Twitter', 1), p('Read more: Ministers meet in Vienna', 0.8),
    p('Sign up for our daily newsletter'),
    p('Related stories'), p('Ministers meet in Vienna', 1, 'li'), p('Flooding closes river crossings', 1, 'li'),
    p('Body paragraph two, which follows the list and is not a link.'),
    p('We use cookies to personalise content. By continuing you agree to our use of cookies.'),
    p('© 2024 Example Media Ltd. All rights reserved.'),
  ];
  const before = blocksToText(blocks);
  const { kept, removed } = precisionPass(blocks);
  assert.deepEqual(kept.map((b) => b.text), [blocks[0]!.text, blocks[8]!.text]);
  assert.deepEqual(removed.map((r) => r.reason), [
    'share-links', 'share-links', 'read-more', 'newsletter', 'related-articles', 'related-articles', 'related-articles', 'cookie-notice', 'copyright',
  ]);
  for (const r of removed) {
    assert.equal(r.in, 'extracted');
    assert.ok(blocks.some((b) => b.text === before.slice(r.start, r.end)), `span ${r.start}-${r.end} is one paragraph`);
  }
});

test('body paragraphs that only mention the trigger words are kept', () => {
  const body = [
    'The regulator said websites must ask before they store cookies, and fined three publishers.',
    'Readers who subscribe to the print edition will see the change next week.',
    'Share prices fell by 4% after the announcement.',
    'More than 300 people were evacuated, officials said.',
    'Related talks in Vienna ended without a deal.',
    'Copyright law was the main topic of the hearing, which ran for six hours.',
    'Follow-up talks are planned for June.',
    'Follow me, the commander shouted, and the platoon ran for the trees.',
    'The 1921 treaty says all rights reserved to the signatories remain in force.',
  ];
  const { kept, removed } = precisionPass(body.map((t) => p(t, 0.6)));
  assert.deepEqual(removed, []);
  assert.equal(kept.length, body.length);
});

test('short link-heavy paragraphs in the body are kept: headings, named lists, credits', () => {
  const blocks = [p('Setting up', 1, 'h2'), p('ArrayBuffer', 1, 'li'), p('(Artist: Jane Roe)', 0.8), p('Body text.')];
  assert.equal(precisionPass(blocks).kept.length, 4);
});

test('a link list ends the related section at the first non-link paragraph', () => {
  const blocks = [p('Related'), p('Other story', 1, 'li'), p('Back to the article body, which continues here.'), p('Another link', 1)];
  assert.deepEqual(precisionPass(blocks).kept.map((b) => b.text), ['Back to the article body, which continues here.', 'Another link']);
});

test('a first paragraph repeating the title is dropped as the title', () => {
  const { kept, removed } = precisionPass([p('Talks resume in Geneva'), p('Body.')], 'Talks Resume in Geneva!');
  assert.deepEqual(kept.map((b) => b.text), ['Body.']);
  assert.deepEqual(removed, [{ start: 0, end: 22, reason: 'title', in: 'extracted' }]);
});

test('a page that would lose everything keeps everything', () => {
  const blocks = [p('Share'), p('Advertisement')];
  assert.deepEqual(precisionPass(blocks), { kept: blocks, removed: [] });
});
