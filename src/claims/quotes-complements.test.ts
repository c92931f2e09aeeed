// Reported speech beyond "said that": commitments, requests, positions as noun phrases and
// characterisations (speech-complement.ts), the translation forms "By his words" and "As declared
// X, …", progressives, "It said" and quotes joined by "and that". Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';

const quotes = (text: string): Quote[] => analyzeText(text).quotes;
const show = (qs: readonly Quote[]): string => qs.map((q) => `[${q.speaker?.country ?? '-'}] ${q.speakerText} ${q.cue}: ${q.text}`).join('\n');
function only(text: string): Quote {
  const qs = quotes(text);
  assert.equal(qs.length, 1, show(qs));
  return qs[0]!;
}

test('"promised to + verb" is a commitment; "agreed to + noun" is an event, no quote', () => {
  const q = only("Kazakhstan's government promised to cut tariffs on Uzbek grain by half.");
  assert.equal(q.speaker?.country, 'KAZ');
  assert.equal(q.text, 'cut tariffs on Uzbek grain by half');
  assert.deepEqual(quotes('Kazakhstan agreed to a ceasefire with its neighbour.'), []);
});

test('"urged X to + verb" and "demanded + noun phrase" are requests with their speaker', () => {
  const urged = only('Sergei Lavrov urged the Baltic states to respect the rights of Russian speakers.');
  assert.equal(urged.speaker?.country, 'RUS');
  assert.equal(urged.text, 'the Baltic states to respect the rights of Russian speakers');
  const demanded = only('Hungary demanded the immediate return of its diplomats.');
  assert.equal(demanded.speaker?.country, 'HUN');
  assert.equal(demanded.text, 'the immediate return of its diplomats');
});

test('"called X Y" is a characterisation; "called an emergency meeting" is not', () => {
  const q = only('Viktor Orban called the proposal a dangerous illusion.');
  assert.equal(q.speaker?.country, 'HUN');
  assert.equal(q.text, 'the proposal a dangerous illusion');
  assert.equal(only('Viktor Orban called the sanctions illegal, absurd and useless.').text, 'the sanctions illegal, absurd and useless');
  assert.deepEqual(quotes('Viktor Orban called an emergency meeting of his cabinet.'), []);
});

test('translated forms: "By his words, …" takes the person in view, "As declared X, …" its speaker after the verb', () => {
  const by = quotes('Hungarian Foreign Minister Peter Szijjarto met his Serbian colleague in Belgrade. By his words, the pipeline will be finished next year.');
  const q = by.find((x) => x.text.startsWith('the pipeline'));
  assert.ok(q, show(by));
  assert.equal(q.speaker?.country, 'HUN');
  const as = only('As declared the spokesman of the Kremlin Dmitry Peskov, the talks will continue in Istanbul.');
  assert.equal(as.speaker?.country, 'RUS');
  assert.equal(as.text, 'the talks will continue in Istanbul');
});

test('a progressive ("was already complaining that") has its subject as speaker', () => {
  const q = only('By Friday, Recep Tayyip Erdogan was already complaining that the grain deal had been violated.');
  assert.equal(q.speaker?.country, 'TUR');
  assert.equal(q.text, 'the grain deal had been violated');
});

test('"It said that …" speaks for the body the sentence before is about', () => {
  const qs = quotes('The Turkish foreign ministry issued a statement. It said that the strikes violated international law.');
  const q = qs.find((x) => x.text === 'the strikes violated international law');
  assert.ok(q, show(qs));
  assert.equal(q.speaker?.country, 'TUR');
});

test('a second quote after "and that they" continues the first one\'s attribution', () => {
  const qs = quotes('Xi Jinping and Vladimir Putin wrote that "the partnership has no limits" and that they "will deepen trade in national currencies."');
  const second = qs.find((x) => x.text.includes('national currencies'));
  assert.ok(second, show(qs));
  assert.equal(second.speaker?.country, 'CHN');
  assert.equal(second.cue, 'wrote');
});

test('a month glued before the speaker ("In March Orban said …") is a setting, not part of the speaker', () => {
  const q = only('In March Viktor Orban said the pipeline deal was "a matter of survival".');
  assert.equal(q.speaker?.country, 'HUN');
});

test('a subject-only pronoun opens a clause after a "that" verb: "claimed he had …"', () => {
  const q = only('Viktor Orban later claimed he had never seen the letter.');
  assert.equal(q.speaker?.country, 'HUN');
  assert.equal(q.text, 'he had never seen the letter');
  assert.deepEqual(quotes('The militia claimed the bombing within hours.'), []);
});

test('a clause before a colon introduces its subject\'s words, whatever its verb', () => {
  const q = only('After the vote, Viktor Orban turned to the cameras: "We will not pay for this war."');
  assert.equal(q.speaker?.country, 'HUN');
  const noun = only('Viktor Orban gave them the answer: "Hungary will stay out of this war."');
  assert.equal(noun.speaker?.country, 'HUN');
  // An actor that is not the clause's subject does not speak.
  assert.equal(only('Angry farmers shouted at Viktor Orban: "Go home!"').speaker, null);
});
