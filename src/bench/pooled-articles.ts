// Articles for the store benchmark without analysing each one: a pool of generated articles is
// analysed once, and any number of distinct variants is built from it. Each variant has its own
// generated text (its own hash, shingles and search words) and the actors, events and claims of
// a pool analysis, re-dated to its own day and site; one in twenty is a content-farm repost of
// the variant nineteen before it (same analysis, reposted text), so duplicate verification
// finds real near-duplicates. What the store does with 100,000 of them is what is measured.
// Generated prose comes from small word banks: any two articles share some 9% of their 5-word
// shingles, far more than unrelated news does, which would make every article an LSH candidate
// of thousands. So every fourth word of a variant is replaced by a made-up word of its own,
// leaving unrelated variants as different as real articles (a repost keeps its original's words).
import { analysisId, analyzeDocument, defaultAnalyzeContext } from '../analyze.js';
import { textDocument } from '../ingest/source-document.js';
import type { Analysis } from '../model/analysis.js';
import { seededRandom } from '../corpus/seeded-random.js';
import { generatedArticle, generatedRepost, type GeneratedArticle } from '../testing/generated-article.js';

const ACTORS = ['Russia', 'Ukraine', 'China', 'the United States', 'NATO', 'the European Union', 'Turkey', 'Iran', 'India', 'Japan', 'Poland', 'Germany', 'France', 'Belarus', 'Kazakhstan'];

/** The article generated for index i (the same for the pool, variants and reposts). */
export function benchArticle(i: number): GeneratedArticle {
  return generatedArticle(i, { actors: [ACTORS[i % ACTORS.length]!, ACTORS[(i * 7 + 3) % ACTORS.length]!, ACTORS[(i * 11 + 5) % ACTORS.length]!] });
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tos', 'va', 'ne', 'dar', 'si', 'mu', 'pel', 'go', 'tri', 'xa', 'bo', 'ul'];

/** Every fourth word replaced by a made-up one drawn from the seed. */
function ownWords(text: string, seed: number): string {
  const next = seededRandom(seed);
  let k = 0;
  return text.replace(/[A-Za-z]+/g, (w) => (k++ % 4 === 3 ? Array.from({ length: 2 + (next() % 2) }, () => SYLLABLES[next() % SYLLABLES.length]!).join('') : w));
}

/** The variant text of article i: its own words, then (for a repost) the repost's changes. */
function variantArticle(i: number): GeneratedArticle {
  const a = benchArticle(i);
  const paragraphs = a.paragraphs.map((p, k) => ownWords(p, i * 64 + k));
  return { title: a.title, paragraphs, text: [a.title, ...paragraphs].join('\n\n') };
}

/** Variants are spread over this many days from 2022-01-01. */
export const BENCH_DAYS = 1000;

export const benchDay = (i: number): string => new Date(Date.UTC(2022, 0, 1) + (i % BENCH_DAYS) * 86_400_000).toISOString().slice(0, 10);

export const isRepost = (i: number): boolean => i % 20 === 19;

/** Analyses `size` generated articles (the only analysis the benchmark does). */
export function analysePool(size: number): Analysis[] {
  const ctx = defaultAnalyzeContext();
  return Array.from({ length: size }, (_, i) => {
    const a = benchArticle(i);
    return analyzeDocument(textDocument(`pool:${i}`, a.paragraphs.join('\n\n'), { published: benchDay(i), title: a.title }), ctx);
  });
}

/** The i-th variant: distinct text and id, a pool analysis's structure, its own day, site and URI. */
export function pooledVariant(pool: readonly Analysis[], i: number): Analysis {
  const source = isRepost(i) ? i - 19 : i;
  const base = pool[source % pool.length]!;
  const article = variantArticle(source + pool.length);
  // A repost's body: the original's paragraphs with repeated sentences and a promotional tail
  // (its title and header lines are what extraction would have taken off).
  const text = isRepost(i) ? generatedRepost(article, i).split('\n\n').slice(2).join('\n\n') : article.paragraphs.join('\n\n');
  const day = benchDay(i);
  return {
    ...base,
    id: analysisId(text),
    uri: `bench:${i}`,
    title: isRepost(i) ? `Shocking: ${article.title}` : article.title,
    published: day,
    site: `site${i % 7}`,
    text,
    events: base.events.map((e) => ({ ...e, date: e.date && { value: day, basis: e.date.basis } })),
  };
}

/** The first `count` variants, lazily (memory stays bounded however many). */
export function* pooledVariants(pool: readonly Analysis[], count: number): Iterable<Analysis> {
  for (let i = 0; i < count; i++) yield pooledVariant(pool, i);
}
