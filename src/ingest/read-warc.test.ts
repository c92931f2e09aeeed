import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { collectItems, createWorkspace, docsOf } from '../testing/test-workspace.js';
import { readSources } from './read-sources.js';
import type { IngestItem } from './source-document.js';
import { articleHtml } from './test-http-server.js';

const failures = (items: readonly IngestItem[]): string[] => items.flatMap((i) => (i.ok ? [] : [i.error.message]));

function record(type: string, uri: string, block: Buffer | string, extra = ''): Buffer {
  const content = Buffer.from(block);
  const head = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2024-05-14T09:10:11Z\r\nWARC-Record-ID: <urn:uuid:${uri.length}>\r\n${extra}Content-Length: ${content.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), content, Buffer.from('\r\n\r\n')]);
}

const httpResponse = (status: string, type: string, body: Buffer | string, extra = ''): Buffer =>
  Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\nContent-Type: ${type}\r\n${extra}\r\n`), Buffer.from(body)]);

const chunked = (s: string): string => `${Buffer.byteLength(s).toString(16)}\r\n${s}\r\n0\r\n\r\n`;

const records = (): Buffer[] => [
  record('warcinfo', '', 'software: test\r\n'),
  record('request', 'https://wire.example/a', 'GET /a HTTP/1.1\r\n\r\n'),
  record('response', 'https://wire.example/a', httpResponse('200 OK', 'text/html; charset=utf-8', articleHtml('Talks in Vienna', 'The envoys talked for hours.', '<meta property="og:url" content="https://wire.example/a?utm_medium=x">'))),
  record('response', 'https://wire.example/logo.png', httpResponse('200 OK', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))),
  record('response', 'https://wire.example/old', httpResponse('301 Moved Permanently', 'text/html', '<a href="/a">moved</a>')),
  record('response', 'https://wire.example/b', httpResponse('200 OK', 'text/plain', chunked('Plain report on the ceasefire.'), 'Transfer-Encoding: chunked\r\n')),
  record('response', 'https://wire.example/c', httpResponse('200 OK', 'text/html', gzipSync(articleHtml('Compressed', 'A gzip-coded body.')), 'Content-Encoding: gzip\r\n')),
];

function checkDocs(items: readonly IngestItem[]): void {
  const docs = docsOf(items);
  assert.deepEqual(docs.map((d) => d.uri), ['https://wire.example/a', 'https://wire.example/b', 'https://wire.example/c']);
  assert.equal(docs[0]?.kind, 'html');
  assert.equal(docs[0]?.canonicalUrl, 'https://wire.example/a');
  assert.deepEqual(docs[0]?.hints, { published: '2024-05-14T09:10:11Z' });
  assert.equal(docs[1]?.kind, 'text');
  assert.equal(docs[1]?.content, 'Plain report on the ceasefire.');
  assert.match(docs[2]?.content ?? '', /A gzip-coded body/);
  assert.match(docs[0]?.origin ?? '', /\.warc(\.gz)?@\d+$/);
}

test('a WARC, plain and gzipped per record: HTML and text responses become documents, the rest is skipped', async () => {
  const ws = await createWorkspace();
  try {
    const plain = await ws.write('crawl.warc', Buffer.concat(records()));
    const gz = await ws.write('crawl.warc.gz', Buffer.concat(records().map((r) => gzipSync(r))));
    for (const path of [plain, gz]) {
      const items = await collectItems(readSources([path], { input: 'auto' }));
      assert.deepEqual(failures(items), [], path);
      checkDocs(items);
    }
    // Found inside folders too.
    assert.equal(docsOf(await collectItems(readSources([ws.dir], { input: 'auto' }))).length, 6);
  } finally {
    await ws.remove();
  }
});

test('a truncated record is a failure naming the file and the record offset; earlier records still arrive', async () => {
  const ws = await createWorkspace();
  try {
    const all = records();
    const whole = Buffer.concat(all);
    const lastOffset = whole.length - (all.at(-1)?.length ?? 0);
    const cut = await ws.write('cut.warc', whole.subarray(0, whole.length - 60));
    const items = await collectItems(readSources([cut], { input: 'auto' }));
    assert.deepEqual(docsOf(items).map((d) => d.uri), ['https://wire.example/a', 'https://wire.example/b']);
    assert.equal(failures(items).length, 1);
    assert.match(failures(items)[0] ?? '', new RegExp(`^${cut.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: record at offset ${lastOffset}: truncated record: \\d+ of \\d+ content bytes$`));

    const gzParts = all.map((r) => gzipSync(r));
    const lastGz = gzParts.pop() ?? Buffer.alloc(0);
    const cutGz = await ws.write('cut.warc.gz', Buffer.concat([...gzParts, lastGz.subarray(0, lastGz.length - 30)]));
    const gzItems = await collectItems(readSources([cutGz], { input: 'auto' }));
    assert.deepEqual(docsOf(gzItems).map((d) => d.uri), ['https://wire.example/a', 'https://wire.example/b']);
    assert.equal(failures(gzItems).length, 1);
    assert.match(failures(gzItems)[0] ?? '', /cut\.warc\.gz: (?:truncated gzip|record at offset \(in the decompressed stream\) \d+: truncated record)/);
    // Cut inside a header: said so, not called malformed.
    const inHeader = await ws.write('header.warc', whole.subarray(0, lastOffset + 30));
    assert.deepEqual(failures(await collectItems(readSources([inHeader], { input: 'auto' }))), [`${inHeader}: record at offset ${lastOffset}: corrupt record: truncated in its header`]);
  } finally {
    await ws.remove();
  }
});

test('a corrupt record in the middle is reported and reading resumes at the next record', async () => {
  const ws = await createWorkspace();
  try {
    const all = records();
    const broken = Buffer.from('WARC/1.0\r\nWARC-Type: response\r\nthis line has no colon\r\n\r\n<html>junk</html>\r\n\r\n');
    const path = await ws.write('mixed.warc', Buffer.concat([...all.slice(0, 3), broken, ...all.slice(3)]));
    const offset = Buffer.concat(all.slice(0, 3)).length;
    const items = await collectItems(readSources([path], { input: 'auto' }));
    assert.deepEqual(failures(items), [`${path}: record at offset ${offset}: corrupt record: malformed header line "this line has no colon"`]);
    assert.equal(docsOf(items).length, 3);
  } finally {
    await ws.remove();
  }
});
