import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultGazetteer } from '../actors/analyze-context.js';
import { fixture } from '../testing/paths.js';
import { readActorSentences, scoreActorSentences } from './actor-benchmark.js';

// test/fixtures/actors/sentences.jsonl was annotated before the resolver existed (see its README).
test('actor resolution on the annotated sentences: precision and recall of actor per mention at least 0.95', (t) => {
  const r = scoreActorSentences(readActorSentences(fixture('actors', 'sentences.jsonl')), defaultGazetteer());
  t.diagnostic(`precision ${r.precision.toFixed(3)} (${r.correctSystem}/${r.system}), recall ${r.recall.toFixed(3)} (${r.correctGold}/${r.gold})`);
  assert.ok(r.gold > 800, 'the whole set was read');
  assert.ok(r.precision >= 0.95, `precision ${r.precision.toFixed(3)}`);
  assert.ok(r.recall >= 0.95, `recall ${r.recall.toFixed(3)}`);
});
