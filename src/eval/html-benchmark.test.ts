import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { NO_SHARED, sharedDir } from '../testing/paths.js';
import { runHtmlBenchmark, tokenF1, wordTokens } from './html-benchmark.js';

test('tokens are lower-cased runs of letters and digits, in any script', () => {
  assert.deepEqual(wordTokens('Kyiv, 2024: «Переговори» — 東京!'), ['kyiv', '2024', 'переговори', '東京']);
});

test('token F1 compares bags of tokens', () => {
  assert.deepEqual(tokenF1('a b b c', 'a b c d'), { precision: 0.75, recall: 0.75, f1: 0.75 });
  assert.deepEqual(tokenF1('', ''), { precision: 1, recall: 1, f1: 1 });
  assert.deepEqual(tokenF1('x', ''), { precision: 0, recall: 0, f1: 0 });
});

test('main-text token F1 on the Readability reference pages is at least 0.95', { skip: sharedDir ? false : NO_SHARED }, async (t) => {
  const started = Date.now();
  const r = await runHtmlBenchmark(join(sharedDir!, 'dev', 'readability-pages'));
  const seconds = (Date.now() - started) / 1000;
  t.diagnostic(`${r.pages} pages: macro F1 ${r.f1.toFixed(4)} (P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)}), ${(r.pages / seconds).toFixed(1)} pages/s`);
  const worst = [...r.perPage].sort((a, b) => a.f1 - b.f1).slice(0, 3);
  t.diagnostic(`lowest: ${worst.map((p) => `${p.name} ${p.f1.toFixed(3)}`).join(', ')}`);
  assert.ok(r.pages >= 100, `only ${r.pages} pages found`);
  assert.ok(r.f1 >= 0.95, `macro F1 ${r.f1}`);
});
