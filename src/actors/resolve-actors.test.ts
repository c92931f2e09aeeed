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

/** [mention text, code] of each mention. */
const coded = (text: string): [string, string][] => found(text).map(([t, , code]) => [t, code]);

test('military hardware and crews stand for their state\'s military', () => {
  assert.deepEqual(coded('Pakistani jets struck targets. Chinese warships sailed on. Israeli warplanes hit Damascus.'), [
    ['Pakistani jets', 'PAKMIL'], ['Chinese warships', 'CHNMIL'], ['Israeli warplanes', 'ISRMIL'], ['Damascus', 'SYR']]);
  assert.deepEqual(coded('US bombers and American drones flew. Iranian drones attacked. North Korean missiles fell.'), [
    ['US bombers', 'USAMIL'], ['American drones', 'USAMIL'], ['Iranian drones', 'IRNMIL'], ['North Korean missiles', 'PRKMIL']]);
  assert.deepEqual(coded('Russian troops, Russian soldiers and Ukrainian forces. Russian pilots and a Russian soldier.'), [
    ['Russian troops', 'RUSMIL'], ['Russian soldiers', 'RUSMIL'], ['Ukrainian forces', 'UKRMIL'], ['Russian pilots', 'RUSMIL'], ['Russian soldier', 'RUSMIL']]);
  // Words describing the hardware belong to the phrase; so does a coalition the state leads.
  assert.deepEqual(coded('Russian military aircraft, Turkish fighter jets and Chinese coast guard vessels.'), [
    ['Russian military aircraft', 'RUSMIL'], ['Turkish fighter jets', 'TURMIL'], ['Chinese coast guard vessels', 'CHNMIL']]);
  assert.deepEqual(coded('Saudi-led coalition aircraft bombed the port. Russian strategic bombers and Russian attack helicopters.'), [
    ['Saudi-led coalition aircraft', 'SAUMIL'], ['Russian strategic bombers', 'RUSMIL'], ['Russian attack helicopters', 'RUSMIL']]);
  assert.deepEqual(coded('The Venezuelan navy, the Venezuelan air force, Venezuelan border guards, the Venezuelan coast guard and Venezuelan police.'), [
    ['Venezuelan navy', 'VENMIL'], ['Venezuelan air force', 'VENMIL'], ['Venezuelan border guards', 'VENMIL'], ['Venezuelan coast guard', 'VENMIL'],
    ['Venezuelan police', 'VENCOP']]);
  assert.deepEqual(coded('Pakistan Air Force jets intercepted them. US and British jets struck.'), [
    ['Pakistan Air Force jets', 'PAKMIL'], ['US', 'USAMIL'], ['British jets', 'GBRMIL']]);
});

test('a model designation may stand between the country and the noun, or be the noun', () => {
  assert.deepEqual(coded('Two Turkish F-16 fighters shot down a Russian Su-24 bomber.'), [['Turkish F-16 fighters', 'TURMIL'], ['Russian Su-24 bomber', 'RUSMIL']]);
  assert.deepEqual(coded('Twelve Indian Mirage 2000 jets took off.'), [['Indian Mirage 2000 jets', 'INDMIL']]);
  assert.deepEqual(coded("Turkey's F-16s and US F-35s patrolled."), [["Turkey's F-16s", 'TURMIL'], ['US F-35s', 'USAMIL']]);
  assert.deepEqual(coded('US B-1B bombers, American F-35B jets, Chinese J-20 stealth fighters and Russian Tu-95 bombers.'), [
    ['US B-1B bombers', 'USAMIL'], ['American F-35B jets', 'USAMIL'], ['Chinese J-20 stealth fighters', 'CHNMIL'], ['Russian Tu-95 bombers', 'RUSMIL']]);
  assert.deepEqual(coded('Syrian MiG-21 pilots and Russian S-400 systems.'), [['Syrian MiG-21 pilots', 'SYRMIL'], ['Russian S-400 systems', 'RUSMIL']]);
  // Without a country, or without a noun of hardware, a designation is nothing.
  assert.deepEqual(coded('Two B-1B bombers flew. A Russian Su-24 crashed. The Russian COVID-19 vaccine was approved.'), []);
});

test('diplomats and officials are the government; businessmen business', () => {
  assert.deepEqual(coded('The North Korean ambassador, Russian diplomats, Chinese officials, Iranian negotiators and a Turkish envoy met.'), [
    ['North Korean ambassador', 'PRKGOV'], ['Russian diplomats', 'RUSGOV'], ['Chinese officials', 'CHNGOV'], ['Iranian negotiators', 'IRNGOV'], ['Turkish envoy', 'TURGOV']]);
  assert.deepEqual(coded('Turkish businessmen invested.'), [['Turkish businessmen', 'TURBUS']]);
});

