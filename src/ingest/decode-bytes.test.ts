import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes } from './decode-bytes.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

const ruleIds = (d: ReturnType<typeof decodeBytes>): string[] => d.diagnostics.map((x) => x.ruleId);

test('plain UTF-8 decodes without diagnostics', () => {
  const d = decodeBytes(Buffer.from('Zelensky said “no” in Kyiv — 乌东', 'utf8'));
  assert.equal(d.text, 'Zelensky said “no” in Kyiv — 乌东');
  assert.equal(d.encoding, 'utf-8');
  assert.deepEqual(d.diagnostics, []);
});

test('a UTF-8 BOM is removed', () => {
  const d = decodeBytes(bytes([0xef, 0xbb, 0xbf], 'hello'));
  assert.equal(d.text, 'hello');
  assert.equal(d.encoding, 'utf-8');
});

test('UTF-16 LE and BE are recognised by their BOM', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Київ “x”', 'utf16le')]);
  assert.deepEqual([decodeBytes(le).text, decodeBytes(le).encoding], ['Київ “x”', 'utf-16le']);
  const be = Buffer.from(le.subarray(2)).swap16();
  const d = decodeBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
  assert.deepEqual([d.text, d.encoding], ['Київ “x”', 'utf-16be']);
});

test('windows-1252 curly quotes decode correctly, with an encoding warning', () => {
  const d = decodeBytes(bytes('The minister said ', [0x93], 'we will not retreat', [0x94], ' on Monday.'));
  assert.equal(d.text, 'The minister said “we will not retreat” on Monday.');
  assert.equal(d.encoding, 'windows-1252');
  assert.deepEqual(ruleIds(d), ['ingest/encoding']);
  assert.match(d.diagnostics[0]?.reason ?? '', /not valid UTF-8.*windows-1252/);
  assert.equal(d.diagnostics[0]?.severity, 'warning');
});

test('HTML declaring windows-1251 decodes its Cyrillic bytes', () => {
  const cyrillic = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0]); // Привет, мир
  const page = Buffer.concat([
    Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body><p>'),
    cyrillic,
    Buffer.from('</p></body></html>'),
  ]);
  const d = decodeBytes(page, { html: true });
  assert.equal(d.encoding, 'windows-1251');
  assert.match(d.text, /<p>Привет, мир<\/p>/);
  assert.deepEqual(d.diagnostics, []);
});

test('<meta charset> and the XML declaration are both read', () => {
  const body = Buffer.from([0xe9, 0x74, 0xe9]); // été in latin1
  const meta = decodeBytes(Buffer.concat([Buffer.from('<meta charset="ISO-8859-1"><p>'), body]), { html: true });
  assert.equal(meta.encoding, 'windows-1252'); // the WHATWG name for the latin1 label
  assert.match(meta.text, /été$/);
  const xml = decodeBytes(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="iso-8859-15"?><html><p>'), body]), { html: true });
  assert.equal(xml.encoding, 'iso-8859-15');
});

test('a page declaring a legacy charset but holding valid UTF-8 is read as UTF-8', () => {
  const d = decodeBytes(Buffer.from('<meta charset="windows-1251"><p>Привет</p>', 'utf8'), { html: true });
  assert.equal(d.encoding, 'utf-8');
  assert.match(d.text, /Привет/);
  assert.deepEqual(ruleIds(d), ['ingest/encoding']);
});

test('a page declaring utf-8 with invalid bytes falls back to a guess and says so', () => {
  const d = decodeBytes(bytes('<meta charset="utf-8"><p>', [0x93], 'quoted', [0x94], '</p>'), { html: true });
  assert.equal(d.encoding, 'windows-1252');
  assert.match(d.diagnostics[0]?.reason ?? '', /declares utf-8/);
});

test('a charset declaration is ignored for plain text', () => {
  const d = decodeBytes(Buffer.from('<meta charset="windows-1251"> Привет', 'utf8'));
  assert.equal(d.encoding, 'utf-8');
  assert.deepEqual(d.diagnostics, []);
});

test('replacement characters are counted', () => {
  const d = decodeBytes(Buffer.from('lost \uFFFD and \uFFFD', 'utf8'));
  assert.deepEqual(ruleIds(d), ['ingest/replacement-chars']);
  assert.match(d.diagnostics[0]?.reason ?? '', /^2 replacement/);
});

test('never throws, whatever the bytes', () => {
  let seed = 7;
  for (let round = 0; round < 200; round += 1) {
    const noise = Buffer.alloc(64 + round, 0).map(() => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff);
    const d = decodeBytes(noise, { html: round % 2 === 0 });
    assert.equal(typeof d.text, 'string');
    assert.equal(typeof d.encoding, 'string');
  }
});

test('windows-1252 maps all of 0x80–0x9F as browsers do, whatever the Node version', () => {
  const d = decodeBytes(bytes('<meta charset="latin1">', [0x80, 0x85, 0x8a, 0x91, 0x92, 0x96, 0x97, 0x9f, 0x81, 0xe9]), { html: true });
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.text.slice('<meta charset="latin1">'.length), '€…Š‘’–—Ÿ\u0081é');
});
