import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { NO_SHARED, sharedDir } from '../testing/paths.js';
import { codeAt, readPetrarchActors } from './read-petrarch-actors.js';

const sample = `<!-- a comment
spanning lines [XXX] -->
NORTH_ATLANTIC_ALLIANCE [NATO] # jw 1/1/91
+ATLANTIC_ALLIANCE
NEW_ZEALAND_ [NZL]
PRESIDENT_YELTSIN
\t[RUSGOV 910710-991231]
\t[RUSELI >20000101]
BROKEN [NOT CLOSED
+
\t[XYZ 991399]
`;

test('names, synonyms, underscores and dated codes', () => {
  const { actors, diagnostics } = readPetrarchActors(sample, 'mine.txt');
  assert.deepEqual(actors.map((a) => a.names), [['NORTH ATLANTIC ALLIANCE', 'ATLANTIC ALLIANCE'], ['NEW ZEALAND'], ['PRESIDENT YELTSIN']]);
  const yeltsin = actors[2]!;
  assert.equal(codeAt(yeltsin.codes, '1995-06-01'), 'RUSGOV');
  assert.equal(codeAt(yeltsin.codes, '2003-06-01'), 'RUSELI');
  assert.equal(codeAt(actors[0]!.codes, '2003-06-01'), 'NATO');
  // The three bad lines are reported with file and line; the rest loaded.
  assert.deepEqual(diagnostics.map((d) => d.reason.split(':').slice(0, 2).join(':')), ['mine.txt:9', 'mine.txt:10', 'mine.txt:11']);
});

test('PETRARCH\'s validation dictionary loads', { skip: sharedDir ? false : NO_SHARED }, () => {
  const file = join(sharedDir!, 'dev', 'petrarch', 'PETR.Validate.actors.txt');
  const { actors, diagnostics } = readPetrarchActors(readFileSync(file, 'utf8'), file);
  assert.ok(actors.length > 100, `${actors.length} actors`);
  const names = new Map(actors.flatMap((a) => a.names.map((n) => [n, a] as const)));
  assert.equal(codeAt(names.get('UNITED STATES')!.codes, '2000-01-01'), 'USA');
  assert.ok(names.has('THE HERMIT KINGDOM'), 'synonyms');
  // The validation file deliberately holds a few odd lines; each is reported, none is fatal.
  for (const d of diagnostics) assert.match(d.reason, /PETR\.Validate\.actors\.txt:\d+: /);
});
