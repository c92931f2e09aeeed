import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fixture } from '../testing/paths.js';
import { segment } from '../text/segment.js';
import { techniqueFlags } from './technique-flags.js';
import { LEXICAL_MAX } from './technique-cue-schema.js';
import { defaultTechniqueCues } from './technique-cues.js';
import { isTechniqueName } from './technique-names.js';
import { analyzeForTechniques } from './technique-test-input.js';

const ARTICLE = readFileSync(fixture('techniques', 'pipeline-summit.txt'), 'utf8');
let analysed: ReturnType<typeof analyzeForTechniques> | undefined;
const flags = () => (analysed ??= analyzeForTechniques(ARTICLE)).techniques;

test('every flag names a technique of SPEC §2.3 and shows the text of its span', () => {
  const a = (analysed ??= analyzeForTechniques(ARTICLE));
  assert.ok(a.techniques.length > 0);
  for (const t of a.techniques) {
    assert.ok(isTechniqueName(t.technique), t.technique);
    assert.equal(t.text, a.text.slice(t.start, t.end));
    assert.ok(t.cue.length > 0 && t.confidence > 0 && t.confidence <= 1);
  }
});

test('flags of one technique never overlap', () => {
  const all = flags();
  for (const technique of new Set(all.map((t) => t.technique))) {
    const sorted = all.filter((t) => t.technique === technique).sort((x, y) => x.start - y.start);
    sorted.forEach((t, i) => assert.ok(i === 0 || sorted[i - 1]!.end <= t.start, `${technique} overlaps at ${t.start}`));
  }
});

test('a flag whose every cue is a cue-list match stays at or below the lexical ceiling', () => {
  const lexical = flags().filter((t) => /^"[^"]*"(?: \+ "[^"]*")*(?: \(no named source\))?$/.test(t.cue));
  assert.ok(lexical.length > 0);
  for (const t of lexical) assert.ok(t.confidence <= LEXICAL_MAX, `${t.cue} ${t.confidence}`);
});

test('structural evidence earns more than the lexical ceiling', () => {
  assert.ok(flags().some((t) => t.confidence > LEXICAL_MAX));
});

test('a text with no technique gives no flag', () => {
  assert.deepEqual(analyzeForTechniques('The ministers met in Oslo on Monday. They signed a declaration on grain exports.').techniques, []);
});

function findIn(text: string): number {
  const { sentences, paragraphs } = segment(text);
  return techniqueFlags({ text, title: text.slice(0, 120), sentences, paragraphs, actors: [], quotes: [], events: [], stance: [] }, defaultTechniqueCues()).length;
}

test('a 200,000-character article returns (work is linear in its length)', () => {
  const prose = 'Only those who stick together will survive. The so-called “threat” is wishful thinking, experts say. ' +
    'Is it really true? The answer is undoubtedly negative. Either we act or we perish, there is no other choice. ';
  const text = prose.repeat(Math.ceil(200_000 / prose.length)).slice(0, 200_000);
  const started = Date.now();
  assert.ok(findIn(text) > 1000);
  assert.ok(Date.now() - started < 20_000);
});

test('a 200,000-character run without sentence ends, full of quotation marks and cue starts, returns', () => {
  const text = 'either or so-called “what” about the answer is ‘not’ qualified to "criticize" '.repeat(2600).slice(0, 200_000);
  const started = Date.now();
  assert.ok(findIn(text) > 0);
  assert.ok(Date.now() - started < 20_000);
});
