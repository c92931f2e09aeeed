// `npm run bench`: throughput and memory of `analyze` through the real path (files → ingest →
// pipeline), for plain-text scrapes, HTML pages and a JSONL dump. Figures are printed, never
// asserted: timing belongs here, not in tests.
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actorsStage } from '../actors/actors-stage.js';
import { loadActorDictionaries } from '../actors/analyze-context.js';
import { analyzeSources } from '../analyze-sources.js';
import { defaultAnalyzeContext } from '../analyze.js';
import { formatStageCosts, stageCosts } from './stage-costs.js';
import { extractText } from '../extract/text/extract-text.js';
import { segment } from '../text/segment.js';
import { readSources } from '../ingest/read-sources.js';
import { projectRoot } from '../testing/paths.js';
import { variant } from './variant.js';

interface Figure { name: string; articles: number; inputBytes: number; bytes: number; seconds: number; peakRssMb: number; rssAt: number[] }

/** Bytes on disk under a path (a file or a folder of files). */
const sizeOf = (path: string): number => (statSync(path).isDirectory()
  ? readdirSync(path).reduce((n, f) => n + sizeOf(join(path, f)), 0)
  : statSync(path).size);

async function measure(name: string, paths: string[], total: number): Promise<Figure> {
  globalThis.gc?.();
  let peak = process.memoryUsage().rss;
  const rssAt: number[] = [];
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  const t0 = performance.now();
  let articles = 0;
  let bytes = 0;
  for await (const o of analyzeSources(readSources(paths, { input: 'auto' }))) {
    if (!o.ok) continue;
    articles += 1;
    bytes += Buffer.byteLength(o.analysis.text);
    if (articles % Math.ceil(total / 4) === 0) rssAt.push(Math.round(process.memoryUsage().rss / 2 ** 20));
  }
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const inputBytes = paths.reduce((n, p) => n + sizeOf(p), 0);
  return { name, articles, inputBytes, bytes, seconds, peakRssMb: Math.round(peak / 2 ** 20), rssAt };
}

const report = (f: Figure): string =>
  `${f.name.padEnd(22)} ${String(f.articles).padStart(6)} articles  ${(f.articles / f.seconds).toFixed(0).padStart(5)} articles/s  ` +
  `${(f.inputBytes / 2 ** 20 / f.seconds).toFixed(2).padStart(6)} MB/s input, ${(f.bytes / 2 ** 20 / f.seconds).toFixed(2)} MB/s body text  peak RSS ${f.peakRssMb} MB  RSS at 25/50/75/100%: ${f.rssAt.join('/')} MB`;

async function main(): Promise<void> {
  const n = Number(process.env['BENCH_ARTICLES'] ?? 4000);
  const dir = mkdtempSync(join(tmpdir(), 'entente-bench-'));
  try {
    const sampleDir = join(projectRoot, 'samples', 'corpus');
    const samples = readdirSync(sampleDir).sort();
    const texts = samples.filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(sampleDir, f), 'utf8'));
    const pages = samples.filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(sampleDir, f), 'utf8'));

    const textDir = join(dir, 'text');
    const htmlDir = join(dir, 'html');
    writeFiles(textDir, n, texts, 'txt');
    writeFiles(htmlDir, Math.ceil(n / 4), pages, 'html');
    const dump = join(dir, 'dump.jsonl');
    const out = createWriteStream(dump);
    for (let i = 0; i < n * 2; i++) out.write(`${JSON.stringify({ id: `r${i}`, text: variant(texts[i % texts.length]!, i), published: '2024-01-01' })}\n`);
    await new Promise((r) => out.end(r));

    console.log(`entente analyze benchmark — node ${process.version}, ${n} text files, ${Math.ceil(n / 4)} HTML files, ${n * 2} JSONL records`);
    console.log(actorsCost(texts));
    const sources = texts.map((content, i) => ({ uri: `sample-${i}.txt`, origin: `sample-${i}.txt`, kind: 'text' as const, fromRecord: false, content, encoding: 'utf-8', given: {}, diagnostics: [] }));
    console.log(formatStageCosts(stageCosts(sources, defaultAnalyzeContext())));
    for (const f of [
      await measure('text files', [textDir], n),
      await measure('html files', [htmlDir], Math.ceil(n / 4)),
      await measure('jsonl dump (text)', [dump], n * 2),
    ]) console.log(report(f));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The gazetteer's one-off compile cost, and the actors stage's cost per article. */
function actorsCost(texts: readonly string[]): string {
  const t0 = performance.now();
  const { gazetteer } = loadActorDictionaries();
  const compileMs = performance.now() - t0;
  const docs = texts.map((content) => {
    const x = extractText({ content, fromRecord: false });
    return { text: x.text, ...segment(x.text), meta: x.meta, removed: x.removed, diagnostics: [] };
  });
  const stage = actorsStage(gazetteer);
  const rounds = 300;
  const t1 = performance.now();
  for (let i = 0; i < rounds; i++) for (const d of docs) stage.run(d);
  const perArticle = (performance.now() - t1) / (rounds * docs.length);
  return `actors: gazetteer of ${gazetteer.matcher.names} names loaded and compiled in ${compileMs.toFixed(0)} ms; ${perArticle.toFixed(2)} ms per article (${docs.length} sample scrapes, ~3.5 KB each)`;
}

function writeFiles(dir: string, count: number, bodies: readonly string[], ext: string): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `a${String(i).padStart(6, '0')}.${ext}`), variant(bodies[i % bodies.length]!, i));
}

await main();
