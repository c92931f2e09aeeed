import assert from 'node:assert/strict';
import { test } from 'node:test';
import { binaryReason } from './binary-check.js';
import { isGzipMagic, sniffFormat, startsWithRecordLine } from './sniff-format.js';
import { gzipSync } from 'node:zlib';

const sniff = (text: string, complete = true): string => sniffFormat(Buffer.from(text, 'utf8'), complete);

test('JSON lines, a JSON object and a JSON array of records', () => {
  assert.equal(sniff('{"id": 1}\n\n{"id": 2}\n'), 'jsonl');
  assert.equal(sniff('{\n  "id": "a",\n  "text": "b"\n}\n'), 'json');
  assert.equal(sniff('  [\n {"id": 1}]'), 'json');
  // The sample may stop mid-line: the fragment after the last newline is not judged.
  assert.equal(sniff('{"id": 1}\n{"id": 2}\n"text": "cut her', false), 'jsonl');
  // One bad line does not turn a dump into a document: the reader reports that line.
  assert.equal(sniff('{"id": 1}\n{"id": 2}\nnot json\n'), 'jsonl');
  assert.equal(sniff('{"id": 1, "text": "a single record"}'), 'jsonl');
});

test('a stream can be sniffed as soon as its first line is a record', () => {
  assert.equal(startsWithRecordLine(Buffer.from('{"id": 1}\n{"i')), true);
  assert.equal(startsWithRecordLine(Buffer.from('{"id": 1, "te')), false);
  assert.equal(startsWithRecordLine(Buffer.from('{\n  "id": 1')), false);
  assert.equal(startsWithRecordLine(Buffer.from('<p>hello</p>\n')), false);
});

test('HTML by doctype, root element, XML prologue, or many tags', () => {
  assert.equal(sniff('\n<!DOCTYPE html><title>x</title>'), 'html');
  assert.equal(sniff('<html lang="en">'), 'html');
  assert.equal(sniff('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'html');
  assert.equal(sniff('<div><p>One</p><p>Two</p><br></div>'), 'html');
});

test('anything else is text, including prose with a bracket or a stray tag', () => {
  assert.equal(sniff('[Reuters] Moscow said on Monday...'), 'text');
  assert.equal(sniff('Prices rose <b>sharply</b> as 3 < 4.'), 'text');
  assert.equal(sniff('2024/05/2100:38:33 international 1388\nTitle'), 'text');
});

test('gzip magic bytes', () => {
  assert.equal(isGzipMagic(gzipSync('x')), true);
  assert.equal(isGzipMagic(Buffer.from('x')), false);
});

test('binary: NUL bytes or many control bytes; UTF-16 with a BOM is text', () => {
  assert.match(binaryReason(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])) ?? '', /NUL bytes/);
  assert.match(binaryReason(Buffer.from('ab\x01\x02\x03\x04cd', 'latin1')) ?? '', /50% of its first 8 bytes are control bytes/);
  assert.equal(binaryReason(Buffer.from('tab\tnew\nline\r\nfeed\f')), null);
  assert.equal(binaryReason(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('text', 'utf16le')])), null);
});
