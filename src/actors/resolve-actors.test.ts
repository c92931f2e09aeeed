import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyMeta } from '../extract/extracted.js';
import type { Actor } from '../model/analysis.js';
import { segment } from '../text/segment.js';
import { actorsStage } from './actors-stage.js';
import { defaultGazetteer } from './analyze-context.js';

const actors = (text: string, published: string | null = '2022-06-30'): Actor[] =>
  [...actorsStage(defaultGazetteer()).run({ text, ...segment(text), meta: { ...emptyMeta(), published }, removed: [], diagnostics: [] }).actors];

/** [mention text, actor id, code] in order of appearance. */
const found = (text: string, published?: string | null): [string, string, string][] =>
  actors(text, published).flatMap((a) => a.mentions.map((m) => [m.start, m.text, a.id, a.code] as const))
    .sort((a, b) => a[0] - b[0]).map(([, t, id, code]) => [t, id, code]);

test('names only as whole words; a demonym is not the state name', () => {
  assert.deepEqual(found('Chadwick spoke. Iranian diplomats met in Geneva.'), [['Iranian diplomats', 'IRNGOV', 'IRNGOV']]);
});

test('role phrases: one mention, coded by role', () => {
  assert.deepEqual(found('Russian President Putin met Belarusian President Lukashenko.'), [
    ['Russian President Putin', 'person:vladimir-putin', 'RUSGOV'], ['Belarusian President Lukashenko', 'person:alexander-lukashenko', 'BLRGOV']]);
  assert.deepEqual(found('The Ukrainian foreign minister said the Russian army had withdrawn.'), [
    ['Ukrainian foreign minister', 'UKRGOV', 'UKRGOV'], ['Russian army', 'RUSMIL', 'RUSMIL']]);
  assert.deepEqual(found('Kazakh Deputy Foreign Minister Roman Vassilenko spoke.'), [['Kazakh Deputy Foreign Minister Roman Vassilenko', 'KAZGOV', 'KAZGOV']]);
});

test('people at the document date', () => {
  assert.deepEqual(found('Johnson said the UK would help.', '2021-05-01')[0], ['Johnson', 'person:boris-johnson', 'GBRGOV']);
  // Out of office at the page's date: still the person, with the bare country.
  assert.deepEqual(found('Johnson said the UK would help.', '2024-05-01')[0]?.slice(1), ['person:boris-johnson', 'GBR']);
  assert.deepEqual(found('British Prime Minister Boris has announced his resignation.', '2022-07-08')[0], ['British Prime Minister Boris', 'person:boris-johnson', 'GBRGOV']);
  assert.equal(found('President Bush ordered the strikes.', '1991-01-17')[0]?.[1], 'person:george-h-w-bush');
  assert.equal(found('President Bush ordered the strikes.', '2003-03-20')[0]?.[1], 'person:george-w-bush');
});

test('a surname after a full name, and the pair after a dyad', () => {
  const r = found('Kim Jong Un met Russian President Vladimir Putin. Kim praised Russia and Belarus; the two countries signed a pact.', '2023-09-13');
  assert.deepEqual(r.map(([t, id]) => [t, id]), [
    ['Kim Jong Un', 'person:kim-jong-un'], ['Russian President Vladimir Putin', 'person:vladimir-putin'], ['Kim', 'person:kim-jong-un'],
    ['Russia', 'RUS'], ['Belarus', 'BLR'], ['the two countries', 'RUS'], ['the two countries', 'BLR']]);
});

test('compounds and demonyms of acting count; demonyms on things do not', () => {
  assert.deepEqual(found('Sino-Russian relations and the Russia-Ukraine conflict.').map(([t, id]) => [t, id]), [['Sino', 'CHN'], ['Russian', 'RUS'], ['Russia', 'RUS'], ['Ukraine', 'UKR']]);
  assert.deepEqual(found('Western sanctions have not crushed the Russian economy.').map(([t, id]) => [t, id]), [['Western', 'WST']]);
  assert.deepEqual(found("Russia's military action against Ukraine").map(([t, id]) => [t, id]), [["Russia's", 'RUS'], ['Ukraine', 'UKR']]);
});

test('capitals: the government speaking, not the venue', () => {
  assert.deepEqual(found('Moscow rejected the proposal made at talks in Vienna.').map(([t, id]) => [t, id]), [['Moscow', 'RUS']]);
  assert.deepEqual(found('The Kremlin said the Minsk agreements were dead.').map(([t, id]) => [t, id]), [['Kremlin', 'RUSGOV']]);
  assert.deepEqual(found('Michael Jordan visited New Mexico and the Sea of Japan.'), []);
});

test('machine-translation aliases of the seed corpus family', () => {
  assert.deepEqual(found('Ukraine has adopted methods against the Udong region. Lugan In the Republic of Skopje was recognised.').map(([, id]) => id),
    ['UKR', 'region:eastern-ukraine', 'group:luhansk-peoples-republic']);
});

test('every mention keeps its evidence span', () => {
  const text = 'On July 13, North Korea said it would recognise the Donetsk People\'s Republic.';
  for (const a of actors(text)) for (const m of a.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a capital before its state existed is the state that held it', () => {
  assert.deepEqual(found('Moscow warned Washington.', '1985-03-01').map(([, id]) => id), ['SUN', 'USA']);
  assert.deepEqual(found('Moscow warned Washington.', '1995-03-01').map(([, id]) => id), ['RUS', 'USA']);
});

test('a group of states acting is also each of its members; as a place it is not', () => {
  const acting = actors('The Baltic states asked NATO for more troops.');
  assert.deepEqual(acting.map((a) => a.id).sort(), ['EST', 'LTU', 'LVA', 'NATO', 'group:baltic-states']);
  assert.equal(acting.find((a) => a.id === 'EST')?.mentions[0]?.via, 'group:baltic-states');
  assert.deepEqual(actors('NATO strengthened its deployment in the Baltic states.').map((a) => a.id).sort(), ['NATO', 'group:baltic-states']);
});
