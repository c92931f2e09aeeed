// The API over a real SQLite store built through the real ingest path: each route, paging,
// malformed parameters, unknown ids, the OpenAPI document, exports and the security headers.
// Expected answers come from the store's own analyses, so they hold whatever the coder finds.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Hono } from 'hono';
import type { Analysis } from '../model/analysis.js';
import { apiTestStore, type ApiTestStore } from './api-test-corpus.js';
import { createApp } from './create-app.js';

interface Json { [k: string]: unknown }

describe('HTTP API over an ingested SQLite store', () => {
  let t: ApiTestStore;
  let app: Hono;
  const get = async (path: string, init?: RequestInit): Promise<{ status: number; body: Json; res: Response }> => {
    const res = await app.request(path, init);
    const text = await res.text();
    return { status: res.status, body: (text && res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : { text }) as Json, res };
  };
  const items = (body: Json): Json[] => body['items'] as Json[];
  let analyses: Analysis[] = [];

  before(async () => {
    t = await apiTestStore();
    app = createApp({ store: t.store });
    for await (const a of t.store.streamDocuments()) analyses.push(a);
  });
  after(async () => t?.dispose());

  test('the corpus was ingested: one repost found as a duplicate', () => {
    assert.equal(t.summary.failed, 0);
    assert.equal(t.summary.added, 6);
    assert.ok(t.summary.duplicates >= 1, 'the repost is a verified duplicate of the drills story');
    analyses = analyses.slice();
  });

  test('health and overview', async () => {
    const h = await get('/api/health');
    assert.equal(h.status, 200);
    assert.match(h.res.headers.get('content-type') ?? '', /^application\/json/);
    assert.deepEqual(h.body, { ok: true, dialect: 'sqlite', documents: 6 });
    const o = (await get('/api/overview')).body;
    assert.equal(o['documents'], 6);
    assert.equal(o['events'], analyses.reduce((n, a) => n + a.events.length, 0));
    assert.deepEqual(o['dateRange'], { from: '2023-09-12', to: '2024-10-01' });
    assert.deepEqual((o['sites'] as Json[]).map((s) => s['site']).sort(), ['daily', 'mirror', 'wire']);
    assert.ok((o['topActors'] as Json[]).length > 0 && (o['topActors'] as Json[]).length <= 10);
    const attention = o['attention'] as Json[];
    assert.equal(attention.reduce((n, p) => n + (p['documents'] as number), 0), 6);
    assert.ok(attention.every((p) => /^\d{4}-\d{2}-01$/.test(p['period'] as string)), 'a year of documents is counted per month');
  });

  test('articles: newest first, paged, with a total; filters by site and day', async () => {
    const all = await get('/api/articles?limit=500');
    assert.equal(all.body['total'], 6);
    const days = items(all.body).map((a) => a['day'] as string);
    assert.deepEqual(days, [...days].sort().reverse());
    const page = await get('/api/articles?limit=2&offset=2');
    assert.deepEqual(items(page.body).map((a) => a['id']), items(all.body).slice(2, 4).map((a) => a['id']));
    assert.equal(page.body['limit'], 2);
    assert.equal(page.body['offset'], 2);
    const daily = await get('/api/articles?site=daily&from=2023-10-01&to=2023-10-31');
    assert.deepEqual(items(daily.body).map((a) => a['title']).sort(), ['New sanctions on Russia', 'Turkey hosts talks']);
    assert.equal(daily.body['total'], 2);
  });

  test('one article: its analysis, sources and duplicates; an unknown id is 404', async () => {
    const drills = analyses.find((a) => a.title === 'Joint drills near the Polish border')!;
    const r = await get(`/api/articles/${drills.id}`);
    assert.equal(r.status, 200);
    assert.equal((r.body['analysis'] as Json)['text'], drills.text);
    assert.deepEqual(r.body['sources'], [{ uri: drills.uri, published: '2023-09-12' }]);
    assert.ok((r.body['duplicates'] as Json[]).length >= 1);
    const missing = await get('/api/articles/no-such-id');
    assert.equal(missing.status, 404);
    assert.equal((missing.body['error'] as Json)['code'], 'not-found');
  });

  test('actors and events, with filters', async () => {
    const actors = items((await get('/api/actors?limit=5')).body);
    assert.ok(actors.length > 0 && actors.length <= 5);
    const states = items((await get('/api/actors?kind=state&limit=500')).body);
    assert.ok(states.every((a) => a['kind'] === 'state'));
    const expected = analyses.flatMap((a) => a.events.filter((e) => e.source?.country === 'RUS'));
    const rus = items((await get('/api/events?source=RUS&limit=500')).body);
    assert.equal(rus.length, expected.length);
    const quad = items((await get('/api/events?quad=4&limit=500')).body);
    assert.ok(quad.every((e) => e['quadClass'] === 4));
    const one = analyses.find((a) => a.events.length > 0)!;
    const ofDoc = items((await get(`/api/events?document=${one.id}&limit=500`)).body);
    assert.equal(ofDoc.length, one.events.length);
    const groups = await get('/api/events/groups?window=5');
    assert.equal(groups.status, 200);
    assert.ok(Array.isArray(groups.body['items']));
  });

  test('dyads, network, search, duplicates', async () => {
    const d = await get('/api/dyads/RUS/UKR?interval=week');
    assert.equal(d.status, 200);
    assert.equal(d.body['interval'], 'week');
    const asserted = analyses.flatMap((a) => a.events.filter((e) => e.source?.country === 'RUS' && e.target?.country === 'UKR' && e.modality === 'asserted'));
    assert.equal((d.body['points'] as Json[]).reduce((n, p) => n + (p['events'] as number), 0), asserted.length);

    const net = (await get('/api/network')).body;
    const edges = net['edges'] as Json[];
    const nodes = new Set((net['nodes'] as Json[]).map((n) => n['id']));
    assert.ok(edges.length > 0);
    assert.ok(edges.every((e) => nodes.has(e['source']) && nodes.has(e['target'])));
    const total = analyses.flatMap((a) => a.events.filter((e) => e.source && e.target && e.modality === 'asserted')).length;
    assert.equal(edges.reduce((n, e) => n + (e['events'] as number), 0), total);
    assert.ok(((await get('/api/network?limit=1')).body['edges'] as Json[]).length === 1);
    for (const e of edges.slice(0, 3)) {
      const own = items((await get(`/api/events?sourceCode=${String(e['source'])}&targetCode=${String(e['target'])}&modality=asserted&limit=500`)).body);
      assert.equal(own.length, e['events'], 'an edge lists exactly its own events');
    }

    const s = items((await get('/api/search?q=Warsaw%20ambassador')).body);
    assert.ok(s.length >= 1);
    assert.match(s[0]!['snippet'] as string, /\[/);
    const dup = items((await get('/api/duplicates?kind=near,contained,exact')).body);
    assert.ok(dup.length >= 1);
  });

  test('narratives and techniques: lists, their articles, unknown names', async () => {
    const narratives = items((await get('/api/narratives')).body);
    const expectedN = new Set(analyses.flatMap((a) => a.narratives.map((n) => n.id)));
    assert.deepEqual(new Set(narratives.map((n) => n['id'])), expectedN);
    for (const n of narratives.slice(0, 2)) {
      const r = await get(`/api/narratives/${String(n['id'])}/articles`);
      assert.equal(r.body['total'], n['documents']);
    }
    assert.equal((await get('/api/narratives/no-such-narrative/articles')).status, 404);
    const techniques = items((await get('/api/techniques')).body);
    const expectedT = new Set(analyses.flatMap((a) => a.techniques.map((x) => x.technique)));
    assert.deepEqual(new Set(techniques.map((x) => x['technique'])), expectedT);
    const known = await get('/api/techniques/straw_man/articles');
    assert.equal(known.status, 200);
    assert.equal((await get('/api/techniques/not_a_technique/articles')).status, 404);
  });

  test('malformed parameters are 400 naming the parameter', async () => {
    for (const [path, param] of [
      ['/api/articles?limit=501', 'limit'], ['/api/articles?limit=0', 'limit'], ['/api/articles?limit=abc', 'limit'],
      ['/api/articles?offset=-1', 'offset'], ['/api/events?quad=7', 'quad'], ['/api/events?from=2022-13-01', 'from'],
      ['/api/events?from=2022-02-30', 'from'], ['/api/events?modality=maybe', 'modality'], ['/api/events?code=abc', 'code'],
      ['/api/dyads/RUS/UKR?interval=year', 'interval'], ['/api/search', 'q'], ['/api/duplicates?kind=similar', 'kind'],
      ['/api/network?limit=100000', 'limit'], [`/api/events?actor=${'x'.repeat(300)}`, 'actor'], ['/api/export/xlsx', 'format'],
    ] as const) {
      const r = await get(path);
      assert.equal(r.status, 400, path);
      const error = r.body['error'] as Json;
      assert.equal(error['code'], 'bad-request');
      assert.match(error['message'] as string, new RegExp(`^${param}: `), path);
    }
    const unknown = await get('/api/nothing-here');
    assert.equal(unknown.status, 404);
    assert.equal((unknown.body['error'] as Json)['code'], 'not-found');
  });

  test('exports stream every event, in each format', async () => {
    const count = analyses.reduce((n, a) => n + a.events.length, 0);
    const csv = await app.request('/api/export/csv');
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    assert.equal((await csv.text()).trimEnd().split('\n').length, count + 1);
    const jsonl = (await (await app.request('/api/export/jsonl?source=RUS')).text()).trimEnd().split('\n').filter(Boolean);
    assert.ok(jsonl.every((l) => (JSON.parse(l) as { source: { country: string } }).source.country === 'RUS'));
    const gexf = await (await app.request('/api/export/gexf')).text();
    assert.match(gexf, /^<\?xml/);
    const articles = (await (await app.request('/api/export/articles')).text()).trimEnd().split('\n');
    assert.equal(articles.length, 6);
  });

  test('the OpenAPI document lists every path and its parameters', async () => {
    const r = await get('/api/openapi.json');
    assert.equal(r.status, 200);
    assert.equal(r.body['openapi'], '3.1.0');
    const paths = r.body['paths'] as Record<string, { get: { parameters: { name: string }[] } }>;
    for (const p of ['/api/health', '/api/overview', '/api/articles', '/api/articles/{id}', '/api/actors', '/api/events', '/api/events/groups',
      '/api/dyads/{source}/{target}', '/api/network', '/api/search', '/api/duplicates', '/api/narratives', '/api/narratives/{id}/articles',
      '/api/techniques', '/api/techniques/{name}/articles', '/api/export/{format}', '/api/openapi.json']) {
      assert.ok(paths[p], `lists ${p}`);
    }
    assert.ok(paths['/api/events']!.get.parameters.some((x) => x.name === 'quad'));
    assert.ok(paths['/api/articles/{id}']!.get.parameters.some((x) => x.name === 'id'));
  });

  test('a token, when set, is required on every API call', async () => {
    const locked = createApp({ store: t.store, token: 's3cret' });
    for (const path of ['/api/health', '/api/overview', '/api/export/csv', '/api/openapi.json']) {
      const r = await locked.request(path);
      assert.equal(r.status, 401, path);
      assert.equal(((await r.json()) as { error: { code: string } }).error.code, 'unauthorized');
    }
    assert.equal((await locked.request('/api/health?token=wrong')).status, 401);
    assert.equal((await locked.request('/api/health', { headers: { Authorization: 'Bearer nope' } })).status, 401);
    assert.equal((await locked.request('/api/health?token=s3cret')).status, 200);
    assert.equal((await locked.request('/api/health', { headers: { Authorization: 'Bearer s3cret' } })).status, 200);
  });

  test('HTML answers carry the security headers; JSON answers are JSON', async () => {
    const page = await app.request('/');
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'self'; script-src 'self'; object-src 'none'/);
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    const api = await app.request('/api/overview');
    assert.match(api.headers.get('content-type') ?? '', /^application\/json/);
    assert.equal(api.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(api.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
  });
});
