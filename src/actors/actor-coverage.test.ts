import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyMeta } from '../extract/extracted.js';
import { segment } from '../text/segment.js';
import { actorsStage } from './actors-stage.js';
import { defaultGazetteer } from './analyze-context.js';

// Actors that event coding needs and the resolver used to miss: dates before names, hardware,
// demonyms on what a state holds, one member of a group, capitals that speak, bracketed
// abbreviations, juntas and descriptions. Sentences are our own.

/** [mention text, code] in order of appearance. */
const found = (text: string, published: string | null = '2023-09-01'): [string, string][] =>
  actorsStage(defaultGazetteer()).run({ text, ...segment(text), meta: { ...emptyMeta(), published }, removed: [], diagnostics: [] }).actors
    .flatMap((a) => a.mentions.map((m) => [m.start, m.text, a.code] as const))
    .sort((a, b) => a[0] - b[0]).map(([, t, code]) => [t, code]);

test('a weekday or month before a name does not make it part of a longer name', () => {
  assert.deepEqual(found('On Thursday Norway expelled two diplomats.'), [['Norway', 'NOR']]);
  assert.deepEqual(found('In March Chile recalled its envoy.').slice(0, 1), [['Chile', 'CHL']]);
  assert.deepEqual(found('Michael Jordan played.'), []);
});

test('hardware before a preposition is the forces, not a modifier', () => {
  assert.deepEqual(found('A Norwegian frigate near the coast tracked the convoy.'), [['Norwegian frigate', 'NORMIL']]);
  assert.deepEqual(found('A Russian Tu-22 bomber near the coast was intercepted.'), [['Russian Tu-22 bomber', 'RUSMIL']]);
  assert.deepEqual(found('A Dutch drone strike killed two.'), []);
});

test('a demonym on what a state holds makes it the target; goods and places stay no actor', () => {
  assert.deepEqual(found('Jets struck Syrian targets near Homs.'), [['Jets', 'SYRMIL'], ['Syrian', 'SYR']].slice(1));
  assert.deepEqual(found('Protesters stormed the Danish embassy.'), [['Protesters', 'DNKOPP'], ['Danish', 'DNK']].slice(1));
  assert.deepEqual(found('Syrian oil was sold abroad.'), []);
  assert.deepEqual(found('The drone entered Syrian airspace.'), []);
  assert.deepEqual(found('Shells fell on Moroccan-controlled territory.'), [['Moroccan', 'MAR']]);
});

test('one member of a group is not the group', () => {
  assert.deepEqual(found('For the first time a NATO member shot down a drone.'), []);
  assert.deepEqual(found('NATO countries agreed to send more troops.'), [['NATO', 'NATO']]);
});

test('a capital after a noun of acting and "of" is its government; after a place noun it is the city', () => {
  assert.deepEqual(found('Troops arrived at the request of Warsaw.'), [['Troops', 'POLMIL'], ['Warsaw', 'POL']].slice(1));
  assert.deepEqual(found('Crowds gathered in the centre of Warsaw.'), []);
  assert.deepEqual(found('The minister visited Warsaw on Monday.'), [['Warsaw', 'POL']]);
});

test('Brussels is the EU in a text about the EU that does not name Belgium', () => {
  assert.deepEqual(found('Rome and Brussels disagreed after the EU summit.'), [['Rome', 'ITA'], ['Brussels', 'EU'], ['EU', 'EU']]);
  assert.deepEqual(found('Belgium and Brussels disagreed after the EU summit.'), [['Belgium', 'BEL'], ['Brussels', 'BEL'], ['EU', 'EU']]);
  assert.deepEqual(found('Brussels disagreed.'), [['Brussels', 'BEL']]);
});

test('a bracketed abbreviation joins the name before it, and one it defines is read later', () => {
  assert.deepEqual(found('The African Union (AU) and Egypt condemned the raid.'), [['African Union (AU)', 'AU'], ['Egypt', 'EGY']]);
  assert.deepEqual(found('The Transitional Sovereignty Council (TSC) met. The TSC later dissolved.'),
    [['Transitional Sovereignty Council (TSC)', 'SDNGOV'], ['TSC', 'SDNGOV']]);
  // A bracket naming someone else, or letters unlike the name, is left alone.
  assert.deepEqual(found('Ankara (Turkey) protested.'), [['Ankara', 'TUR'], ['Turkey', 'TUR']]);
  assert.deepEqual(found('Russia (XQ) denied it. XQ agreed.'), [['Russia', 'RUS']]);
});

test('juntas, their leaders and bodies named by a state', () => {
  assert.deepEqual(found('The CNSP expelled the French ambassador.'), [['CNSP', 'NERGOV'], ['French ambassador', 'FRAGOV']]);
  assert.deepEqual(found('General Tiani received Assimi Goïta.'), [['General Tiani', 'NERGOV'], ['Assimi Goïta', 'MLIGOV']]);
  assert.deepEqual(found('The Malian junta and the US Treasury disagreed.'), [['Malian junta', 'MLIGOV'], ['US Treasury', 'USAGOV']]);
  assert.deepEqual(found('Kenya\'s High Commissioner met the press.'), [['Kenya\'s High Commissioner', 'KENGOV']]);
});

test('one shared word of a longer name is not someone out of office', () => {
  // Angela Merkel left office in 2021; "General Merkel Obi" is someone else.
  assert.deepEqual(found('General Merkel Obi spoke.', '2024-05-01'), []);
  assert.deepEqual(found('General Merkel spoke.', '2024-05-01'), [['General Merkel', 'DEUMIL']]);
});

test('the same person written in two matched parts is one mention; namesake entries do not block a name', () => {
  assert.deepEqual(found('President Xi Jinping spoke.', '2024-05-01'), [['President Xi Jinping', 'CHNGOV']]);
  assert.deepEqual(found('President Iván Duque spoke.', null), [['President Iván Duque', 'COLGOV']]);
});

test('"the Commission" after the EU, "the group" after a named group', () => {
  assert.deepEqual(found('The EU voted. Spain urged the Commission to wait.'), [['EU', 'EU'], ['Spain', 'ESP'], ['the Commission', 'EU']]);
  assert.deepEqual(found('The Lima Group met. The group rejected force.', '2019-02-26'), [['The Lima Group', 'LAM'], ['The group', 'LAM']]);
});
