// The Store contract for cross-document events, on SQLite and PostgreSQL: the same event
// reported by several articles is one group with its mentions, articles, sites and stories; a
// repost (a verified near-duplicate) adds an article but not a story; a later report beyond the
// window is another group. Expected groups are computed here from the analyses themselves.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Analysis } from '../model/analysis.js';
import { analyzeText } from '../testing/code-text.js';
import { DIALECTS, openTestStore, type TestStore } from '../testing/test-stores.js';
import { dayOf } from './document-rows.js';
import type { EventGroup, Store, StoredArticle } from './store.js';

const ATTACK = 'Russia attacked Ukraine on Tuesday. Russian troops shelled the port of Odesa. The United States condemned Russia.';
const TEXTS: [string, string, string][] = [
  ['2022-07-20', 'wire', ATTACK],
  ['2022-07-21', 'wire', 'Russian forces attacked Ukraine again, officials in Kyiv said. Ukraine accused Russia of shelling the port. The European Union imposed new sanctions on Russia.'],
  // A content farm's repost of the first article, a day later with a line added.
  ['2022-07-22', 'farm', `${ATTACK}\n\nThe strikes went on overnight, officials said.`],
  ['2022-08-30', 'daily', 'Russia attacked Ukraine near Kharkiv. Germany urged Russia to withdraw its troops.'],
];
const articles: Analysis[] = TEXTS.map(([day, site, text]) => ({ ...analyzeText(text, day), site }));
const [original, , repost] = articles as [Analysis, Analysis, Analysis, Analysis];

const stored = (a: Analysis, i: number): StoredArticle => ({
  analysis: a, sourceUri: `file:${i}.txt`, canonicalUrl: null, contentHash: `hash-${a.id}`, bands: [], analyzerVersion: 'v1',
});

/** Reference grouping, straight from the analyses: sort by key and day, cut at gaps over the window. */
function expectedGroups(windowDays: number): { key: string; firstDay: string; lastDay: string; events: number; mentions: number; articles: number; sites: number }[] {
  const rows = articles.flatMap((a) => a.events.map((e) => ({
    key: `${e.source?.country ?? ''}>${e.target?.country ?? ''} ${e.root}`, day: dayOf(e.date?.value) ?? dayOf(a.published)!, doc: a.id, site: a.site ?? a.id, mentions: e.mentions.length || 1,
  }))).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  const groups: (typeof rows)[] = [];
  for (const r of rows) {
    const last = groups[groups.length - 1]?.at(-1);
    const gap = last ? (Date.parse(r.day) - Date.parse(last.day)) / 86_400_000 : Infinity;
    if (last && last.key === r.key && gap <= windowDays) groups[groups.length - 1]!.push(r);
    else groups.push([r]);
  }
  return groups.map((g) => ({
    key: g[0]!.key, firstDay: g[0]!.day, lastDay: g.at(-1)!.day, events: g.length, mentions: g.reduce((s, r) => s + r.mentions, 0),
    articles: new Set(g.map((r) => r.doc)).size, sites: new Set(g.map((r) => r.site)).size,
  })).sort((x, y) => (x.firstDay < y.firstDay ? -1 : x.firstDay > y.firstDay ? 1 : x.key < y.key ? -1 : 1));
}

const summary = (g: EventGroup) => ({
  key: `${g.source ?? ''}>${g.target ?? ''} ${g.root}`, firstDay: g.firstDay, lastDay: g.lastDay, events: g.numEvents, mentions: g.numMentions, articles: g.numArticles, sites: g.numSources,
});

const attack = (groups: readonly EventGroup[]): EventGroup[] => groups.filter((g) => g.source === 'RUS' && g.target === 'UKR' && g.root === '19');

for (const dialect of DIALECTS) {
  describe(`store contract, event groups: ${dialect}`, () => {
    let t: TestStore;
    let store: Store;
    before(async () => {
      t = await openTestStore(dialect, { now: () => new Date('2024-01-01T00:00:00Z') });
      store = t.store;
      for (const [i, a] of articles.entries()) await store.put(stored(a, i));
      await store.putDuplicates([{ documentId: repost.id, otherId: original.id, kind: 'near', jaccard: 0.9, containment: 1 }]);
    });
    after(async () => t?.dispose());

    test('groups are the events of one dyad and root chained within the window, counted as the analyses give them', async () => {
      const groups = await store.eventGroups({}, {}, { limit: 100 });
      assert.deepEqual(groups.map(summary), expectedGroups(3));
      assert.ok(groups.length < articles.reduce((s, a) => s + a.events.length, 0), 'some events are grouped');
    });

    test('the attack reported by three articles is one group; the repost adds an article and a site but not a story', async () => {
      const [first, later, ...rest] = attack(await store.eventGroups({}, {}, { limit: 100 }));
      assert.ok(first && later, 'two attack groups');
      assert.equal(rest.length, 0);
      assert.equal(first.numArticles, 3);
      assert.equal(first.numSources, 2);
      assert.equal(first.numStories, 2);
      assert.equal(first.cameo, '190');
      assert.equal(first.events.length, first.numEvents);
      assert.ok(first.events.every((e) => e.root === '19' && e.source?.country === 'RUS' && e.target?.country === 'UKR'));
      assert.equal(later.numArticles, 1);
      assert.equal(later.numStories, 1);
      assert.equal(later.firstDay, '2022-08-30');
    });

    test('a wider window joins the later report; filters, paging and the event cap apply', async () => {
      const wide = attack(await store.eventGroups({}, { windowDays: 60 }, { limit: 100 }));
      assert.equal(wide.length, 1);
      assert.equal(wide[0]!.numArticles, 4);
      assert.equal(wide[0]!.numStories, 3);
      assert.deepEqual((await store.eventGroups({ source: 'RUS', target: 'UKR', code: '19' }, {}, { limit: 100 })).map(summary), attack(await store.eventGroups({}, {}, { limit: 100 })).map(summary));
      const all = await store.eventGroups({}, {}, { limit: 100 });
      const paged = [...await store.eventGroups({}, {}, { limit: 2 }), ...await store.eventGroups({}, {}, { limit: 100, offset: 2 })];
      assert.deepEqual(paged, all);
      const capped = await store.eventGroups({ actor: 'UKR' }, { eventsPerGroup: 1 }, { limit: 100 });
      assert.ok(capped.length > 0 && capped.every((g) => g.events.length === 1));
      assert.deepEqual(await store.eventGroups({ from: '2030-01-01' }, {}, { limit: 100 }), []);
    });
  });
}

test('SQLite and PostgreSQL give identical event groups', async () => {
  const answers = [];
  for (const dialect of DIALECTS) {
    const t = await openTestStore(dialect, { now: () => new Date('2024-01-01T00:00:00Z') });
    try {
      for (const [i, a] of articles.entries()) await t.store.put(stored(a, i));
      await t.store.putDuplicates([{ documentId: repost.id, otherId: original.id, kind: 'near', jaccard: 0.9, containment: 1 }]);
      answers.push({
        groups: await t.store.eventGroups({}, {}, { limit: 100 }),
        wide: await t.store.eventGroups({ modality: 'asserted' }, { windowDays: 60, eventsPerGroup: 2 }, { limit: 100 }),
        none: await t.store.eventGroups({}, { windowDays: 0 }, { limit: 100 }),
      });
    } finally {
      await t.dispose();
    }
  }
  assert.deepEqual(answers[0], answers[1]);
});
