// `npm run bench:store`: ingest throughput and memory into each store (SQLite file, PostgreSQL
// schema), then query latency on the filled store. Environment:
//   BENCH_STORE_ARTICLES  corpus size (default 20,000; the issue's figure is 100,000)
//   BENCH_STORES          dialects (default sqlite,postgres)
//   BENCH_STORE_MODE      pooled (default): a pool of generated articles is analysed once and
//                         distinct variants of it are stored through the real ingest path (put and
//                         duplicate verification), so the store is measured, not the analyser;
//                         analyse: every article generated, read from a JSONL dump and analysed
//   BENCH_STORE_POOL      pool size in pooled mode (default 300)
//   BENCH_STORE_KEEP=1    keep the filled stores (for EXPLAIN) and print where they are
// One in twenty articles is a content-farm repost of another, found as a near-duplicate.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeSources, type AnalyzeOutcome } from '../analyze-sources.js';
import { readSources } from '../ingest/read-sources.js';
import { ingestArticles } from '../store/ingest-articles.js';
import type { Store, StoreDialect } from '../store/store.js';
import { generatedRepost } from '../testing/generated-article.js';
import { openTestStore } from '../testing/test-stores.js';
import { analysePool, benchArticle, benchDay, isRepost, pooledVariants } from './pooled-articles.js';
import type { Analysis } from '../model/analysis.js';

async function writeCorpus(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const a = benchArticle(i);
    const text = isRepost(i) ? generatedRepost(benchArticle(i - 19), i) : a.paragraphs.join('\n\n');
    if (!out.write(`${JSON.stringify({ id: `g${i}`, title: a.title, text, published: benchDay(i), site: `site${i % 7}` })}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise((r) => out.end(r));
}

async function* pooledOutcomes(pool: readonly Analysis[], n: number): AsyncIterable<AnalyzeOutcome> {
  for (const analysis of pooledVariants(pool, n)) yield { ok: true, analysis };
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, performance.now() - t0];
}

async function queries(store: Store): Promise<string[]> {
  const out: string[] = [];
  const q = async (name: string, f: () => Promise<{ length: number }>): Promise<void> => {
    await f(); // warm
    const [r, ms] = await timed(f);
    out.push(`  ${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  (${r.length} rows)`);
  };
  await q('search two words', () => store.search('sanctions talks', { limit: 20 }));
  await q('search, page 10', () => store.search('pipeline', { limit: 20, offset: 200 }));
  await q('events of a dyad', () => store.events({ source: 'CHN', target: 'FRA' }, { limit: 100 }));
  await q('events of an actor', () => store.events({ actor: 'KAZ' }, { limit: 100 }));
  await q('events of an actor in a month', () => store.events({ actor: 'CHN', from: '2022-03-01', to: '2022-03-31' }, { limit: 100 }));
  await q('events by code prefix', () => store.events({ code: '16' }, { limit: 100 }));
  await q('events by a 3-digit code', () => store.events({ code: '172' }, { limit: 100 }));
  await q('events in a week', () => store.events({ from: '2023-02-01', to: '2023-02-07' }, { limit: 100 }));
  await q('events of one site, asserted', () => store.events({ site: 'site3', modality: 'asserted' }, { limit: 100 }));
  await q('top actors', () => store.actors({}, { limit: 20 }));
  await q('actors of one kind', () => store.actors({ kind: 'igo' }, { limit: 20 }));
  await q('dyad series by week', () => store.dyadSeries('POL', 'BLR', 'week'));
  await q('dyad series by month, one year', () => store.dyadSeries('UKR', 'POL', 'month', { from: '2022-01-01', to: '2022-12-31' }));
  await q('event groups of a dyad', () => store.eventGroups({ source: 'CHN', target: 'FRA' }, {}, { limit: 50 }));
  await q('event groups in a month', () => store.eventGroups({ from: '2022-03-01', to: '2022-03-31' }, {}, { limit: 50 }));
  await q('event groups, whole store', () => store.eventGroups({}, {}, { limit: 50 }));
  await q('duplicates', () => store.duplicates({}, { limit: 50 }));
  await q('duplicates of one document', async () => {
    const [first] = await store.duplicates({}, { limit: 1 });
    return first ? store.duplicates({ documentId: first.otherId }, { limit: 50 }) : [];
  });
  return out;
}

async function bench(dialect: StoreDialect, source: () => AsyncIterable<AnalyzeOutcome>, n: number, keep: boolean): Promise<void> {
  globalThis.gc?.();
  const t = await openTestStore(dialect);
  try {
    let peak = process.memoryUsage().rss;
    const rssAt: number[] = [];
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
    let seen = 0;
    const [summary, ms] = await timed(() => ingestArticles(source(), t.store, {
      analyzerVersion: 'bench',
      onResult: () => { seen += 1; if (seen % Math.ceil(n / 4) === 0) rssAt.push(Math.round(process.memoryUsage().rss / 2 ** 20)); },
    }));
    clearInterval(sampler);
    const stats = await t.store.stats();
    console.log(`${dialect}: ingest ${n} articles in ${(ms / 1000).toFixed(0)} s, ${(n / (ms / 1000)).toFixed(0)} articles/s; peak RSS ${Math.round(peak / 2 ** 20)} MB, at 25/50/75/100%: ${rssAt.join('/')} MB; ` +
      `${summary.added} added, ${summary.failed} failed, ${summary.duplicates} duplicate pairs; store: ${stats.documents} articles, ${stats.events} events, ${stats.actors} actors`);
    console.log(`${dialect}: queries on the filled store (second run of each)`);
    for (const line of await queries(t.store)) console.log(line);
    if (keep) console.log(`${dialect}: kept at ${t.location}`);
  } finally {
    if (keep) await t.store.close();
    else await t.dispose();
  }
}

async function main(): Promise<void> {
  const n = Number(process.env['BENCH_STORE_ARTICLES'] ?? 20_000);
  const dialects = (process.env['BENCH_STORES'] ?? 'sqlite,postgres').split(',') as StoreDialect[];
  const mode = process.env['BENCH_STORE_MODE'] ?? 'pooled';
  const keep = process.env['BENCH_STORE_KEEP'] === '1';
  console.log(`entente store benchmark — node ${process.version}, ${n} generated articles (one in twenty a repost), ${mode} mode`);
  if (mode === 'pooled') {
    const size = Number(process.env['BENCH_STORE_POOL'] ?? 300);
    const [pool, ms] = await timed(() => Promise.resolve(analysePool(size)));
    console.log(`pool: ${size} articles analysed in ${(ms / 1000).toFixed(1)} s; variants are stored without analysis`);
    for (const d of dialects) await bench(d, () => pooledOutcomes(pool, n), n, keep);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'entente-store-bench-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    await writeCorpus(corpus, n);
    for (const d of dialects) await bench(d, () => analyzeSources(readSources([corpus], { input: 'jsonl' })), n, keep);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
