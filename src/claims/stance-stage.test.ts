import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyMeta } from '../extract/extracted.js';
import type { Analysis, Quote, Stance } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { defaultStanceLexicon } from './lexicon-file.js';
import { QUOTED_WEIGHT, stanceStageWith } from './stance-stage.js';

const stanceOf = (a: Analysis, id: string): Stance | undefined => a.stance.find((s) => s.actor === id);
const evidenceText = (a: Analysis, s: Stance | undefined): string[] => (s?.evidence ?? []).map((e) => a.text.slice(e.start, e.end));

test('the subject of a negative action is scored negative, with the action as evidence', () => {
  const a = analyzeText('The United States bullies its small neighbours.');
  const usa = stanceOf(a, 'USA');
  assert.ok(usa && usa.score < 0, JSON.stringify(a.stance));
  assert.deepEqual(evidenceText(a, usa), ['bullies']);
});

test('the object of praise is scored positive and the one who praises is not scored', () => {
  const a = analyzeText('France praised Germany.');
  assert.ok((stanceOf(a, 'DEU')?.score ?? 0) > 0, JSON.stringify(a.stance));
  assert.equal(stanceOf(a, 'FRA'), undefined);
});

test('the subject of a passive of praise is scored positive, the agent is not', () => {
  const a = analyzeText('Germany was praised by France.');
  assert.ok((stanceOf(a, 'DEU')?.score ?? 0) > 0, JSON.stringify(a.stance));
  assert.equal(stanceOf(a, 'FRA'), undefined);
});

test('an evaluative adjective modifying the actor counts for it', () => {
  const a = analyzeText('The hypocritical United States held another meeting on Monday.');
  const usa = stanceOf(a, 'USA');
  assert.ok(usa && usa.score < 0, JSON.stringify(a.stance));
  assert.deepEqual(evidenceText(a, usa), ['hypocritical']);
});

test("a possessive owner takes the evaluation of what it owns (X's hegemony)", () => {
  const a = analyzeText("Russia's hegemony was discussed at length in Brussels.");
  const rus = stanceOf(a, 'RUS');
  assert.ok(rus && rus.score < 0, JSON.stringify(a.stance));
  assert.deepEqual(evidenceText(a, rus), ['hegemony']);
});

test('after "of", the owner of an evaluated quality is scored, the victim of an act is not', () => {
  const owner = analyzeText('Everyone noticed the arrogance of the United States.');
  assert.ok((stanceOf(owner, 'USA')?.score ?? 0) < 0, JSON.stringify(owner.stance));
  const victim = analyzeText('Everyone noticed the invasion of Ukraine.');
  assert.equal(stanceOf(victim, 'UKR'), undefined, JSON.stringify(victim.stance));
});

test('a copular predication scores its subject (X is the culprit)', () => {
  const a = analyzeText('Britain is the culprit.');
  const gbr = stanceOf(a, 'GBR');
  assert.ok(gbr && gbr.score < 0, JSON.stringify(a.stance));
  assert.deepEqual(evidenceText(a, gbr), ['culprit']);
});

test('negation reverses a positive predication (X is not qualified)', () => {
  const positive = stanceOf(analyzeText('Britain is qualified to lead the talks.'), 'GBR');
  const negated = stanceOf(analyzeText('Britain is not qualified to lead the talks.'), 'GBR');
  assert.ok(positive && positive.score > 0, JSON.stringify(positive));
  assert.ok(negated && negated.score < 0, JSON.stringify(negated));
});

test('two actors in one sentence get opposite stances from their own clauses', () => {
  const a = analyzeText('The United States is manipulating public opinion, while China has always upheld peace.');
  const usa = stanceOf(a, 'USA');
  const chn = stanceOf(a, 'CHN');
  assert.ok(usa && usa.score < 0 && chn && chn.score > 0, JSON.stringify(a.stance));
  assert.deepEqual(evidenceText(a, usa), ['manipulating']);
  assert.ok(evidenceText(a, chn).every((e) => e.includes('upheld') || e.includes('peace')), JSON.stringify(evidenceText(a, chn)));
});

test('an act against something evaluative is reversed onto the doer (opposes hegemony)', () => {
  const a = analyzeText('Japan firmly opposes hegemony in every form.');
  assert.ok((stanceOf(a, 'JPN')?.score ?? 0) > 0, JSON.stringify(a.stance));
});

