// The API's read queries (read-queries.ts), run against SQLite and PostgreSQL: article lists,
// sources, the overview, the actor network, narratives and techniques. Expected answers are
// computed from the stored analyses, so they hold whatever the coder finds in the texts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Analysis } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { DIALECTS, openTestStore, type TestStore } from '../testing/test-stores.js';
import { claimRows } from './claims-rows.js';
import type { Store, StoredArticle } from './store.js';

const TEXTS: [string, string, string][] = [
  ['2022-07-20', 'wire', 'Russia attacked Ukraine again on Tuesday. The United States condemned Russia and promised military aid to Ukraine. Germany urged Russia to withdraw its troops.'],
  ['2022-07-27', 'wire', 'China and Russia held talks in Beijing on Wednesday. China praised Russia for its restraint. The United States imposed sanctions on Russia.'],
  ['2022-08-03', 'daily', 'Ukraine accused Russia of shelling the port. Russia attacked Ukraine near Kharkiv. The European Union imposed new sanctions on Russia.'],
];

const span = { start: 0, end: 5 };
const withClaims = (a: Analysis, i: number): Analysis => ({
  ...a,
  narratives: i === 2 ? [] : [
    { id: 'west-aggressor', label: 'The West are the aggressors', taxonomy: 'URW: Blaming the war on others rather than the invader: The West are the aggressors', score: 0.4 + i / 10, evidence: [span] },
    ...(i === 1 ? [{ id: 'partnership', label: 'The China–Russia partnership cannot be broken', taxonomy: null, score: 0.7, evidence: [span] }] : []),
  ],
  techniques: [
    { technique: 'loaded_language', start: 0, end: 5, text: a.text.slice(0, 5), cue: 'x', confidence: 0.3 },
    ...(i === 0 ? [{ technique: 'loaded_language', start: 6, end: 9, text: a.text.slice(6, 9), cue: 'y', confidence: 0.35 }, { technique: 'doubt', start: 0, end: 5, text: a.text.slice(0, 5), cue: 'z', confidence: 0.6 }] : []),
  ],
});

const articles: Analysis[] = TEXTS.map(([day, site, text], i) => withClaims({ ...analyzeText(text, day), site }, i));

const stored = (a: Analysis, uri: string, version = 'v1'): StoredArticle => ({
  analysis: a, sourceUri: uri, canonicalUrl: null,
  contentHash: createHash('sha256').update(a.text).digest('hex'),
  bands: [`0:${a.id.slice(0, 8)}`], analyzerVersion: version,
});

const asserted = articles.flatMap((a) => a.events.filter((e) => e.source && e.target && e.modality === 'asserted'));

test('claim rows: one row per narrative and per technique, flags counted, best confidence kept', () => {
  const rows = claimRows(articles[0]!);
  assert.deepEqual(rows.narratives.map((n) => n.narrative_id), ['west-aggressor']);
  assert.deepEqual(rows.techniques.map((t) => [t.technique, t.flags, t.confidence]), [['loaded_language', 2, 0.35], ['doubt', 1, 0.6]]);
});

