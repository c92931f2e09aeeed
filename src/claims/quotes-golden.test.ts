// Quotes against references: the golden quotes of two of our own articles (test/fixtures/quotes,
// expected output in test/golden/quotes, reviewed by hand when written), and the `quotes` checks
// of the shared gold (read from ../shared, skipped without it), scored as score.mjs scores them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadGoldDir } from '../eval/gold-reference.js';
import { scoreGold } from '../eval/score-gold.js';
import type { Analysis } from '../model/analysis.js';
import { analyzeFiles } from '../testing/analyze-files.js';
import { analyzeText } from '../testing/code-text.js';
import { assertGolden } from '../testing/golden.js';
import { fixture, NO_SHARED, sharedDir } from '../testing/paths.js';

/** One line per quote: what a reader checks. */
const readable = (a: Analysis): string[] => a.quotes.map((q) =>
  `${q.direct ? 'direct' : 'reported'} | ${q.speaker ? `${q.speaker.id} ${q.speaker.code}` : 'no actor'} | ${q.speakerText ?? '-'} | ${q.cue || '-'} | ${q.text}`);

for (const name of ['article-grain-corridor', 'article-arctic-council']) {
  test(`golden quotes of ${name}`, () => {
    const a = analyzeText(readFileSync(fixture('quotes', `${name}.txt`), 'utf8'));
    assertGolden(`quotes/${name}`, readable(a));
  });
}

test('shared gold: every quote check passes', { skip: sharedDir ? false : NO_SHARED }, async (t) => {
  const golds = loadGoldDir(join(sharedDir!, 'gold'));
  const analyses = await analyzeFiles(golds.map((g) => join(sharedDir!, 'corpus', 'seeds', g.file)));
  const q = scoreGold(golds, analyses).families['quotes'];
  assert.ok(q && q.all >= 2, 'the shared gold has quote checks');
  t.diagnostic(`quotes ${q.ok}/${q.all}`);
  assert.deepEqual(q.misses, []);
});
