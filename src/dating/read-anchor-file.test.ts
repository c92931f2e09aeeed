// The dating anchors file: the bundled one loads and its phrases match as documented; a bad file
// or entry fails the whole load with a DataFileError naming the file and the entry.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DataFileError } from '../core/errors.js';
import { compilePhrases, wholeWords } from './anchor-phrase.js';
import { defaultAnchors, readAnchorFile } from './read-anchor-file.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-anchors-'));
let n = 0;
const file = (content: unknown): string => {
  const path = join(dir, `anchors-${n++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const envelope = (entries: unknown[]): unknown => ({ $schema: 'entente/dating/anchors', version: 1, entries });
const good = { id: 'test-summit', label: 'the test summit', date: '2022-06-28', names: ['test summit in Madrid'] };

const fails = (path: string, pattern: RegExp): void => {
  assert.throws(() => readAnchorFile(path), (e: unknown) => {
    assert.ok(e instanceof DataFileError, String(e));
    assert.equal(e.file, path);
    assert.match(e.reason, pattern);
    return true;
  });
};

test('the bundled anchors load, with unique ids and real dates', () => {
  const anchors = defaultAnchors();
  assert.ok(anchors.length >= 40, `${anchors.length} anchors`);
  assert.equal(new Set(anchors.map((a) => a.id)).size, anchors.length);
  const war = anchors.find((a) => a.id === 'russia-invades-ukraine');
  assert.equal(war?.iso, '2022-02-24');
});

test('a valid file loads and its phrases match', () => {
  const [a] = readAnchorFile(file(envelope([good])));
  assert.equal(a?.id, 'test-summit');
  assert.ok(a?.names && wholeWords(a.names).test('after the Test  Summit in Madrid ended'));
});

test('not JSON: DataFileError naming the file', () => {
  fails(file('{ "entries": ['), /not valid JSON/);
});

test('wrong format: DataFileError with the expected shape', () => {
  fails(file({ $schema: 'entente/events/triggers', version: 1, entries: [] }), /not a dating anchors file.*\$schema/);
});

test('a bad date names the entry', () => {
  fails(file(envelope([good, { ...good, id: 'bad-day', date: '2022-02-30' }])), /entries\[1\] "bad-day": date: is not a calendar date/);
});

test('a duplicate id, a bad phrase and an entry without phrases are all reported', () => {
  const path = file(envelope([good, { ...good }, { ...good, id: 'gap-first', names: ['... summit'] }, { ...good, id: 'no-phrases', names: [] }]));
  fails(path, /3 problems/);
  fails(path, /entries\[1\] "test-summit": duplicate id/);
  fails(path, /entries\[2\] "gap-first": names\.0: phrase "\.\.\. summit" must not start or end with \.\.\./);
  fails(path, /entries\[3\] "no-phrases": names: needs at least one phrase/);
});

test('phrases: gaps, alternatives, apostrophes, dashes and whole words', () => {
  const re = compilePhrases(["Russia's ... invasion of Ukraine", 'Russia-Ukraine war|conflict'])!;
  const all = (s: string): string[] => [...s.matchAll(re)].map((m) => m[0]);
  assert.deepEqual(all('Russia’s brutal full-scale invasion of Ukraine'), ['Russia’s brutal full-scale invasion of Ukraine']);
  assert.deepEqual(all('the Russia–Ukraine conflict and the Russia Ukraine war'), ['Russia–Ukraine conflict', 'Russia Ukraine war']);
  assert.deepEqual(all('the Russia-Ukraine warfare'), [], 'whole words only');
  assert.deepEqual(all("Russia's long, slow invasion of Ukraine"), [], 'a gap does not cross punctuation');
});
