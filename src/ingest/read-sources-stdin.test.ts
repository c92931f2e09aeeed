import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PassThrough, Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { readSources } from './read-sources.js';
import type { InputMode } from './source-document.js';
import { collectItems, docsOf, onlyDoc, onlyError } from '../testing/test-workspace.js';

const fromStdin = (chunks: (string | Buffer)[], input: InputMode = 'auto', maxDocumentBytes?: number) =>
  collectItems(readSources(['-'], {
    input,
    stdin: Readable.from(chunks),
    ...(maxDocumentBytes === undefined ? {} : { maxDocumentBytes }),
  }));

test('plain text on stdin has uri and origin `-`', async () => {
  const doc = onlyDoc(await fromStdin(['Moscow said ', 'on Monday.']));
  assert.deepEqual([doc.uri, doc.origin, doc.kind, doc.content], ['-', '-', 'text', 'Moscow said on Monday.']);
});

test('HTML on stdin is sniffed, or forced with --input', async () => {
  assert.equal(onlyDoc(await fromStdin(['<!DOCTYPE html><p>x</p>'])).kind, 'html');
  assert.equal(onlyDoc(await fromStdin(['just words'], 'html')).kind, 'html');
  assert.equal(onlyDoc(await fromStdin(['<!DOCTYPE html><p>x</p>'], 'text')).kind, 'text');
});

test('JSONL on stdin keeps the records’ own uris; fallbacks name `-`', async () => {
  const items = await fromStdin(['{"uri":"u1","text":"a"}\n{"te', 'xt":"b"}\nnot json\n']);
  assert.deepEqual(items.map((i) => (i.ok ? i.doc.uri : i.error.source)), ['u1', '-#2', '-:3']);
});

test('gzip on stdin is recognised by its magic bytes', async () => {
  const packed = gzipSync('{"id":"z","text":"zipped"}\n');
  const items = await fromStdin([packed.subarray(0, 5), packed.subarray(5)]);
  assert.deepEqual(docsOf(items).map((d) => [d.uri, d.content]), [['z', 'zipped']]);
});

test('empty stdin and oversize stdin fail naming `-`', async () => {
  assert.equal(onlyError(await fromStdin([])).message, '-: empty input');
  assert.equal(onlyError(await fromStdin(['x'.repeat(5000)], 'text', 1024)).message,
    '-: the content is over the 1 KiB limit for one article (raise it with --max-bytes)');
});

test('records stream from stdin before it ends', async () => {
  const stdin = new PassThrough();
  stdin.write('{"id":"first","text":"a"}\n');
  const iterator = readSources(['-'], { input: 'jsonl', stdin })[Symbol.asyncIterator]();
  const first = await iterator.next();
  assert.equal(first.done === false && first.value.ok && first.value.doc.uri, 'first');
  stdin.end('{"id":"second","text":"b"}\n');
  const second = await iterator.next();
  assert.equal(second.done === false && second.value.ok && second.value.doc.uri, 'second');
  assert.equal((await iterator.next()).done, true);
});
