// SPEC §5 at the command line: one batch holding every kind of bad input named in the issue.
// Each bad source is named on stderr with its reason, the good ones are still analysed, and the
// exit code says that some failed.
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, ftruncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { runCliCaptured } from '../testing/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-bad-'));
const file = (name: string, content: string | Buffer): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

const good = file('good.txt', 'Talks in Geneva\n\nThe delegations met on Monday. They agreed to meet again.');
const empty = file('empty.txt', '');
const binary = file('binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0xff]));
const huge = join(dir, 'huge.txt');
const fd = openSync(huge, 'w');
ftruncateSync(fd, 200 * 2 ** 20); // sparse: 200 MB on paper, instant to make
closeSync(fd);
const dump = file('dump.jsonl', [
  JSON.stringify({ id: 'r1', text: 'Ankara hosted the talks.' }),
  '{"id": "r2", "text": ',
  JSON.stringify({ id: 'r3', title: 'no body' }),
  '[1, 2]',
  JSON.stringify({ id: 'r4', uri: 'https://example.org/r4', text: 'Baku and Yerevan exchanged prisoners.' }),
].join('\n'));
const whole = gzipSync(Buffer.from('A headline\n\nA body sentence that goes on and on. '.repeat(200)));
const truncated = file('cut.txt.gz', whole.subarray(0, whole.length >> 1));
const hostile = file('hostile.html', `<html><head><title>x<script>alert(1)</script></title></head><body>
<script>process.exit(9)</script><img src=x onerror="alert(1)">
<article><h1>Ceasefire holds</h1><p>The ceasefire held through the night, officials said on Tuesday morning in the capital.</p>
<p>Monitors reported no shelling along the line of contact for the first time in weeks.</p></article>
${'<div>'.repeat(10_000)}deep${'</div>'.repeat(10_000)}</body></html>`);

test('a batch of bad inputs: each named, the rest analysed, exit 1', async () => {
  const { code, out, err } = await runCliCaptured(['analyze', good, empty, binary, huge, dump, truncated, hostile, '--format', 'jsonl']);
  assert.equal(code, 1);
  const analyses = out.trim().split('\n').map((l) => JSON.parse(l) as { uri: string; text: string });
  const uris = analyses.map((a) => a.uri);
  assert.ok(uris.includes(good));
  assert.ok(uris.includes('r1') && uris.includes('https://example.org/r4'), 'valid JSONL lines around invalid ones');
  const page = analyses.find((a) => a.uri === hostile);
  assert.ok(page, 'hostile HTML is analysed, not fatal');
  assert.match(page.text, /ceasefire held/i);
  assert.doesNotMatch(page.text, /alert\(1\)|process\.exit/);
  for (const [name, why] of [['empty.txt', /empty/], ['binary.txt', /binary/], ['huge.txt', /MB is over the 32 MiB limit/], ['dump.jsonl:2', /JSON/], ['dump.jsonl:3', /text|html/], ['dump.jsonl:4', /object|record/], ['cut.txt.gz', /gzip|truncated|end of file/]] as const) {
    const line = err.split('\n').find((l) => l.includes(name));
    assert.ok(line, `${name} is named on stderr:\n${err}`);
    assert.match(line, why, line);
  }
});
