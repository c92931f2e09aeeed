import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlToText, nodeToBlocks } from './html-to-text.js';
import { parseDocument } from './parse-document.js';

test('block elements are paragraphs, <br> a line break, whitespace collapsed', () => {
  const html = `<div><h2>Heading  one</h2><p>First
      paragraph  <b>bold</b>,<i>italic</i>.</p><p>Line one<br>Line two<br/>  Line three</p>
      <blockquote>A quote</blockquote><ul><li>Item A</li><li>Item <a href="#">B</a></li></ul>loose tail</div>`;
  assert.equal(htmlToText(html), [
    'Heading one', 'First paragraph bold,italic.', 'Line one\nLine two\nLine three', 'A quote', 'Item A', 'Item B', 'loose tail',
  ].join('\n\n'));
});

test('entities are decoded and a blank line made of <br><br> splits paragraphs', () => {
  assert.equal(htmlToText('<p>Tom &amp; Jerry&nbsp;&mdash; &#8220;friends&#x201D; &lt;3</p>'), 'Tom & Jerry — “friends” <3');
  assert.equal(htmlToText('<div>one<br><br>two</div>'), 'one\n\ntwo');
});

test('tables: a row is a paragraph, cells are separated by a space', () => {
  assert.equal(htmlToText('<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>'), 'a b\n\nc d');
});

test('pre keeps its lines; scripts, styles and form controls give no text', () => {
  const html = '<pre>line 1\n  line 2</pre><script>alert(1)</script><style>p{}</style><button>Click</button><p>after</p>';
  assert.equal(htmlToText(html), 'line 1\nline 2\n\nafter');
});

test('each paragraph knows its block and how much of it is link text', () => {
  const blocks = nodeToBlocks(parseDocument('<p>plain text here</p><li><a href="/x">all link</a></li><h3>Title</h3>', 'x'));
  assert.deepEqual(blocks.map((b) => [b.tag, b.text, b.linkChars, b.chars]), [
    ['p', 'plain text here', 0, 13],
    ['li', 'all link', 7, 7],
    ['h3', 'Title', 0, 5],
  ]);
});

test('text after a nested block still belongs to the outer block', () => {
  const blocks = nodeToBlocks(parseDocument('<li>lead<ul><li>inner</li></ul>tail</li>', 'x'));
  assert.deepEqual(blocks.map((b) => [b.tag, b.text]), [['li', 'lead'], ['li', 'inner'], ['li', 'tail']]);
});

test('adjacent text runs split by comments stay one word (server-rendered pages)', () => {
  assert.equal(htmlToText('<p>on Page <!-- -->A<!-- -->22<!-- --> of the edition</p>'), 'on Page A22 of the edition');
});

test('a very deep tree converts without recursion', () => {
  const depth = 50_000;
  assert.equal(htmlToText(`${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`), 'deep');
});
