// Claims and dating against hand-made references, scored as ../shared/tools/score.mjs scores them:
// - the shared gold (read from ../shared, skipped without it): every quotes, techniques, stance
//   and dating check passes — the bar;
// - our own twelve annotated articles (test/fixtures/claims, written and annotated before any
//   claims code ran on them): floors at the level measured when the stages landed, so that a
//   change that loses findings fails here. Quotes are at 178/187 (0.95, from 155/187 once commitments, requests,
//   characterisations and translated cue forms were read; claims-blind, a development set since then, is at 87/97), stance at 29/36 (0.81,
//   from 27/36 once derogatory labels on an actor's own phrase counted in full; the 7 misses are
//   irony and framing by juxtaposition the lexicon cannot read; the office holders added to data/actors for speakers were found by
//   reading these articles' misses, so the quotes figure is optimistic too);
//   techniques are at 106/112 (the technique cues were written after reading these articles'
//   misses, so that figure is optimistic); see the README's Measured table.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadGoldDir } from '../eval/gold-reference.js';
import { scoreGold } from '../eval/score-gold.js';
import { analyzeFiles } from '../testing/analyze-files.js';
import { fixture, NO_SHARED, sharedDir } from '../testing/paths.js';

const FAMILIES = ['quotes', 'techniques', 'stance', 'dating'] as const;

test('shared gold: every quotes, techniques, stance and dating check passes', { skip: sharedDir ? false : NO_SHARED }, async () => {
  const golds = loadGoldDir(join(sharedDir!, 'gold'));
  const seeds = join(sharedDir!, 'corpus', 'seeds');
  const score = scoreGold(golds, await analyzeFiles(golds.map((g) => join(seeds, g.file))));
  for (const f of FAMILIES) {
    const t = score.families[f];
    assert.ok(t && t.all > 0, `${f} is checked`);
    assert.deepEqual(t.misses, [], f);
  }
});

const FLOORS: Record<(typeof FAMILIES)[number], number> = { quotes: 0.9, techniques: 0.9, stance: 0.8, dating: 0.9 };

test('our annotated articles: claims and dating stay at or above their measured level', async (t) => {
  const dir = fixture('claims');
  const golds = loadGoldDir(dir);
  const score = scoreGold(golds, await analyzeFiles(golds.map((g) => join(dir, g.file))));
  for (const f of FAMILIES) {
    const x = score.families[f]!;
    t.diagnostic(`${f}: ${x.ok}/${x.all}`);
    assert.ok(x.ok / x.all >= FLOORS[f], `${f} ${x.ok}/${x.all} below ${FLOORS[f]}`);
  }
});
