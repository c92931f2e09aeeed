import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FileSystem } from './file-system.js';
import { nodeFileSystem } from './file-system.js';
import { readSources } from './read-sources.js';
import type { InputMode } from './source-document.js';
import { collectItems, createWorkspace, docsOf, errorsOf, onlyDoc, onlyError } from '../testing/test-workspace.js';
import type { Workspace } from '../testing/test-workspace.js';

let ws: Workspace;
before(async () => {
  ws = await createWorkspace();
});
after(() => ws.remove());

const read = (paths: string[], input: InputMode = 'auto', fs?: FileSystem) =>
  collectItems(readSources(paths, fs ? { input, fs } : { input }));

const PAGE = '<!doctype html><html><head><title>Talks</title></head><body><p>Kyiv and Moscow met.</p></body></html>';

test('text kinds by extension (.txt .md .text, any case), uri and origin are the path', async () => {
  for (const name of ['a.txt', 'b.md', 'c.text', 'D.TXT']) {
    const path = await ws.write(`kinds/${name}`, 'Moscow said on Monday.\n');
    const doc = onlyDoc(await read([path]));
    assert.deepEqual([doc.kind, doc.uri, doc.origin, doc.content, doc.encoding, doc.fromRecord], ['text', path, path, 'Moscow said on Monday.\n', 'utf-8', false]);
    assert.deepEqual(doc.given, {});
  }
});

test('HTML kinds by extension (.html .htm .xhtml)', async () => {
  for (const name of ['a.html', 'b.htm', 'c.XHTML']) {
    const doc = onlyDoc(await read([await ws.write(`html/${name}`, PAGE)]));
    assert.deepEqual([doc.kind, doc.content], ['html', PAGE]);
  }
});

test('.gz variants are decompressed and keep their inner kind', async () => {
  const text = onlyDoc(await read([await ws.write('gz/a.txt.gz', gzipSync('Beijing replied.'))]));
  assert.deepEqual([text.kind, text.content], ['text', 'Beijing replied.']);
  const html = onlyDoc(await read([await ws.write('gz/b.HTML.GZ', gzipSync(PAGE))]));
  assert.deepEqual([html.kind, html.content], ['html', PAGE]);
  const jsonl = await read([await ws.write('gz/c.jsonl.gz', gzipSync('{"id":"1","text":"x"}\n{"id":"2","text":"y"}\n'))]);
  assert.deepEqual(docsOf(jsonl).map((d) => d.uri), ['1', '2']);
  const json = onlyDoc(await read([await ws.write('gz/d.json.gz', gzipSync('{"uri":"u","html":"<p>x</p>"}'))]));
  assert.deepEqual([json.uri, json.kind], ['u', 'html']);
});

test('a directory is walked recursively in sorted order, skipping hidden and unsupported files', async () => {
  const root = 'tree';
  for (const file of ['b.txt', 'a/z.md', 'a/b/c.html', 'c.jsonl', '.hidden.txt', '.git/x.txt', 'image.png', 'notes', 'a/y.TXT'])
    await ws.write(`${root}/${file}`, file.endsWith('.jsonl') ? '{"id":"rec","text":"r"}\n' : `<p>${file}</p>`);
  const items = await read([ws.path(root)]);
  assert.deepEqual(errorsOf(items), []);
  assert.deepEqual(docsOf(items).map((d) => d.origin.slice(ws.path(root).length + 1)), [
    join('a', 'b', 'c.html'),
    join('a', 'y.TXT'),
    join('a', 'z.md'),
    'b.txt',
    'c.jsonl:1',
  ]);
});

test('paths are read in the order given; a missing one fails alone', async () => {
  const one = await ws.write('order/1.txt', 'one');
  const two = await ws.write('order/2.txt', 'two');
  const items = await read([two, ws.path('order/missing.txt'), one]);
  assert.deepEqual(items.map((i) => (i.ok ? i.doc.content : i.error.message)), ['two', `${ws.path('order/missing.txt')}: file not found`, 'one']);
});

test('a symlink loop is walked once', async () => {
  await ws.write('loop/a.txt', 'a');
  await symlink(ws.path('loop'), ws.path('loop/again'));
  const items = await read([ws.path('loop')]);
  assert.deepEqual(docsOf(items).map((d) => d.content), ['a']);
});

test('an unreadable directory fails alone; its siblings are read', async () => {
  await ws.write('locked/ok/a.txt', 'fine');
  await ws.write('locked/secret/b.txt', 'hidden');
  const locked = ws.path('locked/secret');
  // A real file system that refuses one directory, as chmod 000 would for a non-root user.
  const fs: FileSystem = {
    ...nodeFileSystem,
    readdir: (path) => (path === locked ? Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) : nodeFileSystem.readdir(path)),
  };
  const items = await read([ws.path('locked')], 'auto', fs);
  assert.deepEqual(docsOf(items).map((d) => d.content), ['fine']);
  assert.deepEqual(errorsOf(items).map((e) => [e.source, e.reason]), [[locked, 'cannot read directory: permission denied']]);
});

test('an unreadable file fails alone', async () => {
  const ok = await ws.write('unreadable/a.txt', 'fine');
  const denied = await ws.write('unreadable/b.txt', 'secret');
  // A real file system that refuses to open one file, as chmod 000 would for a non-root user.
  const fs: FileSystem = {
    ...nodeFileSystem,
    openRead: (path) => (path === denied ? refuse('EACCES') : nodeFileSystem.openRead(path)),
  };
  const items = await read([ws.path('unreadable')], 'auto', fs);
  assert.deepEqual(items.map((i) => (i.ok ? i.doc.uri : i.error.message)), [ok, `${denied}: permission denied`]);
});

async function* refuse(code: string): AsyncGenerator<Buffer> {
  yield* [];
  throw Object.assign(new Error(code), { code });
}

test('an explicit file with an odd extension is sniffed, or read as --input says', async () => {
  const page = await ws.write('odd/page.php', PAGE);
  const dump = await ws.write('odd/dump.log', '{"id":"r1","text":"first"}\n{"id":"r2","text":"second"}\n');
  assert.equal(onlyDoc(await read([page])).kind, 'html');
  assert.deepEqual(docsOf(await read([dump])).map((d) => d.uri), ['r1', 'r2']);
  assert.equal(onlyDoc(await read([page], 'text')).kind, 'text');
  assert.equal(onlyDoc(await read([await ws.write('odd/a.txt', '<p>x</p>')], 'html')).kind, 'html');
});

test('a gzip file without .gz is recognised by its magic bytes', async () => {
  const doc = onlyDoc(await read([await ws.write('magic/article.txt', gzipSync('compressed body'))]));
  assert.equal(doc.content, 'compressed body');
});

test('a file that is not gzip but named .gz is corrupt', async () => {
  const error = onlyError(await read([await ws.write('magic/fake.txt.gz', 'plain text')]));
  assert.equal(error.reason, 'corrupt gzip: incorrect header check');
});

test('stopping early releases the files (no hang, no leak of the rest)', async () => {
  for (let i = 0; i < 5; i += 1) await ws.write(`early/${i}.txt`, `doc ${i}`);
  let seen = 0;
  for await (const item of readSources([ws.path('early')], { input: 'auto' })) {
    assert.equal(item.ok, true);
    seen += 1;
    if (seen === 2) break;
  }
  assert.equal(seen, 2);
});
