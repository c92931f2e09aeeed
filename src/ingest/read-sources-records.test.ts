import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { readSources } from './read-sources.js';
import type { IngestItem } from './source-document.js';
import { collectItems, createWorkspace, docsOf, errorsOf, onlyDoc } from '../testing/test-workspace.js';
import type { Workspace } from '../testing/test-workspace.js';

let ws: Workspace;
before(async () => {
  ws = await createWorkspace();
});
after(() => ws.remove());

const read = (path: string, maxDocumentBytes?: number) =>
  collectItems(readSources([path], maxDocumentBytes === undefined ? { input: 'auto' } : { input: 'auto', maxDocumentBytes }));

const jsonl = (...records: unknown[]): string => records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

const summary = (item: IngestItem): string => (item.ok ? `ok ${item.doc.uri}` : `fail ${item.error.message}`);

test('record fields map to the document and are taken as given', async () => {
  const record = { id: 'a1', uri: 'https://example.org/a', text: 'Body.', title: 'T', published: '2024-05-21', site: 'ex', author: 'Ann', lang: 'en' };
  const path = await ws.write('map/dump.jsonl', jsonl(record));
  const doc = onlyDoc(await read(path));
  assert.deepEqual(doc, {
    uri: 'https://example.org/a',
    origin: `${path}:1`,
    kind: 'text',
    fromRecord: true,
    content: 'Body.',
    encoding: 'utf-8',
    given: { id: 'a1', title: 'T', published: '2024-05-21', site: 'ex', author: 'Ann' },
    diagnostics: [],
  });
});

test('uri is the record uri, else its id, else file#line', async () => {
  const path = await ws.write('uri/dump.ndjson', jsonl(
    { uri: 'u1', id: 'i1', text: 'a' },
    { id: 'i2', text: 'b' },
    { id: 42, text: 'c' },
    '',
    { text: 'd', uri: '', id: null },
  ));
  const docs = docsOf(await read(path));
  assert.deepEqual(docs.map((d) => d.uri), ['u1', 'i2', '42', `${path}#5`]);
  assert.deepEqual(docs[2]?.given, { id: '42' });
});

test('an html field makes an html document; text wins when both are given', async () => {
  const path = await ws.write('kind/dump.jsonl', jsonl({ id: 'h', html: '<p>x</p>' }, { id: 'both', html: '<p>x</p>', text: 'x' }));
  assert.deepEqual(docsOf(await read(path)).map((d) => [d.uri, d.kind]), [['h', 'html'], ['both', 'text']]);
});

test('invalid lines fail naming file:line, and the valid lines around them still arrive', async () => {
  const path = await ws.write('bad/dump.jsonl', [
    JSON.stringify({ id: 'ok1', text: 'one' }),
    '{"id": "broken", "text": ',
    '[1, 2]',
    JSON.stringify({ id: 'nobody', title: 'x' }),
    JSON.stringify({ id: 'typed', text: 'x', title: 7 }),
    '   ',
    JSON.stringify({ id: 'blank', text: '  ' }),
    '"just a string"',
    JSON.stringify({ id: 'ok2', text: 'two' }),
  ].join('\r\n'));
  const items = await read(path);
  assert.deepEqual(items.map(summary), [
    'ok ok1',
    `fail ${path}:2: invalid JSON: ${jsonError('{"id": "broken", "text": ')}`,
    `fail ${path}:3: invalid record: expected a JSON object, found an array`,
    `fail ${path}:4: invalid record: it has neither a "text" nor an "html" field`,
    `fail ${path}:5: invalid record: "title" must be a string, not a number`,
    `fail ${path}:7: invalid record: its body is empty`,
    `fail ${path}:8: invalid record: expected a JSON object, found a string`,
    'ok ok2',
  ]);
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

test('a JSONL line over the per-article limit fails alone', async () => {
  const path = await ws.write('long/dump.jsonl', jsonl({ id: 'a', text: 'x' }, { id: 'b', text: 'y'.repeat(2000) }, { id: 'c', text: 'z' }));
  const items = await read(path, 1024);
  assert.deepEqual(items.map(summary), [
    'ok a',
    `fail ${path}:2: the line (2.0 kB) is over the 1 KiB limit for one article (raise it with --max-bytes)`,
    'ok c',
  ]);
});

test('a .json file holds one record or an array of records', async () => {
  const single = await ws.write('json/one.json', JSON.stringify({ title: 'Solo', text: 'Body' }, null, 2));
  const one = onlyDoc(await read(single));
  assert.deepEqual([one.uri, one.origin, one.given], [single, single, { title: 'Solo' }]);

  const array = await ws.write('json/many.json', JSON.stringify([{ id: 'x', text: 'a' }, { text: 'b' }, { nope: 1 }, { uri: 'z', html: '<p>c</p>' }], null, 1));
  const items = await read(array);
  assert.deepEqual(items.map(summary), [
    'ok x',
    `ok ${array}#/1`,
    `fail ${array}[2]: invalid record: it has neither a "text" nor an "html" field`,
    'ok z',
  ]);
});

test('an empty JSON array and an unclosed one are reported', async () => {
  assert.deepEqual((await read(await ws.write('json/empty.json', '[]'))).map(summary), [`fail ${ws.path('json/empty.json')}: no records: the JSON array is empty`]);
  const cut = await ws.write('json/cut.json', '[{"id":"a","text":"t"},{"id":"b","te');
  assert.deepEqual((await read(cut)).map(summary), ['ok a', `fail ${cut}: invalid JSON: unexpected end of input: the array is not closed`]);
});

test('a UTF-16 JSONL dump (with BOM) is read record by record', async () => {
  const text = jsonl({ id: 'k', text: 'Київ' }, { id: 'm', text: 'Москва' });
  const path = await ws.write('utf16/dump.jsonl', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  assert.deepEqual(docsOf(await read(path)).map((d) => d.content), ['Київ', 'Москва']);
});

test('a JSONL file with only blank lines is empty', async () => {
  const path = await ws.write('blank/dump.jsonl', '\n  \n\n');
  assert.deepEqual(errorsOf(await read(path)).map((e) => e.reason), ['empty file']);
});

test('a 100k-line dump streams through', async () => {
  const lines = Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ id: `r${i}`, text: `article ${i}` }));
  const path = await ws.write('big/dump.jsonl', lines.join('\n'));
  let count = 0;
  let last = '';
  for await (const item of readSources([path], { input: 'auto' })) {
    assert.ok(item.ok);
    count += 1;
    last = item.doc.uri;
  }
  assert.deepEqual([count, last], [100_000, 'r99999']);
});
