// The narratives the real seed articles get (read from ../shared, never copied), pinned by a golden
// file of ids, scores and evidence counts only — no seed text enters the project. The events and
// stance layers feed these results, so a change there shows here for review.
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { analyzeFiles } from '../testing/analyze-files.js';
import { assertGolden } from '../testing/golden.js';
import { NO_SHARED, sharedDir } from '../testing/paths.js';

const seedsDir = sharedDir && join(sharedDir, 'corpus', 'seeds');
const seedFiles = seedsDir ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedsDir, f)) : [];

test('the narratives of the seed articles are unchanged (golden: ids, scores, evidence counts)', { skip: sharedDir ? false : NO_SHARED }, async () => {
  const analyses = await analyzeFiles(seedFiles);
  assertGolden('narratives/seeds', Object.fromEntries(analyses.map((a) => [
    basename(a.uri, '.txt'),
    a.narratives.map((n) => ({ id: n.id, score: n.score, evidence: n.evidence.length })),
  ])));
});
