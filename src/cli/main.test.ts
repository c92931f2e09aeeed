import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCliCaptured } from '../testing/run-cli.js';

const run = runCliCaptured;

const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, 'Serbia and Kosovo resume talks in Brussels\n\n2023/09/1411:20:05 world 311\n\nThe EU envoy met both delegations on Thursday.However, no agreement was reached.\n\nSource: Balkan Wire');
writeFileSync(b, 'Armenia asks for observers\n\nYerevan asked the OSCE to send observers to the border.');

test('analyze --format jsonl prints one complete Analysis per article', async () => {
  const r = await run(['analyze', a, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 1);
  const x = JSON.parse(lines[0]!);
  assert.equal(x.uri, a);
  assert.equal(x.title, 'Serbia and Kosovo resume talks in Brussels');
  assert.equal(x.published, '2023-09-14T11:20:05');
  assert.equal(x.category, 'world');
  assert.equal(x.views, 311);
  assert.deepEqual(x.citedSources, ['Balkan Wire']);
  assert.equal(x.language, 'en');
  assert.equal(x.sentences.length, 2, 'the glued sentence boundary is found');
  assert.deepEqual(x.actors.map((a: { id: string; code: string }) => [a.id, a.code]), [['EUGOV', 'EUGOV']], 'the EU envoy');
  for (const k of ['events', 'quotes', 'stance', 'techniques', 'narratives']) assert.deepEqual(x[k], [], k);
  assert.equal(x.contentDate, null);
  assert.equal(x.recycled, null);
  assert.match(x.id, /^[0-9a-f]{24}$/);
});

test('--format json is an object for one article and an array for several', async () => {
  assert.equal(Array.isArray(JSON.parse((await run(['analyze', a])).out)), false);
  const both = JSON.parse((await run(['analyze', a, b])).out);
  assert.ok(Array.isArray(both));
  assert.equal(both.length, 2);
});

test('a failed source is named on stderr, the others still print, exit code 1', async () => {
  const r = await run(['analyze', join(dir, 'missing.txt'), b, '--format', 'jsonl']);
  assert.equal(r.code, 1);
  assert.match(r.err, /missing\.txt/);
  assert.equal(r.out.trim().split('\n').length, 1);
});

test('standard input', async () => {
  const r = await run(['analyze', '-', '--input', 'text', '--format', 'jsonl'], 'A title\n\nThe body of the piece.');
  assert.equal(r.code, 0, r.err);
  assert.equal(JSON.parse(r.out).text, 'The body of the piece.');
});

test('text format is a readable summary', async () => {
  const r = await run(['analyze', a, '--format', 'text']);
  assert.match(r.out, /^# Serbia and Kosovo resume talks in Brussels/);
  assert.match(r.out, /removed +title, metadata header, cited source trailer/);
});

test('bad usage exits 2', async () => {
  assert.equal((await run(['analyze', a, '--format', 'xml'])).code, 2);
  assert.equal((await run(['analyze'])).code, 2);
  assert.equal((await run(['no-such-command'])).code, 2);
  assert.equal((await run(['analyze', a, '--max-bytes', '-3'])).code, 2);
});

test('eval scores a folder of references', async () => {
  const gold = mkdtempSync(join(tmpdir(), 'entente-gold-'));
  writeFileSync(join(gold, 'a.txt'), 'Serbia and Kosovo resume talks\n\n2023-09-14 2 By\n\nThe EU envoy met both delegations.');
  writeFileSync(join(gold, 'a.json'), JSON.stringify({ file: 'a.txt', meta: { title_startsWith: 'Serbia and Kosovo', published: '2023-09-14', views: 2 }, text_mustNotContain: ['2023-09-14 2 By'], text_mustContain: ['The EU envoy met both delegations.'] }));
  const r = await run(['eval', '--gold', gold]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^meta: 3\/3$/m);
  assert.match(r.out, /^text: 2\/2$/m);
  assert.match(r.out, /checks 5\/5 \(100%\)/);
});

test('eval rejects a malformed reference file with its name', async () => {
  const gold = mkdtempSync(join(tmpdir(), 'entente-gold-'));
  writeFileSync(join(gold, 'bad.json'), JSON.stringify({ meta: {} }));
  const r = await run(['eval', '--gold', gold]);
  assert.equal(r.code, 2);
  assert.match(r.err, /bad\.json/);
});

test('analyze reads PETRARCH agent and verb dictionaries: composed actors, their codes, what was skipped on stderr', async () => {
  const actors = join(dir, 'realm.actors.txt');
  writeFileSync(actors, 'ZEMBLA [ZEM]\nRURITANIA [RUR]\n');
  const agents = join(dir, 'realm.agents.txt');
  writeFileSync(agents, 'CONSTABULARY {} [~COP]\nCABINET [~GOV]\n');
  const verbs = join(dir, 'realm.verbs.txt');
  writeFileSync(verbs, '--- SNUB [111] ---\nSNUB\n- * ENVOY [1717]\n- $ * CONSUL $ [050]\n');
  const text = join(dir, 'realm.txt');
  writeFileSync(text, 'Border report\n\nThe Zembla cabinet snubbed the envoy of Ruritania constabulary.');
  const r = await run(['analyze', text, '--actors', actors, agents, '--triggers', verbs, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /realm\.verbs\.txt: 1 verbs in 1 blocks; 2 patterns, 1 expressed, 1 skipped \(1 actor markers placing source and target both ways \(\$ \+\)\)/);
  assert.match(r.err, /realm\.verbs\.txt: code 1717 is not in the CAMEO catalogue/);
  const x = JSON.parse(r.out);
  assert.deepEqual(x.actors.map((a: { code: string }) => a.code), ['ZEMGOV', 'RURCOP']);
  assert.deepEqual(x.events.map((e: { source: { code: string }; target: { code: string }; cameo: string; goldstein: number }) => [e.source.code, e.target.code, e.cameo, e.goldstein]),
    [['ZEMGOV', 'RURCOP', '1717', -9.2]]);
});

test('analyze --actors reads a PETRARCH dictionary; a bad line is a warning naming file and line', async () => {
  const dict = join(dir, 'mine.actors.txt');
  writeFileSync(dict, 'GONDOR [GON]\n+MINAS_TIRITH\nBROKEN [NOT CLOSED\nMORDOR [MOR]\n');
  const text = join(dir, 'lotr.txt');
  writeFileSync(text, 'Council report\n\nMinas Tirith asked Mordor to withdraw.');
  const r = await run(['analyze', text, '--actors', dict, '--format', 'jsonl']);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /mine\.actors\.txt:3: /);
  const x = JSON.parse(r.out);
  assert.deepEqual(x.actors.map((a: { code: string; mentions: { text: string }[] }) => [a.code, a.mentions[0]?.text]), [['GON', 'Minas Tirith'], ['MOR', 'Mordor']]);
});
