// The stance layer of a partisan article written for this test, and the stance checks of the
// shared seed references (read from ../shared, skipped without it).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadGoldDir } from '../eval/gold-reference.js';
import { scoreGold } from '../eval/score-gold.js';
import { analyzeFiles } from '../testing/analyze-files.js';
import { assertGolden } from '../testing/golden.js';
import { fixture, NO_SHARED, sharedDir } from '../testing/paths.js';

test('stance and tone of our own partisan article match the golden file', async () => {
  const [a] = await analyzeFiles([fixture('stance', 'article.txt')]);
  assert.ok(a);
  assertGolden('stance/article', {
    tone: a.tone,
    stance: a.stance.map((s) => ({ actor: s.actor, country: s.country, score: s.score, evidence: s.evidence.map((e) => a.text.slice(e.start, e.end)) })),
  });
});

test('shared seed references: every stance check holds', { skip: sharedDir ? false : NO_SHARED }, async (t) => {
  const golds = loadGoldDir(join(sharedDir!, 'gold'));
  const seeds = join(sharedDir!, 'corpus', 'seeds');
  const score = scoreGold(golds, await analyzeFiles(golds.map((g) => join(seeds, g.file))));
  const stance = score.families['stance'];
  assert.ok(stance && stance.all >= 4, JSON.stringify(score.families));
  t.diagnostic(`stance ${stance.ok}/${stance.all}`);
  assert.deepEqual(stance.misses, []);
});
