// Loading narrative catalogues: the bundled file, then users' files replacing entries by id; any
// bad entry fails its whole file with a DataFileError naming the file and the entry.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { DataFileError } from '../core/errors.js';
import { fixture } from '../testing/paths.js';
import { defaultNarrativeCatalogueFile, loadNarrativeCatalogue } from './load-narrative-catalogue.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-narratives-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: unknown): string => {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
};

const catalogue = (narratives: unknown[], actorGroups: Record<string, unknown> = {}) =>
  ({ $schema: 'entente/narratives/catalogue', version: 1, actorGroups, narratives });

const entry = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: `Label of ${id}`,
  taxonomy: null,
  description: 'A narrative written for this test.',
  exemplars: ['An exemplar statement.'],
  stance: [{ group: 'west', polarity: 'negative', weight: 0.4 }],
  ...extra,
});

/** Loads `file` after the bundled catalogue and returns the DataFileError it must raise. */
function failure(file: string): DataFileError {
  try {
    loadNarrativeCatalogue([file]);
  } catch (e) {
    assert.ok(e instanceof DataFileError, `expected a DataFileError, got ${String(e)}`);
    return e;
  }
  assert.fail(`${file} loaded without error`);
}

test('a file that is not JSON is a DataFileError naming it', () => {
  const file = write('broken.json', '{ "narratives": [ ');
  const e = failure(file);
  assert.equal(e.file, file);
  assert.match(e.reason, /^not valid JSON/);
});

test('a file that is no narrative catalogue says what is expected', () => {
  const file = write('triggers.json', { $schema: 'entente/events/triggers', version: 1, verbs: [], nouns: [] });
  const e = failure(file);
  assert.equal(e.file, file);
  assert.match(e.reason, /not a narrative catalogue .*expected an object \{ "\$schema": "entente\/narratives\/catalogue"/);
});

test('an unknown field names the entry by index and id', () => {
  const file = write('unknown-field.json', catalogue([entry('fine'), entry('typo', { exemplar: ['x'] })]));
  const e = failure(file);
  assert.equal(e.file, file);
  assert.match(e.reason, /^1 problem in the narrative catalogue: narratives\[1\] "typo": .*exemplar/);
});

test('a duplicate id names both places', () => {
  const file = write('duplicate.json', catalogue([entry('twice'), entry('other'), entry('twice')]));
  const e = failure(file);
  assert.match(e.reason, /narratives\[2\] "twice": duplicate id, already at narratives\[0\] "twice"/);
});

test('an unknown actor group in a signature names the entry and the group', () => {
  const file = write('bad-group.json', catalogue([entry('bad-group', {
    events: [{ source: 'wesst', target: 'russia', cameo: ['19'], weight: 0.3 }],
  })]));
  const e = failure(file);
  assert.equal(e.file, file);
  assert.match(e.reason, /narratives\[0\] "bad-group": unknown actor group "wesst"/);
});

test('an unknown group inside a group, a missing parent and a taxonomy outside its parent are all listed', () => {
  const file = write('several.json', catalogue([
    entry('orphan', { parent: 'no-such-narrative' }),
    entry('misfiled', { parent: 'discrediting-ukraine', taxonomy: 'URW: Praise of Russia: Praise of Russian military might' }),
  ], { hawks: { countries: ['USA'], groups: ['doves'] } }));
  const e = failure(file);
  assert.match(e.reason, /^3 problems/);
  assert.match(e.reason, /actorGroups "hawks": groups: unknown actor group "doves"/);
  assert.match(e.reason, /narratives\[0\] "orphan": parent: no narrative "no-such-narrative"/);
  assert.match(e.reason, /narratives\[1\] "misfiled": taxonomy "URW: Praise of Russia: Praise of Russian military might" is not under its parent's "URW: Discrediting Ukraine"/);
});

test('a phrase that is no phrase and a narrative that could only ever match words are refused', () => {
  const badPhrase = write('bad-phrase.json', catalogue([entry('gappy', { cues: ['... war'] })]));
  assert.match(failure(badPhrase).reason, /narratives\[0\] "gappy": cues\.0\.phrase: phrase "\.\.\. war": must not start or end with \.\.\./);
  const wordsOnly = write('words-only.json', catalogue([entry('words-only', { stance: [], cues: ['proxy war'] })]));
  const e = failure(wordsOnly);
  assert.equal(e.file, wordsOnly);
  assert.match(e.reason, /narratives\[0\] "words-only": can never be reported/);
});

test('a group that includes itself is named with its path', () => {
  const file = write('group-cycle.json', catalogue([entry('fine')], { hawks: { groups: ['doves'] }, doves: { groups: ['hawks'] } }));
  const e = failure(file);
  assert.equal(e.file, file);
  assert.match(e.reason, /actorGroups "(hawks|doves)": includes itself: (hawks → doves → hawks|doves → hawks → doves)/);
});

test('a parent cycle is named with its path', () => {
  const file = write('cycle.json', catalogue([entry('chicken', { parent: 'egg' }), entry('egg', { parent: 'chicken' })]));
  assert.match(failure(file).reason, /parent cycle: (chicken → egg → chicken|egg → chicken → egg)/);
});

test("a user's file replaces a bundled narrative by id, in its place, and may use bundled groups and parents", () => {
  const bundled = loadNarrativeCatalogue();
  const file = fixture('narratives', 'analyst-catalogue.json');
  const merged = loadNarrativeCatalogue([file]);
  assert.deepEqual(merged.files, [defaultNarrativeCatalogueFile(), file]);
  const at = bundled.narratives.findIndex((n) => n.id === 'west-are-the-aggressors');
  const replaced = merged.narratives[at];
  assert.equal(replaced?.id, 'west-are-the-aggressors');
  assert.equal(replaced.label, "The West are the aggressors (analyst's version)");
  assert.equal(replaced.file, file);
  assert.equal(replaced.events.length, 1);
  assert.equal(merged.narratives.length, bundled.narratives.length + 1);
  const added = merged.narratives.at(-1);
  assert.equal(added?.id, 'baltics-are-next');
  assert.equal(added.parent, 'amplifying-war-related-fears');
  assert.equal(merged.groups.get('baltic-states')?.has({ id: 'EST', country: 'EST', code: 'EST' }), true);
});

test('only the given files are read when the bundled catalogue is left out', () => {
  const file = write('standalone.json', catalogue([entry('alone')], { west: { countries: ['USA'] } }));
  const c = loadNarrativeCatalogue([file], { bundled: false });
  assert.deepEqual(c.narratives.map((n) => n.id), ['alone']);
  assert.deepEqual(c.files, [file]);
});
