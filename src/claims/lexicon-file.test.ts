// The bundled stance lexicon loads and covers the vocabulary the stage is built for; a bad file
// fails loudly, naming the file and the entry; a user's file overrides by term and part of speech.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFileError } from '../core/errors.js';
import { defaultLexiconFile, defaultStanceLexicon, loadStanceLexicon } from './lexicon-file.js';
import { lookupForm } from './lexicon-index.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-lexicon-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function file(content: unknown): string {
  const path = join(dir, `lexicon-${(n += 1)}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}
const lexiconOf = (entries: unknown[]): unknown => ({ $schema: 'entente/stance/lexicon', version: 1, entries });

function failure(path: string): DataFileError {
  try {
    loadStanceLexicon([path]);
  } catch (e) {
    assert.ok(e instanceof DataFileError, String(e));
    return e;
  }
  assert.fail('expected a DataFileError');
}

test('the bundled lexicon loads and holds the propaganda vocabulary with the expected signs', () => {
  const lex = defaultStanceLexicon();
  assert.ok(lex.size >= 2000, `${lex.size} entries`);
  const sign = (w: string): number => Math.sign(lookupForm(lex, w)?.entries[0]?.weight ?? 0);
  for (const w of ['hegemony', 'bully', 'provocation', 'aggression', 'hypocrisy', 'arrogant', 'manipulate', 'smear', 'lie', 'culprit', 'puppet', 'interfere', 'stoke', 'coerce']) assert.equal(sign(w), -1, w);
  for (const w of ['praise', 'uphold', 'responsible', 'sincere', 'stabilizing', 'peace']) assert.equal(sign(w), 1, w);
  for (const [first, term] of [['mutual', 'mutual respect'], ['win', 'win-win']] as const) assert.ok(lex.phrases(first)?.some((p) => p.term === term && p.weight > 0), term);
});

test('a file that is not a lexicon is a DataFileError naming the file', () => {
  const path = file({ $schema: 'something/else', version: 1, entries: [] });
  const e = failure(path);
  assert.equal(e.file, path);
  assert.match(e.message, /not a stance lexicon/);
});

test('invalid JSON is a DataFileError naming the file', () => {
  const path = file('{ "entries": [');
  assert.match(failure(path).message, /not valid JSON/);
});

test('a weight outside −1…1 is reported with the entry index and term', () => {
  const e = failure(file(lexiconOf([{ term: 'fine', weight: 0.5 }, { term: 'awful', weight: -3 }])));
  assert.match(e.message, /entries\[1\] "awful": weight/);
});

test('an unknown kind, an unknown field and a misplaced patient are each reported', () => {
  const e = failure(file(lexiconOf([
    { term: 'a', weight: 0.1, kind: 'mood' },
    { term: 'b', weight: 0.1, colour: 'red' },
    { term: 'c', weight: 0.1, kind: 'quality', patient: -0.2 },
  ])));
  assert.match(e.message, /3 problems/);
  assert.match(e.message, /entries\[0\] "a": kind/);
  assert.match(e.message, /entries\[1\] "b":.*colour/);
  assert.match(e.message, /entries\[2\] "c": patient/);
});

test('a term repeated for the same part of speech is reported; one per part of speech is allowed', () => {
  const e = failure(file(lexiconOf([
    { term: 'defeat', weight: 0.3, kind: 'shifter', pos: 'verb' },
    { term: 'defeat', weight: -0.6, pos: 'noun' },
    { term: 'defeat', weight: 0.2, kind: 'shifter', pos: 'verb' },
  ])));
  assert.match(e.message, /1 problem /);
  assert.match(e.message, /entries\[2\] "defeat": duplicate term for pos verb, already at entries\[0\]/);
});

test('an upper-case or badly spaced term is refused', () => {
  assert.match(failure(file(lexiconOf([{ term: 'Hegemony', weight: -0.8 }]))).message, /entries\[0\] "Hegemony": term/);
  assert.match(failure(file(lexiconOf([{ term: 'win  win', weight: 0.8 }]))).message, /entries\[0\] "win {2}win": term/);
});

test("a user's file replaces the bundled entry for a term and adds new ones", () => {
  const user = file(lexiconOf([{ term: 'hegemony', weight: 0.2, kind: 'noun' }, { term: 'frobnicate', weight: -0.5, kind: 'action' }]));
  const lex = loadStanceLexicon([defaultLexiconFile(), user]);
  assert.equal(lookupForm(lex, 'hegemony')?.entries[0]?.weight, 0.2);
  assert.equal(lookupForm(lex, 'frobnicated')?.entries[0]?.weight, -0.5);
  assert.deepEqual(lex.files, [defaultLexiconFile(), user]);
});
