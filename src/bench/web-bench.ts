// `npm run bench:web`: first paint of each web UI view on a generated store. BENCH_WEB_ARTICLES
// sets the corpus size (default 10,000, the issue's figure; try 300 for a quick run). The
// articles are generated (src/testing/generated-article.ts), one in twenty a content-farm
// repost, and ingested through the real path into a temporary SQLite store; the real server
// serves dist/ui and Debian's Chromium loads each view afresh. First paint = navigation start
// → the view's "rendered with data" mark; printed as the first (cold) load and the median of
// three more.
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedArticle, generatedRepost } from '../testing/generated-article.js';
import { openTestStore } from '../testing/test-stores.js';
import { chromiumPath, launchChromium, NO_CHROMIUM } from '../web/chromium.js';
import { openView } from '../web/web-page.js';
import { ingestInto, startServer } from '../web/web-server.js';

const ACTORS = ['Russia', 'Ukraine', 'China', 'the United States', 'NATO', 'the European Union', 'Turkey', 'Iran', 'India', 'Japan', 'Poland', 'Germany', 'France', 'Belarus', 'Kazakhstan'];

async function writeCorpus(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = 0; i < n; i++) {
    const a = generatedArticle(i, { paragraphs: 4, actors: [ACTORS[i % ACTORS.length]!, ACTORS[(i * 7 + 3) % ACTORS.length]!, ACTORS[(i * 11 + 5) % ACTORS.length]!] });
    const text = i % 20 === 19 ? generatedRepost(generatedArticle(i - 19, { paragraphs: 4 }), i) : a.paragraphs.join('\n\n');
    const day = new Date(Date.UTC(2022, 0, 1) + (i % 1000) * 86_400_000).toISOString().slice(0, 10);
    if (!out.write(`${JSON.stringify({ id: `g${i}`, title: a.title, text, published: day, site: `site${i % 7}` })}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise((r) => out.end(r));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (!chromiumPath) { console.log(NO_CHROMIUM); return; }
  const n = Number(process.env['BENCH_WEB_ARTICLES'] ?? 10_000);
  const dir = mkdtempSync(join(tmpdir(), 'entente-web-bench-'));
  const t = await openTestStore('sqlite');
  try {
    const corpus = join(dir, 'corpus.jsonl');
    await writeCorpus(corpus, n);
    const t0 = performance.now();
    const summary = await ingestInto(t.store, [corpus], 'jsonl');
    const stats = await t.store.stats();
    console.log(`entente web benchmark — node ${process.version}, ${n} generated articles ingested in ${((performance.now() - t0) / 1000).toFixed(0)} s ` +
      `(${summary.failed} failed); store: ${stats.documents} articles, ${stats.events} events, ${stats.actors} actors`);
    const server = await startServer(t.store);
    const browser = await launchChromium();
    try {
      const page = await browser.context.newPage();
      const [doc] = (await t.store.search('sanctions', { limit: 1 }));
      const dyad = (await t.store.events({}, { limit: 1 }))[0];
      const views: [string, string][] = [
        ['overview', '#/overview'], ['network', '#/network'],
        ['dyad', dyad?.source && dyad.target ? `#/dyad/${dyad.source.code}/${dyad.target.code}` : '#/dyad/RUS/UKR'],
        ['doc', `#/doc/${doc?.id ?? 'none'}`], ['search', '#/search?q=sanctions'], ['events', '#/events'],
        ['articles', '#/articles'], ['narratives', '#/narratives'], ['techniques', '#/techniques'], ['duplicates', '#/duplicates'],
      ];
      for (const [view, hash] of views) {
        const runs: number[] = [];
        for (let i = 0; i < 4; i++) runs.push(await openView(page, server.url, hash, view));
        console.log(`${view.padEnd(11)} first paint ${runs[0]!.toFixed(0)} ms cold, ${median(runs.slice(1)).toFixed(0)} ms median of 3 warm`);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await t.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