test('a positive word in scare quotes is read as irony', () => {
  const plain = stanceOf(analyzeText('The United States is helping Germany.'), 'USA');
  const ironic = stanceOf(analyzeText('The United States is "helping" Germany.'), 'USA');
  assert.ok(plain && plain.score > 0, JSON.stringify(plain));
  assert.ok(ironic && ironic.score < 0, JSON.stringify(ironic));
});

test('words inside a quotation count less than the same words in the author’s voice', () => {
  const text = 'Poland said: The United States is a reckless aggressor.';
  const a = analyzeText(text);
  const at = text.indexOf('The United States');
  const quote: Quote = { speaker: null, speakerText: 'Poland', speakerSpan: null, cue: ':', cueSpan: null, text: text.slice(at), span: { start: at, end: text.length }, direct: false };
  const input = { meta: emptyMeta(), text: a.text, removed: a.removed, sentences: a.sentences, paragraphs: a.paragraphs, actors: a.actors, events: a.events, diagnostics: [] };
  const stage = stanceStageWith(defaultStanceLexicon());
  const unquoted = stage.run({ ...input, quotes: [] }).stance.find((s) => s.actor === 'USA');
  const quoted = stage.run({ ...input, quotes: [quote] }).stance.find((s) => s.actor === 'USA');
  assert.ok(unquoted && quoted && unquoted.score < 0 && quoted.score < 0, JSON.stringify({ unquoted, quoted }));
  assert.ok(Math.abs(quoted.score) < Math.abs(unquoted.score), `quoted ${quoted.score} vs unquoted ${unquoted.score} (weight ${QUOTED_WEIGHT})`);
});

test('an actor with no evaluative evidence gets no stance entry', () => {
  const a = analyzeText('Russia and China held talks in Moscow on Tuesday.');
  assert.deepEqual(a.stance.filter((s) => s.actor === 'RUS' || s.actor === 'CHN'), []);
});

test('every stance entry has evidence and a score within −1…1', () => {
  const a = analyzeText('The hypocritical United States bullies its neighbours, while China has always upheld peace and mutual respect. Britain is not qualified to criticize others.');
  assert.ok(a.stance.length >= 3);
  for (const s of a.stance) {
    assert.ok(s.evidence.length > 0 && s.score >= -1 && s.score <= 1, JSON.stringify(s));
    for (const e of s.evidence) assert.ok(e.start >= 0 && e.end <= a.text.length && e.start < e.end);
  }
});

test('document tone is positive for praise and negative for condemnation', () => {
  const good = analyzeText('The summit was a great success: sincere dialogue, mutual respect and lasting peace.');
  const bad = analyzeText('The summit was a disaster: arrogant threats, shameless lies and reckless provocation.');
  assert.ok(good.tone > 0, `tone ${good.tone}`);
  assert.ok(bad.tone < 0, `tone ${bad.tone}`);
  assert.ok(bad.tone >= -100 && good.tone <= 100);
});

test('asserted material conflict in a condemning text is weak negative evidence against its source', () => {
  const a = analyzeText('Russia deployed tanks to the border of Ukraine on Monday. The whole day was a horrific, shameful disaster.');
  const event = a.events.find((e) => e.source?.id === 'RUS' && e.quadClass === 4 && e.modality === 'asserted');
  assert.ok(event, JSON.stringify(a.events.map((e) => [e.source?.id, e.cameo, e.modality])));
  const rus = stanceOf(a, 'RUS');
  assert.ok(rus && rus.score < 0, JSON.stringify(a.stance));
  assert.ok(rus.evidence.some((e) => e.start === event.trigger.start), 'the event trigger is evidence');
  assert.ok(rus.score > -0.3, `weighted lower than evaluative language: ${rus.score}`);
});

test('asserted material conflict in neutral words is no evidence', () => {
  const a = analyzeText('Russia deployed tanks to the border of Ukraine on Monday.');
  assert.ok(a.events.some((e) => e.source?.id === 'RUS' && e.quadClass === 4), 'the event is coded');
  assert.equal(stanceOf(a, 'RUS'), undefined, JSON.stringify(a.stance));
});

test('a word no clause gives to anyone counts weakly for the nearest actor, never for the victim of an act', () => {
  const a = analyzeText('A humiliating week for Britain ended on Friday.');
  const gbr = stanceOf(a, 'GBR');
  assert.ok(gbr && gbr.score < 0 && gbr.score > -0.5, JSON.stringify(a.stance));
  const victim = analyzeText('Everyone noticed the brutal invasion of Ukraine.');
  assert.equal(stanceOf(victim, 'UKR'), undefined, JSON.stringify(victim.stance));
});
