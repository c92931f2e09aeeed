// `npm run bench:store`: ingest throughput and memory into each store (SQLite file, PostgreSQL
// schema), then query latency on the filled store. BENCH_STORE_ARTICLES sets the corpus size
// (default 20,000; the issue's figure is 100,000), BENCH_STORES the dialects (sqlite,postgres).
// The corpus is generated (src/corpus/generated-article.ts), one in twenty a content-farm repost.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeSources } from '../analyze-sources.js';
import { generatedArticle, generatedRepost } from '../testing/generated-article.js';
import { readSources } from '../ingest/read-sources.js';
import { ingestArticles } from '../store/ingest-articles.js';
import type { Store, StoreDialect } from '../store/store.js';
import { openTestStore } from '../testing/test-stores.js';

const ACTORS = ['Russia', 'Ukraine', 'China', 'the United States', 'NATO', 'the European Union', 'Turkey', 'Iran', 'India', 'Japan', 'Poland', 'Germany', 'France', 'Belarus', 'Kazakhstan'];

async function writeCorpus(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const a = generatedArticle(i, { actors: [ACTORS[i % ACTORS.length]!, ACTORS[(i * 7 + 3) % ACTORS.length]!, ACTORS[(i * 11 + 5) % ACTORS.length]!] });
    const text = i % 20 === 19 ? generatedRepost(generatedArticle(i - 19), i) : a.paragraphs.join('\n\n');
    const day = new Date(Date.UTC(2022, 0, 1) + (i % 1000) * 86_400_000).toISOString().slice(0, 10);
    if (!out.write(`${JSON.stringify({ id: `g${i}`, title: a.title, text, published: day, site: `site${i % 7}` })}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise((r) => out.end(r));
}

async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, performance.now() - t0];
}

async function queries(store: Store): Promise<string> {
  const out: string[] = [];
  const q = async (name: string, f: () => Promise<{ length: number }>): Promise<void> => {
    await f(); // warm
    const [r, ms] = await timed(f);
    out.push(`${name} ${ms.toFixed(0)} ms (${r.length} rows)`);
  };
  await q('events of a dyad', () => store.events({ source: 'RUS', target: 'UKR' }, { limit: 100 }));
  await q('events of an actor in a month', () => store.events({ actor: 'CHN', from: '2022-03-01', to: '2022-03-31' }, { limit: 100 }));
  await q('events by code prefix', () => store.events({ code: '19' }, { limit: 100 }));
  await q('search two words', () => store.search('sanctions talks', { limit: 20 }));
  await q('top actors', () => store.actors({}, { limit: 20 }));
  await q('dyad series by week', () => store.dyadSeries('USA', 'CHN', 'week'));
  await q('duplicates', () => store.duplicates({}, { limit: 50 }));
  return out.join('; ');
}

async function bench(dialect: StoreDialect, corpus: string, n: number): Promise<void> {
  globalThis.gc?.();
  const t = await openTestStore(dialect);
  try {
    let peak = process.memoryUsage().rss;
    const rssAt: number[] = [];
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
    let seen = 0;
    const [summary, ms] = await timed(() => ingestArticles(analyzeSources(readSources([corpus], { input: 'jsonl' })), t.store, {
      analyzerVersion: 'bench',
      onResult: () => { seen += 1; if (seen % Math.ceil(n / 4) === 0) rssAt.push(Math.round(process.memoryUsage().rss / 2 ** 20)); },
    }));
    clearInterval(sampler);
    const stats = await t.store.stats();
    console.log(`${dialect.padEnd(9)} ingest: ${n} articles in ${(ms / 1000).toFixed(0)} s, ${(n / (ms / 1000)).toFixed(0)} articles/s; peak RSS ${Math.round(peak / 2 ** 20)} MB, at 25/50/75/100%: ${rssAt.join('/')} MB; ` +
      `${summary.added} added, ${summary.failed} failed, ${summary.duplicates} duplicate pairs; store: ${stats.documents} articles, ${stats.events} events`);
    console.log(`${dialect.padEnd(9)} queries: ${await queries(t.store)}`);
  } finally {
    await t.dispose();
  }
}

async function main(): Promise<void> {
  const n = Number(process.env['BENCH_STORE_ARTICLES'] ?? 20_000);
  const dialects = (process.env['BENCH_STORES'] ?? 'sqlite,postgres').split(',') as StoreDialect[];
  const dir = mkdtempSync(join(tmpdir(), 'entente-store-bench-'));
  try {
    const corpus = join(dir, 'corpus.jsonl');
    await writeCorpus(corpus, n);
    console.log(`entente store benchmark — node ${process.version}, ${n} generated articles (one in twenty a repost)`);
    for (const d of dialects) await bench(d, corpus, n);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
