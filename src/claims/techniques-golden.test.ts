// Techniques on whole articles:
// - our own fixture articles (test/fixtures/techniques, our writing in the seeds' style): the
//   flags as a golden file, reviewed by reading;
// - the shared seeds (read from ../shared, skipped without it): every `techniques` check of the
//   shared gold passes, matched as ../shared/tools/score.mjs matches them.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadGoldDir } from '../eval/gold-reference.js';
import { scoreGold } from '../eval/score-gold.js';
import { analyzeFiles } from '../testing/analyze-files.js';
import { assertGolden } from '../testing/golden.js';
import { fixture, NO_SHARED, sharedDir } from '../testing/paths.js';

const articles = readdirSync(fixture('techniques')).filter((f) => f.endsWith('.txt')).sort();

for (const file of articles) {
  test(`techniques of our article ${file} match the golden file`, async () => {
    const [a] = await analyzeFiles([fixture('techniques', file)]);
    const flags = a!.techniques.map(({ technique, text, cue, confidence, start }) => ({ technique, start, text, cue, confidence }));
    assertGolden(`techniques/${file.replace(/\.txt$/, '')}`, flags);
  });
}

test('shared gold: every techniques check passes', { skip: sharedDir ? false : NO_SHARED }, async (t) => {
  const golds = loadGoldDir(join(sharedDir!, 'gold')).filter((g) => (g.techniques ?? []).length > 0);
  assert.ok(golds.length > 0);
  const seeds = join(sharedDir!, 'corpus', 'seeds');
  const score = scoreGold(golds, await analyzeFiles(golds.map((g) => join(seeds, g.file))));
  const family = score.families['techniques']!;
  t.diagnostic(`techniques ${family.ok}/${family.all}`);
  assert.deepEqual(family.misses, []);
  assert.equal(family.ok, golds.reduce((n, g) => n + (g.techniques ?? []).length, 0));
});
