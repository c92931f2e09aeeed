// Users' own dictionaries: each bad entry is one diagnostic naming file, line and entry, and
// the rest of the file still loads; a file that is no dictionary at all is a DataFileError.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError } from '../core/errors.js';
import { loadGazetteer } from './load-gazetteer.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-actors-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** 1-based line of the entry whose text contains `needle` (its opening brace is a line above). */
const entryLine = (file: string, needle: string): number =>
  readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));

const write = (name: string, content: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
};
const dictionary = (format: string, entries: unknown[]) => ({ $schema: `entente/actors/${format}`, version: 1, entries });

test('a malformed entry, a duplicate name and an unknown code: three diagnostics, the rest loads', () => {
  const file = write('my-outlets.json', dictionary('organisations', [
    { id: 'media:meduza', kind: 'media', name: 'Meduza', country: 'LVA', code: 'LVAMED' },
    { id: 'media:broken', kind: 'media', name: 'Broken', country: 'RUS' },
    { id: 'media:kremlin-watch', kind: 'media', name: 'Kremlin Watch', names: ['the Kremlin'], country: 'CZE', code: 'CZEMED' },
    { id: 'media:nowhere-news', kind: 'media', name: 'Nowhere News', country: 'ZZZ', code: 'ZZZMED' },
    { id: 'media:novaya-gazeta', kind: 'media', name: 'Novaya Gazeta', country: 'RUS', code: 'RUSMED' },
  ]));
  const { gazetteer, diagnostics } = loadGazetteer({ extra: [file] });
  const reasons = diagnostics.map((d) => d.reason);
  assert.equal(reasons.length, 3, reasons.join('\n'));
  assert.ok(diagnostics.every((d) => d.ruleId === 'actors/dictionary'));
  const [malformed, duplicate, unknown] = reasons as [string, string, string];
  assert.equal(malformed, `${file}:${entryLine(file, '"media:broken"')}: entries[1] "media:broken": malformed entry, skipped: code: missing`);
  assert.match(duplicate, new RegExp(`^${file}:${entryLine(file, '"media:kremlin-watch"')}: entries\\[2\\] "media:kremlin-watch": duplicate name "the Kremlin": already RUS \\(RUSGOV\\) at .*states\\.json:\\d+: entries\\[\\d+\\] "RUS"`));
  assert.match(unknown, new RegExp(`^${file}:${entryLine(file, '"media:nowhere-news"')}: entries\\[3\\] "media:nowhere-news": unknown code "ZZZ" in country .*entry skipped$`));
  assert.equal(gazetteer.files.at(-1), file);
  const ids = gazetteer.organisations.map((o) => o.id);
  for (const id of ['media:meduza', 'media:kremlin-watch', 'media:novaya-gazeta']) assert.ok(ids.includes(id), id);
  assert.ok(!ids.includes('media:broken') && !ids.includes('media:nowhere-news'));
  // The duplicate name stays with its first owner; the entry keeps its other names.
  assert.deepEqual(gazetteer.organisations.find((o) => o.id === 'media:kremlin-watch')?.names, []);
  assert.equal(gazetteer.states.find((s) => s.code === 'RUS')?.seats.some((s) => s.name === 'Kremlin'), true);
});

test('a user entry with a known id adds aliases to the default actor', () => {
  const file = write('aliases.json', dictionary('states', [{ code: 'RUS', name: 'Russia', status: 'member', names: ['Rashka'] }]));
  const { gazetteer, diagnostics } = loadGazetteer({ extra: [file] });
  assert.deepEqual(diagnostics, []);
  const russia = gazetteer.states.filter((s) => s.code === 'RUS');
  assert.equal(russia.length, 1);
  assert.ok(russia[0]?.names.includes('Rashka') && russia[0]?.names.includes('Russian Federation'));
});

test('people may share a name unless it gives two codes at one date', () => {
  const file = write('people.json', dictionary('people', [
    { id: 'person:boris-johnson-2', name: 'B. Johnson', aliases: ['Johnson'],
      offices: [{ role: 'minister', country: 'USA', code: 'USAGOV', from: '2020-01-01', to: '2021-01-01' }] },
    { id: 'person:other-bush', name: 'Jeb Bush', aliases: ['Bush'],
      offices: [{ role: 'other', country: 'USA', code: 'USAGOV', from: '1999-01-05', to: '2007-01-02' }] },
    { id: 'person:bad-office', name: 'Somebody', offices: [
      { role: 'minister', country: 'FRA', code: 'FRAGOV', from: '2020-01-01', to: null },
      { role: 'minister', country: 'XYZ', code: 'XYZGOV', from: '2020-01-01', to: null },
    ] },
  ]));
  const { gazetteer, diagnostics } = loadGazetteer({ extra: [file] });
  const reasons = diagnostics.map((d) => d.reason);
  assert.equal(reasons.length, 2, reasons.join('\n'));
  assert.match(reasons[0] ?? '', /entries\[0\] "person:boris-johnson-2": duplicate name "Johnson": already person:boris-johnson, who held an office as GBRGOV/);
  assert.match(reasons[1] ?? '', /entries\[2\] "person:bad-office": unknown code "XYZ \(offices\[1\]\)" in offices .*those offices ignored/);
  assert.deepEqual(gazetteer.people.find((p) => p.id === 'person:boris-johnson-2')?.aliases, []);
  assert.deepEqual(gazetteer.people.find((p) => p.id === 'person:other-bush')?.aliases, ['Bush']); // same code: no clash
  assert.equal(gazetteer.people.find((p) => p.id === 'person:bad-office')?.offices.length, 1);
});

test('a role phrase with a second code is reported', () => {
  const file = write('roles.json', dictionary('roles', [{ phrases: ['army', 'legion'], code: 'REB', refersTo: 'group' }]));
  const { gazetteer, diagnostics } = loadGazetteer({ extra: [file] });
  assert.equal(diagnostics.length, 1);
  assert.match(diagnostics[0]?.reason ?? '', /duplicate name "army": already role code MIL/);
  assert.deepEqual(gazetteer.roles.at(-1)?.phrases, ['legion']);
});

test('a file that is not a dictionary at all is a DataFileError naming it', () => {
  const notJson = write('broken.json', '{ "$schema": "entente/actors/states", ');
  assert.throws(() => loadGazetteer({ extra: [notJson] }),
    (e: unknown) => e instanceof DataFileError && e.file === notJson && e.reason.startsWith('not valid JSON'));
  const wrongFormat = write('wrong.json', { $schema: 'something/else', version: 1, entries: [] });
  assert.throws(() => loadGazetteer({ extra: [wrongFormat] }),
    (e: unknown) => e instanceof DataFileError && /not an actor dictionary \(\$schema: /.test(e.reason));
  const missing = join(dir, 'missing.json');
  assert.throws(() => loadGazetteer({ extra: [missing] }), (e: unknown) => e instanceof DataFileError && e.file === missing);
});
