// The events stage on sentences written for these tests: one behaviour per test, through the
// whole pipeline with the bundled dictionaries (no stand-ins), asserting who did what to whom.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, eventKeys, hasEvent as has, lacksEvent as lacks } from '../testing/code-text.js';

const keys = (text: string, published?: string): string[] => eventKeys(analyzeText(text, published));

test('subject, verb and prepositional target; quantity and the stated intent of a decision', () => {
  const a = analyzeText('The British government decided to provide another 1 billion pounds in aid to Ukraine.');
  const aid = a.events.find((e) => e.root === '07');
  assert.ok(aid, eventKeys(a).join(', '));
  assert.equal(aid.modality, 'future');
  assert.deepEqual(aid.quantities.map((q) => [q.amount, q.unit]), [[1e9, 'GBP']]);
  assert.ok(eventKeys(a).includes('GBR>UKR 03 asserted'), eventKeys(a).join(', '));
  assert.equal(a.text.slice(aid.trigger.start, aid.trigger.end), 'provide');
});

test('direct object and passive voice with its agent', () => {
  has('Turkey condemned Israel on Monday.', 'TUR>ISR 11 asserted');
  has('New sanctions were imposed on Iran by the European Union.', 'EU>IRN 16 asserted');
});

test('an agentless passive keeps its source null', () => {
  const a = analyzeText('Russia was expelled from the Council of Europe.');
  const e = a.events.find((x) => x.target?.country === 'RUS');
  assert.ok(e, eventKeys(a).join(', '));
  assert.equal(e.source, null);
});

test('negation, "yet to", conditionals, attempts and plans are never asserted', () => {
  has('Russia did not make concessions to the United States.', 'RUS>USA 08 negated');
  lacks('Serbia has yet to recognise Kosovo.', /asserted/);
  lacks('If Tehran resumes enrichment, the European Union will impose sanctions on Iran.', /EU>IRN 16 asserted/);
  has('Western countries tried to woo Russia.', 'WST>RUS 05 attempted');
  lacks('Pakistan hopes to hold talks with India next month.', /PAK>IND 04 asserted/);
});

test('coordinated subjects give one event per actor; symmetric acts go both ways', () => {
  // "urge" is an appeal (02) in our dictionary; CAMEO coders also use demand (10)
  const urged = keys('France and Germany urged Iran to return to the nuclear deal.');
  assert.ok(urged.includes('FRA>IRN 02 asserted') && urged.includes('DEU>IRN 02 asserted'), urged.join(', '));
  const signed = keys('China and Russia signed a new energy agreement on Friday.');
  assert.ok(signed.some((k) => k.startsWith('CHN>RUS 0')) && signed.some((k) => k.startsWith('RUS>CHN 0')), signed.join(', '));
});

test('coordinated verbs share their subject', () => {
  const got = keys('Poland condemned Belarus and closed its border with Belarus.');
  assert.ok(got.includes('POL>BLR 11 asserted'), got.join(', '));
  assert.ok(got.filter((k) => k.startsWith('POL>BLR')).length >= 2, got.join(', '));
});

test('a nominalisation with its possessor and target is an event', () => {
  has("Russia's invasion of Ukraine shocked the world.", 'RUS>UKR 19 asserted');
});

test('reported speech: the statement, and a reported "must" as a demand', () => {
  has('Putin said that NATO is threatening Russia.', 'RUS>NATO 01 asserted');
  has('Blinken said that Iran must release the detained Americans.', 'USA>IRN 10 asserted');
});

test('an explicit date is resolved against the document date; without one, the document date', () => {
  const a = analyzeText('On July 13, Japan sent humanitarian aid to Tonga. Japan also criticised China.', '2022-07-20');
  const sent = a.events.find((e) => e.target?.country === 'TON');
  assert.deepEqual(sent?.date, { value: '2022-07-13', basis: 'explicit' });
  const criticised = a.events.find((e) => e.target?.country === 'CHN');
  assert.deepEqual(criticised?.date, { value: '2022-07-20', basis: 'document' });
});

test('the same event told twice is one event with two mentions', () => {
  const a = analyzeText('Turkey condemned Israel on Monday. Later, Turkey condemned Israel again.');
  const condemned = a.events.filter((e) => e.source?.country === 'TUR' && e.target?.country === 'ISR');
  assert.equal(condemned.length, 1);
  assert.equal(condemned[0]!.mentions.length, 2);
});

test('events carry the Goldstein value, quad class and PLOVER coding of their code', () => {
  const a = analyzeText('Turkey condemned Israel on Monday.');
  const e = a.events[0]!;
  assert.equal(e.cameo, '111');
  assert.equal(e.quadClass, 3);
  assert.equal(e.goldstein, -2);
  assert.equal(e.plover?.type, 'ACCUSE');
});

test('a verb the tagger took for a noun, and a gerund clause sharing the main subject', () => {
  has('Venezuela breaks all diplomatic relations with Colombia.', 'VEN>COL 16 asserted');
  has('The Spanish prime minister, after meeting Xi Jinping in Beijing, criticised the European Union.', 'ESP>CHN 04 asserted');
  has('The Spanish prime minister, after meeting Xi Jinping in Beijing, criticised the European Union.', 'ESP>EU 11 asserted');
});

test('two bodies of one state are a dyad; a state and its own body are not', () => {
  has('Russian police detained Russian students in Moscow.', 'RUS>RUS 17 asserted');
});

test('the agent of a participle on the object is the target: "welcomed the proposals sent by Greece"', () => {
  has('Turkey welcomed the proposals sent by Greece.', 'TUR>GRC 05 asserted');
});

test('the subject of a that-clause after the verb or its object is the target of a verb without one', () => {
  has('Turkey welcomed that Greece had withdrawn its troops.', 'TUR>GRC 05 asserted');
  has('Turkey expressed hopes on Monday that Greece, its old rival, would join the talks.', 'TUR>GRC 01 asserted');
});

test('targets after "between" and "about"', () => {
  has('Qatar welcomed the talks between Israel and Egypt.', 'QAT>ISR 05 asserted');
  has('Qatar welcomed the talks between Israel and Egypt.', 'QAT>EGY 05 asserted');
  has('France expressed concern about Iran.', 'FRA>IRN 01 asserted');
});

test('after a comma, the subject of the next verb is no conjunct of the target', () => {
  has('Russia sent troops to Belarus, Reuters reported.', 'RUS>BLR 15 asserted');
  lacks('Russia sent troops to Belarus, Reuters reported.', /^RUS>(?!BLR)/);
});

test('", and" after a prepositional phrase starts a new clause: its actor is no conjunct of the next subject', () => {
  const got = keys('Egypt withdrew its ambassador from Oman, and Kenya was expelled from the trade bloc.');
  assert.ok(got.includes('->KEN 16 asserted'), got.join(', '));
  assert.ok(got.includes('EGY>OMN 16 asserted'), got.join(', '));
  assert.ok(!got.some((k) => /^[A-Z]+>KEN/.test(k) || /^OMN/.test(k)), got.join(', '));
});
