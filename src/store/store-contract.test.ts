// The Store contract, run against every implementation (SQLite and PostgreSQL): the same
// articles stored, the same queries, the same answers. Expected answers are computed from the
// analyses themselves, so the tests hold whatever the coder finds in the texts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Analysis } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { DIALECTS, openTestStore, type TestStore } from '../testing/test-stores.js';
import { dayOf } from './document-rows.js';
import type { Store, StoredArticle } from './store.js';

const TEXTS: [string, string][] = [
  ['2022-07-20', 'Russia attacked Ukraine again on Tuesday. The United States condemned Russia and promised military aid to Ukraine. Germany urged Russia to withdraw its troops.'],
  ['2022-07-27', 'China and Russia held talks in Beijing on Wednesday. China praised Russia for its restraint. The United States imposed sanctions on Russia.'],
  ['2023-01-05', 'Turkey hosted talks between Russia and Ukraine. Ukraine accused Russia of shelling the port. The European Union imposed new sanctions on Russia.'],
];

const articles: Analysis[] = TEXTS.map(([day, text]) => ({ ...analyzeText(text, day), site: day < '2023' ? 'wire' : 'daily' }));

const article = (a: Analysis, uri: string, version = 'v1'): StoredArticle => ({
  analysis: a,
  sourceUri: uri,
  canonicalUrl: null,
  contentHash: createHash('sha256').update(a.text.toLowerCase()).digest('hex'),
  bands: Array.from({ length: 4 }, (_, i) => `${i}:${a.id.slice(i * 4, i * 4 + 4)}`),
  analyzerVersion: version,
});

const allEvents = articles.flatMap((a) => a.events.map((e) => ({ a, e })));

