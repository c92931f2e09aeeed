// Our own scrapes in the seeds' style (test/fixtures/scrapes, samples/corpus): the cleanup must
// generalise beyond the five seeds. Each NAME.expect.json states, in the gold format, what a
// careful reader expects of the text; the full extract output is pinned by golden files.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { loadGoldDir } from '../../eval/gold-reference.js';
import { scoreGold } from '../../eval/score-gold.js';
import { analyzeFiles } from '../../testing/analyze-files.js';
import { assertGolden } from '../../testing/golden.js';
import { fixture, projectRoot } from '../../testing/paths.js';

const scrapesDir = fixture('scrapes');
const listTxt = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));

test('own scrape fixtures meet their expectations', async () => {
  const golds = loadGoldDir(scrapesDir);
  assert.ok(golds.length >= 8, 'fixtures present');
  const score = scoreGold(golds, await analyzeFiles(listTxt(scrapesDir)));
  assert.deepEqual(score.families['articles']?.misses, []);
  for (const family of ['meta', 'text'] as const) assert.deepEqual(score.families[family]?.misses ?? [], [], family);
});

test('extract output of own scrapes and samples is unchanged (golden)', async () => {
  const files = [...listTxt(scrapesDir), ...listTxt(join(projectRoot, 'samples', 'corpus'))];
  for (const a of await analyzeFiles(files)) {
    const { title, published, site, category, views, author, citedSources, language, text, removed, paragraphs, diagnostics } = a;
    const folder = a.uri.includes(`${join('samples', 'corpus')}`) ? 'samples' : 'scrapes';
    assertGolden(`extract/${folder}/${basename(a.uri, '.txt')}`, {
      title, published, site, category, views, author, citedSources, language, removed, paragraphs: paragraphs.length,
      sentences: a.sentences.map((s) => text.slice(s.start, s.end)), diagnostics,
    });
  }
});
