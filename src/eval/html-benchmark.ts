// Main-text extraction scored the way the public article-extraction benchmarks score it:
// lower-cased word tokens compared as bags, precision/recall/F1 per page, macro-averaged.
// Layout: one folder per page holding source.html and the reference expected.html.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractHtml } from '../extract/html/extract-html.js';
import { htmlToText } from '../extract/html/html-to-text.js';

export interface PageScore { name: string; precision: number; recall: number; f1: number }

export interface HtmlBenchmark {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  perPage: PageScore[];
}

/** Lower-cased runs of letters and digits. */
export const wordTokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function bag(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** Token-bag precision, recall and F1 of `got` against `expected`. Two empty texts agree fully. */
export function tokenF1(got: string, expected: string): Omit<PageScore, 'name'> {
  const g = wordTokens(got);
  const e = wordTokens(expected);
  if (!g.length && !e.length) return { precision: 1, recall: 1, f1: 1 };
  const want = bag(e);
  let common = 0;
  for (const [token, n] of bag(g)) common += Math.min(n, want.get(token) ?? 0);
  const precision = g.length ? common / g.length : 0;
  const recall = e.length ? common / e.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

async function scorePage(dir: string, name: string): Promise<PageScore | null> {
  let source: string;
  let expected: string;
  try {
    [source, expected] = await Promise.all([
      readFile(join(dir, name, 'source.html'), 'utf8'),
      readFile(join(dir, name, 'expected.html'), 'utf8'),
    ]);
  } catch {
    return null; // Not a page folder.
  }
  // The reference pages were extracted at this address; links resolve against it.
  const got = extractHtml({ html: source, uri: 'http://fakehost/test/page.html' }).text;
  return { name, ...tokenF1(got, htmlToText(expected)) };
}

/** Scores every page folder under `dir`, in name order. */
export async function runHtmlBenchmark(dir: string): Promise<HtmlBenchmark> {
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const perPage: PageScore[] = [];
  for (const name of names) {
    const score = await scorePage(dir, name);
    if (score) perPage.push(score);
  }
  return {
    pages: perPage.length,
    precision: mean(perPage.map((p) => p.precision)),
    recall: mean(perPage.map((p) => p.recall)),
    f1: mean(perPage.map((p) => p.f1)),
    perPage,
  };
}
