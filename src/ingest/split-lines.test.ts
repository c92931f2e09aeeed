import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitLines } from './split-lines.js';
import type { Line } from './split-lines.js';

async function lines(chunks: string[], maxBytes = 1000): Promise<(string | number)[][]> {
  const out: (string | number)[][] = [];
  const source = (async function* () {
    for (const chunk of chunks) yield Buffer.from(chunk, 'utf8');
  })();
  for await (const line of splitLines(source, maxBytes)) out.push(show(line));
  return out;
}

const show = (line: Line): (string | number)[] =>
  'oversize' in line ? [line.number, 'oversize', line.oversize] : [line.number, line.bytes.toString('utf8')];

test('lines are numbered from 1 and lose their line endings (LF and CRLF)', async () => {
  assert.deepEqual(await lines(['a\nb\r\n\nc']), [[1, 'a'], [2, 'b'], [3, ''], [4, 'c']]);
});

test('a line split across chunks is joined, a final newline adds no empty line', async () => {
  assert.deepEqual(await lines(['{"a"', ':1}\n{"b"', '', ':2}\n']), [[1, '{"a":1}'], [2, '{"b":2}']]);
});

test('a multi-byte character split across chunks survives', async () => {
  const bytes = Buffer.from('Київ\n', 'utf8');
  const source = (async function* () {
    yield bytes.subarray(0, 3);
    yield bytes.subarray(3);
  })();
  const out: Line[] = [];
  for await (const line of splitLines(source, 100)) out.push(line);
  assert.deepEqual(out.map(show), [[1, 'Київ']]);
});

test('an overlong line is reported with its size and the next line is read', async () => {
  assert.deepEqual(await lines(['short\n', 'x'.repeat(6), 'y'.repeat(6), '\nok\n'], 10), [
    [1, 'short'],
    [2, 'oversize', 12],
    [3, 'ok'],
  ]);
});