for (const dialect of DIALECTS) {
  describe(`store contract: ${dialect}`, () => {
    let t: TestStore;
    let store: Store;
    before(async () => {
      t = await openTestStore(dialect, { now: () => new Date('2024-01-01T00:00:00Z') });
      store = t.store;
      for (const [i, a] of articles.entries()) assert.equal(await store.put(article(a, `file:${i}.txt`)), 'added');
    });
    after(async () => t?.dispose());

    test('the same source and content again changes nothing', async () => {
      const before = await store.stats();
      assert.equal(await store.put(article(articles[0]!, 'file:0.txt')), 'unchanged');
      assert.deepEqual(await store.stats(), before);
    });

    test('the same content from another place is one document with two sources', async () => {
      const before = await store.stats();
      assert.equal(await store.put(article(articles[1]!, 'https://mirror.example/1')), 'new-source');
      const after = await store.stats();
      assert.equal(after.documents, before.documents);
      assert.equal(after.sources, before.sources + 1);
    });

    test('a newer analyser version keeps what is stored unless asked to re-analyse', async () => {
      assert.equal(await store.put(article(articles[2]!, 'file:2.txt', 'v2')), 'unchanged');
      assert.equal(await store.sourceVersion('file:2.txt'), 'v1');
    });

    test('re-analysing re-stores the document without duplicating its rows', async () => {
      const before = await store.stats();
      assert.equal(await store.put(article(articles[2]!, 'file:2.txt', 'v2'), { reanalyse: true }), 'reanalysed');
      assert.deepEqual(await store.stats(), before);
      assert.equal(await store.sourceVersion('file:2.txt'), 'v2');
    });

    test('duplicate candidates share a band key or the content hash; verified pairs read back', async () => {
      const [a, b] = [article(articles[0]!, 'x'), article(articles[1]!, 'y')];
      assert.deepEqual(await store.duplicateCandidates(a.analysis.id, a.contentHash, a.bands, 10), []);
      const sharing = [b.bands[0]!, 'none', 'none', a.bands[3]!];
      assert.deepEqual(await store.duplicateCandidates('other', 'no-hash', sharing, 10), [a.analysis.id, b.analysis.id].sort());
      assert.deepEqual(await store.duplicateCandidates('other', a.contentHash, [], 10), [a.analysis.id]);
      const texts = await store.texts([a.analysis.id]);
      assert.equal(texts[0]?.text, a.analysis.text);
      await store.putDuplicates([{ documentId: b.analysis.id, otherId: a.analysis.id, kind: 'near', jaccard: 0.9, containment: 0.95 }]);
      await store.putDuplicates([{ documentId: b.analysis.id, otherId: a.analysis.id, kind: 'near', jaccard: 0.85, containment: 0.95 }]);
      const rows = await store.duplicates({ documentId: a.analysis.id }, { limit: 10 });
      assert.deepEqual(rows, [{ documentId: b.analysis.id, otherId: a.analysis.id, kind: 'near', jaccard: 0.85, containment: 0.95 }]);
      assert.deepEqual(await store.duplicates({ kinds: ['exact'] }, { limit: 10 }), []);
    });

    test('a stored analysis reads back whole', async () => {
      assert.deepEqual(await store.getDocument(articles[0]!.id), articles[0]);
      assert.equal(await store.getDocument('no-such-id'), null);
    });

    test('every event is stored, in day order', async () => {
      const rows = await store.events({}, { limit: 1000 });
      assert.equal(rows.length, allEvents.length);
      assert.ok(allEvents.length >= 6, `the texts code events (${allEvents.length})`);
      const days = rows.map((r) => r.day);
      assert.deepEqual(days, [...days].sort());
    });

    test('events filtered by actor on either side, by dyad, by code prefix and by period', async () => {
      const count = (p: (x: (typeof allEvents)[number]) => boolean): number => allEvents.filter(p).length;
      const ukr = count(({ e }) => e.source?.country === 'UKR' || e.target?.country === 'UKR' || e.source?.id === 'UKR' || e.target?.id === 'UKR');
      assert.equal((await store.events({ actor: 'UKR' }, { limit: 1000 })).length, ukr);
      const dyad = count(({ e }) => e.source?.country === 'USA' && e.target?.country === 'RUS');
      assert.ok(dyad > 0);
      assert.equal((await store.events({ source: 'USA', target: 'RUS' }, { limit: 1000 })).length, dyad);
      const sanctions = count(({ e }) => e.cameo.startsWith('16'));
      assert.equal((await store.events({ code: '16' }, { limit: 1000 })).length, sanctions);
      const july = count(({ a, e }) => (dayOf(e.date?.value) ?? dayOf(a.published)!) <= '2022-12-31');
      assert.equal((await store.events({ to: '2022-12-31' }, { limit: 1000 })).length, july);
      const daily = count(({ a }) => a.site === 'daily');
      assert.equal((await store.events({ site: 'daily' }, { limit: 1000 })).length, daily);
    });

    test('pages of events do not overlap and cover the list', async () => {
      const all = await store.events({}, { limit: 1000 });
      const first = await store.events({}, { limit: 3 });
      const rest = await store.events({}, { limit: 1000, offset: 3 });
      assert.deepEqual([...first, ...rest], all);
    });

    test('streaming gives every event in the paged order, and every document once', async () => {
      const streamed = [];
      for await (const e of store.streamEvents({})) streamed.push(e);
      assert.deepEqual(streamed, await store.events({}, { limit: 1000 }));
      const ids = [];
      for await (const a of store.streamDocuments()) ids.push(a.id);
      assert.deepEqual(ids, articles.map((a) => a.id).sort());
    });

    test('search finds every article with all the words, with the words marked in a snippet', async () => {
      const hits = await store.search('sanctions Russia', { limit: 10 });
      const expected = articles.filter((a) => /sanctions/i.test(a.text) && /russia/i.test(a.text)).map((a) => a.id).sort();
      assert.deepEqual(hits.map((h) => h.id).sort(), expected);
      for (const h of hits) assert.match(h.snippet, /\[sanctions\]|\[Sanctions\]|\[Russia\]/);
      const all = await store.search('Russia', { limit: 10 });
      assert.ok(all.length >= 2);
      assert.deepEqual([...await store.search('Russia', { limit: 1 }), ...await store.search('Russia', { limit: 10, offset: 1 })], all);
      assert.deepEqual(await store.search('"; DROP TABLE documents; --', { limit: 10 }), []);
      assert.deepEqual(await store.search('', { limit: 10 }), []);
    });

    test('actors are counted by documents and mentions', async () => {
      const rows = await store.actors({}, { limit: 100 });
      const rus = rows.find((r) => r.id === 'RUS');
      assert.ok(rus);
      assert.equal(rus.documents, articles.filter((a) => a.actors.some((x) => x.id === 'RUS')).length);
      assert.equal(rus.mentions, articles.flatMap((a) => a.actors.filter((x) => x.id === 'RUS')).reduce((s, x) => s + x.mentions.length, 0));
      assert.ok(rows.every((r, i) => i === 0 || rows[i - 1]!.documents >= r.documents));
    });

    test('a feed\'s state is absent until stored, then read back and replaced', async () => {
      const url = 'https://news.example/feed.xml';
      assert.equal(await store.feedState(url), null);
      const first = { url, etag: '"abc"', lastModified: 'Tue, 01 Aug 2023 10:00:00 GMT', checkedAt: '2024-01-01T00:00:00.000Z' };
      await store.putFeedState(first);
      assert.deepEqual(await store.feedState(url), first);
      const second = { url, etag: null, lastModified: null, checkedAt: '2024-01-02T00:00:00.000Z' };
      await store.putFeedState(second);
      assert.deepEqual(await store.feedState(url), second);
      assert.equal(await store.feedState(`${url}?other`), null);
    });

    test('a dyad series sums asserted events and Goldstein values per period', async () => {
      const asserted = allEvents.filter(({ e }) => e.source?.country === 'USA' && e.target?.country === 'RUS' && e.modality === 'asserted');
      const months = await store.dyadSeries('USA', 'RUS', 'month');
      assert.equal(months.reduce((s, p) => s + p.events, 0), asserted.length);
      const g = asserted.reduce((s, { e }) => s + e.goldstein, 0);
      assert.ok(Math.abs(months.reduce((s, p) => s + p.goldstein, 0) - g) < 0.01);
      assert.ok(months.every((p) => p.period.endsWith('-01')));
    });
  });
}

test('SQLite and PostgreSQL give identical answers to the same queries', async () => {
  const answers = [];
  for (const dialect of DIALECTS) {
    const t = await openTestStore(dialect, { now: () => new Date('2024-01-01T00:00:00Z') });
    try {
      for (const [i, a] of articles.entries()) await t.store.put(article(a, `file:${i}.txt`));
      const s = t.store;
      answers.push({
        events: await s.events({}, { limit: 1000 }),
        russia: await s.events({ actor: 'RUS', quadClass: 4 }, { limit: 1000 }),
        actors: await s.actors({}, { limit: 100 }),
        weeks: await s.dyadSeries('USA', 'RUS', 'week'),
        search: (await s.search('talks', { limit: 10 })).map((h) => h.id).sort(),
        stats: await s.stats(),
      });
    } finally {
      await t.dispose();
    }
  }
  assert.deepEqual(answers[0], answers[1]);
});
