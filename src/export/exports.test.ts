import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventRow } from '../store/store.js';
import { actorNetwork } from './actor-network.js';
import { csvLine } from './csv-line.js';
import { EVENT_COLUMNS, eventColumns } from './event-columns.js';
import { gexf, graphml } from './network-xml.js';
import { ploverRecord } from './plover-record.js';

const ref = (code: string) => ({ id: code, country: code.slice(0, 3), code });
const event = (src: string, tgt: string, cameo: string, quadClass: number, goldstein: number, extra: Partial<EventRow> = {}): EventRow => ({
  documentId: 'd1', idx: 0, source: ref(src), target: ref(tgt), cameo, root: cameo.slice(0, 2), quadClass, goldstein,
  plover: { type: 'ASSAULT', mode: null }, modality: 'asserted', date: '2022-07-13', day: '2022-07-13', location: null, site: 's',
  text: 'Russia shelled "the port", again', span: { start: 0, end: 10 }, mentions: 2, ...extra,
});

async function* stream<T>(xs: T[]): AsyncIterable<T> { yield* xs; }

test('CSV quotes fields with commas, quotes or line breaks, and nothing else', () => {
  assert.equal(csvLine(['a', 'b,c', 'say "no"', 'two\nlines', null, 3]), 'a,"b,c","say ""no""","two\nlines",,3\r\n');
});

test('event columns line up with their header', () => {
  const cols = eventColumns(event('RUS', 'UKR', '190', 4, -10));
  assert.equal(cols.length, EVENT_COLUMNS.length);
  assert.equal(cols[EVENT_COLUMNS.indexOf('SQLDATE')], '20220713');
  assert.equal(cols[EVENT_COLUMNS.indexOf('Actor2Code')], 'UKR');
});

test('events PLOVER dropped (no type) give no PLOVER record', () => {
  assert.equal(ploverRecord(event('RUS', 'UKR', '010', 1, 0, { plover: null })), null);
  assert.equal(ploverRecord(event('RUS', 'UKR', '190', 4, -10))?.event_type, 'ASSAULT');
});

test('the network sums asserted events per dyad, split into cooperation and conflict', async () => {
  const n = await actorNetwork(stream([
    event('RUS', 'UKR', '190', 4, -10), event('RUS', 'UKR', '111', 3, -2), event('USA', 'UKR', '070', 2, 7),
    event('RUS', 'UKR', '190', 4, -10, { modality: 'future' }), event('RUS', 'UKR', '190', 4, -10, { target: null }),
  ]));
  assert.deepEqual(n.edges, [
    { source: 'RUS', target: 'UKR', events: 2, cooperation: 0, conflict: 2, goldstein: -12 },
    { source: 'USA', target: 'UKR', events: 1, cooperation: 1, conflict: 0, goldstein: 7 },
  ]);
  assert.deepEqual(n.nodes.map((x) => [x.id, x.events]), [['RUS', 2], ['UKR', 3], ['USA', 1]]);
});

test('GEXF and GraphML carry every node and edge, with markup in names escaped', async () => {
  const n = await actorNetwork(stream([event('A<B', 'UKR', '190', 4, -10), event('USA', 'UKR', '070', 2, 7)]));
  for (const xml of [gexf(n), graphml(n)]) {
    assert.equal((xml.match(/<node /g) ?? []).length, 3);
    assert.equal((xml.match(/<edge /g) ?? []).length, 2);
    assert.ok(xml.includes('A&lt;B') && !xml.includes('"A<B"'));
  }
});
