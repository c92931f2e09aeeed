// The shared seed references (read from ../shared, skipped without it): every dating check of
// ../shared/gold passes, scored as ../shared/tools/score.mjs scores it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadGoldDir } from '../eval/gold-reference.js';
import { scoreGold } from '../eval/score-gold.js';
import { analyzeFiles } from '../testing/analyze-files.js';
import { NO_SHARED, sharedDir } from '../testing/paths.js';

test('shared gold: every dating check passes', { skip: sharedDir ? false : NO_SHARED }, async (t) => {
  const golds = loadGoldDir(join(sharedDir!, 'gold'));
  const seeds = join(sharedDir!, 'corpus', 'seeds');
  const analyses = await analyzeFiles(golds.map((g) => join(seeds, g.file)));
  const tally = scoreGold(golds, analyses).families['dating'];
  assert.ok(tally, 'the references have dating checks');
  for (const a of analyses) t.diagnostic(`${a.uri.split('/').pop()}: ${a.contentDate ? `${a.contentDate.from}..${a.contentDate.to}` : 'none'}, recycled ${a.recycled}`);
  assert.deepEqual(tally.misses, []);
  assert.ok(tally.all >= 4, `${tally.all} checks`);
});
