import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../analyze.js';
import type { SourceDocument } from '../ingest/source-document.js';

const record = (content: string, given: SourceDocument['given'], kind: 'text' | 'html' = 'text'): SourceDocument =>
  ({ uri: given.id ?? 'r', origin: 'dump.jsonl:1', kind, fromRecord: true, content, encoding: 'utf-8', given, diagnostics: [] });

test('a record\'s one-sentence body stays a body and the title comes only from its title field', () => {
  const a = analyzeDocument(record('Azerbaijan suspended its operation after a ceasefire was agreed.', { id: 'r1' }));
  assert.equal(a.title, null);
  assert.equal(a.text, 'Azerbaijan suspended its operation after a ceasefire was agreed.');
  assert.equal(a.sentences.length, 1);
});

test('a record\'s published wins over a header in its text; without it the header is read', () => {
  const body = '2023/09/2011:58:00 world 12\n\nBaku and Stepanakert agreed to a ceasefire.';
  assert.equal(analyzeDocument(record(body, { id: 'r2', published: '2023-09-21' })).published, '2023-09-21');
  const b = analyzeDocument(record(body, { id: 'r3', title: 'Ceasefire in Karabakh', site: 'Wire' }));
  assert.equal(b.published, '2023-09-20T11:58:00');
  assert.equal(b.title, 'Ceasefire in Karabakh');
  assert.equal(b.site, 'Wire');
  assert.equal(b.text, 'Baku and Stepanakert agreed to a ceasefire.');
});

test('an HTML record takes its title from the record, not from the page', () => {
  const html = '<html><head><title>Page title</title></head><body><article><p>Moldova opened accession talks with the EU on Tuesday, officials in Chisinau said.</p><p>The talks are expected to last several years, diplomats in Brussels added.</p></article></body></html>';
  const a = analyzeDocument(record(html, { id: 'r4', title: 'Record title' }, 'html'));
  assert.equal(a.title, 'Record title');
  assert.match(a.text, /Moldova opened accession talks/);
});

test('the analysis id is a hash of the cleaned text: the same body from two places is one article', () => {
  const one = analyzeDocument(record('Same body text here.', { id: 'a' }));
  const two = analyzeDocument(record('Same body text here.', { id: 'b', title: 'x' }));
  assert.equal(one.id, two.id);
  assert.notEqual(one.uri, two.uri);
});
