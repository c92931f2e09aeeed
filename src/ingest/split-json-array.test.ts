import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitJsonArray } from './split-json-array.js';

async function items(chunks: string[], maxBytes = 1000): Promise<unknown[]> {
  const source = (async function* () {
    for (const chunk of chunks) yield Buffer.from(chunk, 'utf8');
  })();
  const out: unknown[] = [];
  for await (const item of splitJsonArray(source, maxBytes)) {
    if ('bytes' in item) out.push([item.index, JSON.parse(item.bytes.toString('utf8'))]);
    else if ('oversize' in item) out.push([item.index, 'oversize', item.oversize]);
    else out.push([item.index, 'malformed', item.malformed]);
  }
  return out;
}

test('items of a top-level array, with nested arrays, objects and tricky strings', async () => {
  const json = '[ {"text": "a, [b] {c}", "tags": [1, 2]}, {"text": "quote \\" and \\\\"} ,{"x": {"y": [3]}} ]';
  assert.deepEqual(await items([json]), [
    [0, { text: 'a, [b] {c}', tags: [1, 2] }],
    [1, { text: 'quote " and \\' }],
    [2, { x: { y: [3] } }],
  ]);
});

test('items spanning chunk boundaries, one byte at a time', async () => {
  const json = '\n[{"id": "a,b"},\n {"id": "c\\"]"}]\n';
  assert.deepEqual(await items([...json]), [[0, { id: 'a,b' }], [1, { id: 'c"]' }]]);
});

test('an empty array has no items; a trailing comma adds none', async () => {
  assert.deepEqual(await items(['[ ]']), []);
  assert.deepEqual(await items(['[{"a":1},]']), [[0, { a: 1 }]]);
});

test('an oversize item is reported and the next one is read', async () => {
  assert.deepEqual(await items(['[{"t":"', 'x'.repeat(30), '"}, {"t":"ok"}]'], 20), [
    [0, 'oversize', 38],
    [1, { t: 'ok' }],
  ]);
});

test('an unclosed array and data after the array are malformed', async () => {
  assert.deepEqual(await items(['[{"a":1}, {"b":']), [[0, { a: 1 }], [1, 'malformed', 'unexpected end of input: the array is not closed']]);
  assert.deepEqual(await items(['[{"a":1}] x']), [[0, { a: 1 }], [1, 'malformed', 'unexpected data after the array']]);
});
