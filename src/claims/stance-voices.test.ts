// Voices of evaluations (stance-voices.ts) and the clause readings added with them, on made-up sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Analysis } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { defaultStanceLexicon } from './lexicon-file.js';
import { SELF_WEIGHT, trust, weighVoices, type Scored, type Voiced } from './stance-voices.js';
import { targetSentiment } from './target-sentiment.js';

const scoreOf = (a: Analysis, id: string): number | undefined => a.stance.find((s) => s.actor === id)?.score;
const span = { start: 0, end: 1 };
const party = (id: string): { id: string; country: string } => ({ id, country: id });

test('trust: an unknown speaker counts as before, the text\'s villain not at all, its ally more', () => {
  assert.equal(trust(null), 1);
  assert.equal(trust(-0.5), 0);
  assert.ok(trust(0.1) > 1);
});

test('a hostile word voiced by the villain is dropped, by an ally kept; speakers are judged by agreement', () => {
  const author: Scored[] = [{ actor: party('AAA'), value: -0.8, span }, { actor: party('BBB'), value: 0.6, span }];
  const voiced: Voiced[] = [
    { actor: party('BBB'), value: -0.5, span, voice: [party('AAA')] },
    { actor: party('AAA'), value: -0.5, span, voice: [party('CCC')] },
  ];
  const out = weighVoices(author, voiced);
  assert.equal(out.find((s) => s.actor.id === 'BBB')?.value, -0);
  assert.equal(out.filter((s) => s.actor.id === 'AAA' && s.value === -0.5).length, 1, JSON.stringify(out));
  // AAA disagrees with the author about BBB, CCC agrees about AAA.
  assert.ok(out.some((s) => s.actor.id === 'AAA' && s.value < 0 && s.value > -0.5));
  assert.ok(out.some((s) => s.actor.id === 'CCC' && s.value > 0));
});

test('self-praise counts less than a neutral speaker\'s praise of another', () => {
  const out = weighVoices([], [{ actor: party('DDD'), value: 0.4, span, voice: [party('DDD')] }]);
  assert.equal(out[0]?.value, 0.4 * SELF_WEIGHT);
});

test('the one who condemns the text\'s villain is on the text\'s side', () => {
  const a = analyzeText('The brutal regime of Belarus jailed dozens of reporters. Latvia condemned Belarus.');
  assert.ok((scoreOf(a, 'BLR') ?? 0) < 0, JSON.stringify(a.stance));
  assert.ok((scoreOf(a, 'LVA') ?? 0) > 0, JSON.stringify(a.stance));
});

test('a quotation by the text\'s villain does not count against its target', () => {
  const a = analyzeText('Russia is a cruel aggressor that bombs cities. "Ukraine is a terrorist state," the Russian foreign minister said.');
  assert.ok((scoreOf(a, 'UKR') ?? 0) >= 0, JSON.stringify(a.stance));
});

test('the victim of the villain\'s act is scored with sympathy', () => {
  const a = analyzeText('Russia, a brutal aggressor, shelled Ukraine.');
  assert.ok((scoreOf(a, 'UKR') ?? 0) > 0, JSON.stringify(a.stance));
});

test('an object-control verb gives the infinitive\'s act to its object', () => {
  const a = analyzeText('France allowed Mali to bully its neighbours.');
  assert.ok((scoreOf(a, 'MLI') ?? 0) < 0, JSON.stringify(a.stance));
  assert.equal(scoreOf(a, 'FRA'), undefined);
});

test('the object of a relative clause is not the subject of the main clause', () => {
  const text = 'Those who offend Japan will be punished.';
  const at = text.indexOf('Japan');
  const s = targetSentiment(text, { start: 0, end: text.length }, { start: at, end: at + 5 }, defaultStanceLexicon());
  assert.equal(s.score, 0, JSON.stringify(s));
});

test('a demand is no praise: "it is time for X to choose peace"', () => {
  assert.equal(scoreOf(analyzeText('It is time for Armenia to choose peace.'), 'ARM'), undefined);
  assert.equal(scoreOf(analyzeText('Armenia should choose peace.'), 'ARM'), undefined);
  assert.ok((scoreOf(analyzeText('Armenia chose peace.'), 'ARM') ?? 0) > 0);
});

test('a relation is judged by whom it is with', () => {
  assert.equal(scoreOf(analyzeText('Washington is the best friend of the Saudi monarchy.'), 'USA'), undefined);
  assert.ok((scoreOf(analyzeText('Canada is a friend of terrorists.'), 'CAN') ?? 0) < 0);
});

test('an inflected phrase start is found: "stood with"', () => {
  assert.ok((scoreOf(analyzeText('Beijing stood with Moscow.'), 'CHN') ?? 0) > 0);
});

test('a quoted word falls back to no one outside the quotation', () => {
  const a = analyzeText('Sweden said: "The situation is painful."');
  assert.equal(scoreOf(a, 'SWE'), undefined, JSON.stringify(a.stance));
});