test('hardware as goods, as a modifier or as a craft\'s name is no actor; "fighters" alone are not jets', () => {
  assert.deepEqual(coded('Russian diamonds, the Russian economy and Russian gas.'), []);
  assert.deepEqual(coded('India bought Russian S-400 systems. Deliveries of American tanks began. Russia\'s use of Iranian drones.'), [
    ['India', 'IND'], ["Russia's", 'RUS']]);
  assert.deepEqual(coded('Ukraine received two more American F-16s. Iranian-made drones hit the city.'), [['Ukraine', 'UKR']]);
  assert.deepEqual(coded('A Russian drone strike. North Korean missile tests. Russian jet fuel.'), []);
  assert.deepEqual(coded('The navy lost the cruiser Moskva.'), []);
  assert.deepEqual(coded('The Russian cruiser Moskva sank.'), [['Russian cruiser Moskva', 'RUSMIL']]);
  assert.deepEqual(coded('Syrian fighters and Kurdish fighters held the town.'), []);
  assert.deepEqual(coded('The US military struck three sites.'), [['US military', 'USAMIL']]);
});

test('a person\'s name naming a place or an institution is not the person', () => {
  assert.deepEqual(found('Missiles hit Ain al-Asad airbase and the Kennedy airport.', '2020-01-08'), []);
  assert.deepEqual(found('Rockets fell on Ain al-Asad, west of the river.', '2020-01-08'), []);
  assert.deepEqual(found('Crowds gathered near the Putin memorial while Putin spoke.', '2020-01-08').map(([t, id]) => [t, id]),
    [['Putin', 'person:vladimir-putin']]);
});

test('a demonym on a noun of acting: actions, claims, operations', () => {
  assert.deepEqual(found('He rejected the Chinese actions and the American claims.').map(([t, id]) => [t, id]), [['Chinese', 'CHN'], ['American', 'USA']]);
});

test('office holders of Kosovo, the Philippines and Iraq, and EU commissioners', () => {
  assert.deepEqual(found('Kurti met Teodoro and Abdul-Mahdi, and Hahn wrote to them.', '2019-06-01').map(([, id, code]) => [id, code]), [
    ['person:albin-kurti', 'XKX'], ['person:gilberto-teodoro', 'PHL'], ['person:adil-abdul-mahdi', 'IRQGOV'], ['person:johannes-hahn', 'EU']]);
  assert.deepEqual(found('Prime Minister Albin Kurti spoke.', '2023-09-30')[0]?.slice(1), ['person:albin-kurti', 'XKXGOV']);
});

test('a known first name before an unknown surname is someone else: the role still counts', () => {
  assert.deepEqual(found('The Russian ambassador Dmitry Orlovsky left the meeting.', '2021-03-01').map(([, id, code]) => [id, code]), [['RUSGOV', 'RUSGOV']]);
});

test('a group name closing a geographic name is the place: the Sea of Azov', () => {
  assert.deepEqual(found('Two tankers sailed across the Sea of Azov on Monday.', '2021-03-01'), []);
  assert.deepEqual(found('The Azov regiment held the plant.', '2022-04-01').map(([, id]) => id), ['group:azov']);
});

test('the Islamic State branch in Afghanistan has its own entry', () => {
  assert.deepEqual(found('ISIS-K claimed the bombing, while ISIS fighters fled.', '2021-08-27').map(([t, id]) => [t, id]),
    [['ISIS-K', 'group:isis-k'], ['ISIS', 'group:isis']]);
});

test('a demonym on personnel or crew is the state acting', () => {
  assert.deepEqual(found('Venezuelan personnel seized the cargo and the Cuban crew left.').map(([t, id]) => [t, id]), [['Venezuelan', 'VEN'], ['Cuban', 'CUB']]);
});

test('a demonym before a domain adjective and a noun of acting: the American military operation', () => {
  assert.deepEqual(found('Critics denounced the Turkish military operation and Iranian economic pressure.').map(([t, id]) => [t, id]), [['Turkish', 'TUR'], ['Iranian', 'IRN']]);
});

test('a demonym on a request is the state asking', () => {
  assert.deepEqual(found('The council discussed the Chinese request.').map(([t, id]) => [t, id]), [['Chinese', 'CHN']]);
});

test('a demonym on men or women names the state\'s civilians', () => {
  assert.deepEqual(found('Georgian men and Armenian women crossed the bridge.').map(([t, , code]) => [t, code]), [['Georgian men', 'GEOCVL'], ['Armenian women', 'ARMCVL']]);
});
