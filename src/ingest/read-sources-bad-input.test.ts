import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { open } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { readSources } from './read-sources.js';
import type { ReadSourcesOptions } from './read-sources.js';
import { collectItems, createWorkspace, docsOf, errorsOf, onlyError } from '../testing/test-workspace.js';
import type { Workspace } from '../testing/test-workspace.js';

let ws: Workspace;
before(async () => {
  ws = await createWorkspace();
});
after(() => ws.remove());

const read = (paths: string[], options: Partial<ReadSourcesOptions> = {}) =>
  collectItems(readSources(paths, { input: 'auto', ...options }));

const records = (count: number): string =>
  Array.from({ length: count }, (_, i) => JSON.stringify({ id: `r${i}`, text: `article number ${i} `.repeat(20) })).join('\n');

test('a 200 MB text file fails at once, from its size on disk', async () => {
  const path = ws.path('huge.txt');
  const handle = await open(path, 'w');
  await handle.truncate(200_000_000); // sparse: instant, no 200 MB written
  await handle.close();
  const started = Date.now();
  const error = onlyError(await read([path]));
  assert.equal(error.message, `${path}: 200.0 MB is over the 32 MiB limit for one article (raise it with --max-bytes)`);
  assert.ok(Date.now() - started < 1000);
});

test('empty and whitespace-only files', async () => {
  for (const [name, content] of [['empty.txt', ''], ['blank.html', ' \n\t\r\n '], ['empty.jsonl', ''], ['empty.txt.gz', ''], ['blank.txt.gz', gzipSync('  \n')]] as const) {
    const path = await ws.write(`empty/${name}`, content);
    assert.deepEqual([onlyError(await read([path])).reason, name], ['empty file', name]);
  }
});

test('binary files fail, gzip-compressed ones too, and the batch goes on', async () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  const a = await ws.write('binary/a.txt', png);
  const b = await ws.write('binary/b.html.gz', gzipSync(png));
  const c = await ws.write('binary/c.txt', 'fine');
  const items = await read([a, b, c]);
  assert.deepEqual(errorsOf(items).map((e) => [e.source, e.reason]), [
    [a, 'binary file, not text: it contains NUL bytes'],
    [b, 'binary file, not text: it contains NUL bytes'],
  ]);
  assert.deepEqual(docsOf(items).map((d) => d.content), ['fine']);
});

test('a truncated .jsonl.gz yields the records read before the failure', async () => {
  const whole = gzipSync(records(2000));
  const path = await ws.write('truncated/dump.jsonl.gz', whole.subarray(0, Math.floor(whole.length * 0.6)));
  const items = await read([path]);
  const docs = docsOf(items);
  assert.ok(docs.length > 100, `only ${docs.length} records before the cut`);
  assert.deepEqual(docs.map((d) => d.uri), docs.map((_, i) => `r${i}`));
  assert.deepEqual(errorsOf(items).map((e) => e.message), [`${path}: truncated gzip: unexpected end of file`]);
  assert.equal(items.at(-1)?.ok, false);
});

test('a truncated .txt.gz fails as truncated', async () => {
  const whole = gzipSync('some article text '.repeat(1000));
  const path = await ws.write('truncated/a.txt.gz', whole.subarray(0, whole.length - 10));
  assert.equal(onlyError(await read([path])).reason, 'truncated gzip: unexpected end of file');
});

test('a gzip bomb stops at the decompressed limit', async () => {
  const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, ' ')); // 50 MB of spaces, about 50 kB compressed
  const path = await ws.write('bomb/spaces.jsonl.gz', bomb);
  const error = onlyError(await read([path], { maxDecompressedBytes: 1024 * 1024 }));
  assert.equal(error.reason, 'decompressed size is over the 1 MiB limit for one file (possible zip bomb)');
});

test('a gzip bomb of zeros is stopped as binary after its first bytes', async () => {
  const path = await ws.write('bomb/zeros.txt.gz', gzipSync(Buffer.alloc(50 * 1024 * 1024)));
  assert.equal(onlyError(await read([path])).reason, 'binary file, not text: it contains NUL bytes');
});

test('a JSONL bomb yields its records up to the limit, then fails', async () => {
  const path = await ws.write('bomb/dump.jsonl.gz', gzipSync(records(5000)));
  const items = await read([path], { maxDecompressedBytes: 100_000 });
  assert.ok(docsOf(items).length > 10);
  assert.match(errorsOf(items)[0]?.reason ?? '', /over the 100000 bytes limit for one file/);
});

test('a compressed single article is held to the per-article limit', async () => {
  const path = await ws.write('bomb/article.txt.gz', gzipSync('word '.repeat(100_000)));
  const error = onlyError(await read([path], { maxDocumentBytes: 64 * 1024 }));
  assert.equal(error.reason, 'the decompressed content is over the 64 KiB limit for one article (raise it with --max-bytes)');
});

test('a text file over the limit is refused from its size, under it is read', async () => {
  const path = await ws.write('limit/a.txt', 'x'.repeat(2000));
  assert.equal(onlyError(await read([path], { maxDocumentBytes: 1000 })).reason,
    '2.0 kB is over the 1000 bytes limit for one article (raise it with --max-bytes)');
  assert.equal(docsOf(await read([path], { maxDocumentBytes: 2000 })).length, 1);
});

test('a mis-encoded file is read with a warning, not rejected', async () => {
  const path = await ws.write('encoding/quotes.txt', Buffer.from([0x93, 0x4e, 0x6f, 0x94, 0x2c, 0x20, 0x68, 0x65, 0x20, 0x73, 0x61, 0x69, 0x64, 0x2e]));
  const [doc] = docsOf(await read([path]));
  assert.equal(doc?.content, '“No”, he said.');
  assert.equal(doc?.encoding, 'windows-1252');
  assert.deepEqual(doc?.diagnostics.map((d) => [d.ruleId, d.severity]), [['ingest/encoding', 'warning']]);
});

test('HTML declaring windows-1251 is decoded from its declaration', async () => {
  const page = Buffer.concat([
    Buffer.from('<html><head><meta charset="windows-1251"><title>'),
    Buffer.from([0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]), // Москва
    Buffer.from('</title></head><body></body></html>'),
  ]);
  const [doc] = docsOf(await read([await ws.write('encoding/page.html', page)]));
  assert.match(doc?.content ?? '', /<title>Москва<\/title>/);
  assert.equal(doc?.encoding, 'windows-1251');
});

test('a UTF-16 file with a BOM is text, not binary', async () => {
  const path = await ws.write('encoding/utf16.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Пекин', 'utf16le').swap16()]));
  const [doc] = docsOf(await read([path]));
  assert.deepEqual([doc?.content, doc?.encoding], ['Пекин', 'utf-16be']);
});
