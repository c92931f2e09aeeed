// The shipped dictionaries (data/actors): they load clean, and spot checks of facts the
// resolution stage depends on (SPEC §2.1: Johnson is GBRGOV until 2022-09-06).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { projectRoot } from '../testing/paths.js';
import { loadGazetteer } from './load-gazetteer.js';
import { officesOverlap } from './gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import type { PersonEntry } from './gazetteer-schema.js';

const { gazetteer, diagnostics } = loadGazetteer({ dir: join(projectRoot, 'data', 'actors') });

const person = (g: Gazetteer, id: string): PersonEntry => {
  const p = g.people.find((x) => x.id === id);
  assert.ok(p, `${id} is in the dictionary`);
  return p;
};
const officeDates = (p: PersonEntry, role: string) =>
  p.offices.filter((o) => o.role === role).map((o) => [o.from, o.to]);

test('the default dictionaries load without a diagnostic', () => {
  assert.deepEqual(diagnostics.map((d) => d.reason), []);
  assert.equal(gazetteer.files.length, 4);
});

test('the package data dir is found from the compiled file when no dir is given', () => {
  assert.equal(loadGazetteer().gazetteer.states.length, gazetteer.states.length);
});

test('every UN member and observer state is there, with a capital', () => {
  const withCapital = gazetteer.states.filter((s) => s.capitals.length > 0);
  assert.ok(withCapital.length >= 193, `${withCapital.length} states with a capital`);
  const status = (s: string) => gazetteer.states.filter((x) => x.status === s).length;
  assert.equal(status('member'), 193);
  assert.equal(status('observer'), 2);
  for (const code of ['SUN', 'YUG', 'CSK', 'DDR', 'SCG']) {
    assert.equal(gazetteer.states.find((s) => s.code === code)?.status, 'historical', code);
  }
  const usa = gazetteer.states.find((s) => s.code === 'USA');
  assert.deepEqual(usa?.seats.find((s) => s.name === 'Pentagon'), { name: 'Pentagon', code: 'USAMIL' });
});

test('organisations of every kind, with the codes of SPEC §2.1', () => {
  const byId = new Map(gazetteer.organisations.map((o) => [o.id, o]));
  for (const id of ['NATO', 'EU', 'UN', 'SCO', 'BRICS', 'G7', 'G20', 'ASEAN', 'OSCE', 'CSTO', 'AU', 'WST', 'EUR', 'ASI', 'AFR', 'MEA']) {
    assert.equal(byId.get(id)?.code, id, id);
  }
  assert.equal(byId.get('group:donetsk-peoples-republic')?.code, 'UKRREB');
  assert.ok(byId.get('group:luhansk-peoples-republic')?.names.includes('Lugan In the Republic of Skopje'));
  assert.ok(byId.get('region:eastern-ukraine')?.names.includes('Udong region'));
  assert.equal(byId.get('media:global-times')?.code, 'CHNMED');
  const kinds = new Set(gazetteer.organisations.map((o) => o.kind));
  assert.deepEqual([...kinds].sort(), ['armed-group', 'bloc', 'group', 'igo', 'media', 'organisation', 'region']);
  assert.ok(gazetteer.organisations.filter((o) => o.kind === 'media').length >= 50);
});

test('every office runs forwards in time', () => {
  const offices = gazetteer.people.flatMap((p) => p.offices.map((o) => ({ id: p.id, ...o })));
  assert.ok(offices.length >= 1000, `${offices.length} offices`);
  assert.deepEqual(offices.filter((o) => o.to !== null && o.from > o.to), []);
});

test('no two heads of government of one country overlap', () => {
  const hogs = gazetteer.people.flatMap((p) =>
    p.offices.filter((o) => o.role === 'head-of-government').map((o) => ({ id: p.id, ...o })));
  const clashes = hogs.flatMap((a, i) => hogs.slice(i + 1)
    .filter((b) => b.country === a.country && b.id !== a.id && officesOverlap(a, b))
    .map((b) => `${a.country}: ${a.id} ${a.from}..${a.to} / ${b.id} ${b.from}..${b.to}`));
  assert.deepEqual(clashes, []);
});

test('Boris Johnson: prime minister from 2019-07-24 to 2022-09-06, GBRGOV', () => {
  const johnson = person(gazetteer, 'person:boris-johnson');
  assert.deepEqual(officeDates(johnson, 'head-of-government'), [['2019-07-24', '2022-09-06']]);
  assert.equal(johnson.offices.find((o) => o.role === 'head-of-government')?.code, 'GBRGOV');
  assert.ok(johnson.aliases.includes('Johnson') && johnson.aliases.includes('Boris'));
});

test("Putin's terms as prime minister and president", () => {
  const putin = person(gazetteer, 'person:vladimir-putin');
  assert.deepEqual(officeDates(putin, 'head-of-government'), [['1999-08-16', '2000-05-07'], ['2008-05-08', '2012-05-07']]);
  const presidencies = putin.offices.filter((o) => o.role === 'head-of-state' && o.title === 'President');
  assert.deepEqual(presidencies.map((o) => [o.from, o.to]), [['2000-05-07', '2008-05-07'], ['2012-05-07', null]]);
  // And the acting presidency between Yeltsin's resignation and the inauguration.
  assert.ok(putin.offices.some((o) => o.title === 'Acting President' && o.from === '1999-12-31'));
});

test('Zelensky is president of Ukraine from 2019-05-20, under his usual spellings', () => {
  const zelensky = person(gazetteer, 'person:volodymyr-zelensky');
  assert.deepEqual(officeDates(zelensky, 'head-of-state'), [['2019-05-20', null]]);
  for (const alias of ['Zelensky', 'Zelenskyy', 'Zelenskiy']) assert.ok(zelensky.aliases.includes(alias), alias);
});

test('role phrases carry a CAMEO role code and the offices they name', () => {
  const role = (phrase: string) => gazetteer.roles.find((r) => r.phrases.includes(phrase));
  assert.deepEqual([role('president')?.code, role('president')?.offices], ['GOV', ['head-of-state', 'head-of-government']]);
  assert.equal(role('army')?.code, 'MIL');
  assert.equal(role('opposition')?.code, 'OPP');
  assert.equal(role('separatists')?.code, 'REB');
  assert.equal(role('businesses')?.code, 'BUS');
});