for (const dialect of DIALECTS) {
  describe(`store read queries: ${dialect}`, () => {
    let t: TestStore;
    let store: Store;
    before(async () => {
      t = await openTestStore(dialect, { now: () => new Date('2024-01-01T00:00:00Z') });
      store = t.store;
      for (const [i, a] of articles.entries()) await store.put(stored(a, `file:${i}.txt`));
      await store.put(stored(articles[0]!, 'https://mirror.example/0'));
    });
    after(async () => t?.dispose());

    test('articles: newest day first, paged, filtered by site and days, counted', async () => {
      const all = await store.articles({}, { limit: 10 });
      assert.deepEqual(all.map((a) => a.day), ['2022-08-03', '2022-07-27', '2022-07-20']);
      assert.deepEqual(all[0], {
        id: articles[2]!.id, title: 'Test article', uri: 'file:2.txt', published: '2022-08-03', site: 'daily', day: '2022-08-03',
        wordCount: articles[2]!.text.split(/\s+/).length, tone: articles[2]!.tone, recycled: articles[2]!.recycled,
      });
      assert.deepEqual((await store.articles({}, { limit: 1, offset: 1 })).map((a) => a.id), [articles[1]!.id]);
      assert.deepEqual((await store.articles({ site: 'wire', from: '2022-07-21' }, { limit: 10 })).map((a) => a.id), [articles[1]!.id]);
      assert.equal(await store.countArticles({}), 3);
      assert.equal(await store.countArticles({ site: 'wire' }), 2);
      assert.equal(await store.countArticles({ to: '2022-07-01' }), 0);
    });

    test('a document lists every source it was read from', async () => {
      assert.deepEqual(await store.documentSources(articles[0]!.id), [{ uri: 'file:0.txt', published: '2022-07-20' }, { uri: 'https://mirror.example/0', published: '2022-07-20' }]);
      assert.deepEqual(await store.documentSources('unknown'), []);
    });

    test('overview: sizes, range, sites, top actors and dyads, attention per day for a short range', async () => {
      const o = await store.overview();
      const stats = await store.stats();
      assert.deepEqual([o.documents, o.sources, o.events, o.actors], [stats.documents, stats.sources, stats.events, stats.actors]);
      assert.deepEqual(o.dateRange, { from: '2022-07-20', to: '2022-08-03' });
      assert.deepEqual(o.sites, [{ site: 'wire', documents: 2 }, { site: 'daily', documents: 1 }]);
      assert.deepEqual(o.topActors, await store.actors({}, { limit: 10 }));
      const dyads = new Map<string, number>();
      for (const e of asserted) if (e.source!.country !== e.target!.country) dyads.set(`${e.source!.country}>${e.target!.country}`, (dyads.get(`${e.source!.country}>${e.target!.country}`) ?? 0) + 1);
      const top = Math.max(...dyads.values());
      assert.equal(o.topDyads[0]?.events, top);
      assert.deepEqual(o.attention.map((p) => [p.period, p.documents]), [['2022-07-20', 1], ['2022-07-27', 1], ['2022-08-03', 1]]);
      assert.equal(o.attention.reduce((n, p) => n + p.events, 0), o.events);
    });

    test('network: asserted events as directed code edges, weights summing to the events', async () => {
      const net = await store.network({}, { minEvents: 1, limit: 500 });
      assert.equal(net.edges.reduce((n, e) => n + e.events, 0), asserted.length);
      const ids = new Set(net.nodes.map((n) => n.id));
      for (const e of net.edges) {
        assert.ok(ids.has(e.source) && ids.has(e.target));
        assert.equal(e.meanGoldstein, Math.round((e.goldstein / e.events) * 100) / 100);
      }
      const rus = net.nodes.find((n) => n.id === 'RUS');
      assert.equal(rus?.label, 'Russia');
      assert.equal(rus?.kind, 'state');
      const heaviest = Math.max(...net.edges.map((e) => e.events));
      assert.ok((await store.network({}, { minEvents: heaviest, limit: 500 })).edges.every((e) => e.events === heaviest));
      assert.equal((await store.network({}, { minEvents: 1, limit: 1 })).edges.length, 1);
      const fromRus = await store.network({ source: 'RUS' }, { minEvents: 1, limit: 500 });
      assert.ok(fromRus.edges.every((e) => e.source.startsWith('RUS')));
    });

    test('narratives and techniques: counts across documents and the articles behind each', async () => {
      assert.deepEqual(await store.narratives(), [
        { id: 'west-aggressor', name: 'The West are the aggressors', taxonomy: 'URW: Blaming the war on others rather than the invader: The West are the aggressors', documents: 2, meanScore: 0.45 },
        { id: 'partnership', name: 'The China–Russia partnership cannot be broken', taxonomy: null, documents: 1, meanScore: 0.7 },
      ]);
      const behind = await store.narrativeArticles('west-aggressor', { limit: 10 });
      assert.equal(behind.total, 2);
      assert.deepEqual(behind.items.map((a) => [a.id, a.score]), [[articles[1]!.id, 0.5], [articles[0]!.id, 0.4]]);
      assert.deepEqual(await store.narrativeArticles('none', { limit: 10 }), { items: [], total: 0 });
      assert.deepEqual(await store.techniques(), [{ technique: 'loaded_language', flags: 4, documents: 3 }, { technique: 'doubt', flags: 1, documents: 1 }]);
      const loaded = await store.techniqueArticles('loaded_language', { limit: 1 });
      assert.equal(loaded.total, 3);
      assert.deepEqual(loaded.items.map((a) => [a.id, a.flags, a.confidence]), [[articles[0]!.id, 2, 0.35]]);
    });

    test('re-analysing a document replaces its claim rows', async () => {
      const changed: Analysis = { ...articles[2]!, narratives: [{ id: 'partnership', label: 'The China–Russia partnership cannot be broken', taxonomy: null, score: 0.9, evidence: [] }], techniques: [] };
      assert.equal(await store.put(stored(changed, 'file:2.txt', 'v2'), { reanalyse: true }), 'reanalysed');
      assert.equal((await store.narratives()).find((n) => n.id === 'partnership')?.documents, 2);
      assert.deepEqual((await store.techniques()).find((x) => x.technique === 'loaded_language'), { technique: 'loaded_language', flags: 3, documents: 2 });
    });
  });
}
