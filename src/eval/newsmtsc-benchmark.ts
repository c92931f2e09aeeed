// Target-dependent sentiment on NewsMTSC (news sentences, each with a target mention and its
// polarity −1/0/1): each target is scored by the function the stance stage uses
// (sentenceSentiment with the mention as the only target), the score mapped to a class by a
// threshold, and accuracy and macro-F1 over the three classes reported. The baseline is the same
// lexicon summed over the whole sentence, whoever it is about. Both thresholds were chosen on
// NewsMTSC's train.jsonl, never on the dev file.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { zodIssues } from '../core/data-file.js';
import { errorMessage } from '../core/errors.js';
import { defaultStanceLexicon } from '../claims/lexicon-file.js';
import type { StanceLexicon } from '../claims/lexicon-index.js';
import { matchLexicon } from '../claims/lexicon-match.js';
import { sentenceSentiment } from '../claims/sentence-sentiment.js';
import { OPPOSED_SHARE, SENTENCE_FALLBACK, type SentimentOptions } from '../claims/sentiment-options.js';
import { scoreOf, tokenRange } from '../claims/target-sentiment.js';
import { tagSentence, type TaggedToken } from '../events/tag-sentence.js';
import type { TokenRange } from '../claims/stance-chunks.js';

/** A score above this is positive, below its negative negative (chosen on train.jsonl). */
export const NEWSMTSC_THRESHOLD = 0.04;
/** The same for the whole-sentence baseline (chosen on train.jsonl). */
export const BASELINE_THRESHOLD = 0.02;

const LABELS = [-1, 0, 1] as const;
type Polarity = (typeof LABELS)[number];

const recordSchema = z.looseObject({
  sentence: z.string().min(1),
  mention: z.string(),
  from: z.number().int().nonnegative(),
  to: z.number().int().positive(),
  polarity: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
  id: z.string().optional(),
}).refine((r) => r.from < r.to && r.to <= r.sentence.length, { message: 'from/to must be a span inside the sentence' });

export type NewsMtscRecord = z.infer<typeof recordSchema>;

export interface ClassScore { readonly label: Polarity; readonly precision: number; readonly recall: number; readonly f1: number; readonly support: number }

export interface Classification {
  readonly accuracy: number;
  readonly macroF1: number;
  readonly classes: readonly ClassScore[];
  /** confusion[gold][predicted], classes in the order −1, 0, 1. */
  readonly confusion: readonly (readonly number[])[];
}

export interface NewsMtscScore extends Classification {
  readonly file: string;
  readonly records: number;
  /** Lines that could not be read: reported and skipped. */
  readonly skipped: readonly { readonly line: number; readonly reason: string }[];
  readonly threshold: number;
  /** The same lexicon summed over the whole sentence. */
  readonly baseline: Classification & { readonly threshold: number };
  /**
   * Targets whose sentence also holds a target of another polarity: where reading whom the words
   * are about matters, and a whole-sentence score must be wrong for one of them.
   */
  readonly divergent: { readonly records: number; readonly accuracy: number; readonly baselineAccuracy: number };
}

export function readNewsMtsc(file: string): { records: NewsMtscRecord[]; skipped: { line: number; reason: string }[] } {
  const records: NewsMtscRecord[] = [];
  const skipped: { line: number; reason: string }[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      skipped.push({ line: i + 1, reason: `not JSON: ${errorMessage(e)}` });
      return;
    }
    const r = recordSchema.safeParse(raw);
    if (r.success) records.push(r.data);
    else skipped.push({ line: i + 1, reason: zodIssues(r.error) });
  });
  return { records, skipped };
}

const classOf = (score: number, threshold: number): Polarity => (score > threshold ? 1 : score < -threshold ? -1 : 0);

const MASCULINE = new Set(['he', 'him', 'his', 'himself']);
const FEMININE = new Set(['she', 'her', 'hers', 'herself']);

/**
 * The pipeline's actor layer resolves "he"/"her" to the person named before; a benchmark
 * sentence has no actor layer, so the personal pronouns of a named (or pronoun) target are found
 * here: those after it whose nearest preceding name is the target's (of the same gender when the
 * target is itself a pronoun).
 */
export function pronounAliases(tokens: readonly TaggedToken[], target: TokenRange): TokenRange[] {
  const own = tokens.slice(target.from, target.to);
  const first = own[0]?.lower ?? '';
  const accepted = own.length === 1 && MASCULINE.has(first) ? MASCULINE
    : own.length === 1 && FEMININE.has(first) ? FEMININE
      : own.some((t) => t.pos === 'PROPN') ? new Set([...MASCULINE, ...FEMININE]) : null;
  if (!accepted) return [];
  const out: TokenRange[] = [];
  for (let i = target.to; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text)) break;
    if (accepted.has(t.lower)) out.push({ from: i, to: i + 1 });
  }
  return out;
}

/** How the benchmark reads a target: the stance stage's reading (see sentiment-options.ts). */
export const NEWSMTSC_READING: SentimentOptions = { fallback: SENTENCE_FALLBACK, opposedShare: OPPOSED_SHARE };

/** Target score and whole-sentence score of one record. */
export function scoreRecord(r: NewsMtscRecord, lex: StanceLexicon, reading: SentimentOptions = NEWSMTSC_READING): { target: number; sentence: number } {
  const span = { start: 0, end: r.sentence.length };
  const tokens = tagSentence(r.sentence, span);
  const range = tokenRange(tokens, { start: r.from, end: r.to });
  // The mention and its pronouns are one target: their contributions are pooled, each word once.
  const found = range ? sentenceSentiment(tokens, [range, ...pronounAliases(tokens, range)], lex, reading) : [];
  const target = scoreOf([...new Map(found.map((c) => [c.span.start, c.value])).values()]);
  const inTarget = (i: number): boolean => !!range && i >= range.from && i < range.to;
  const sentence = scoreOf(matchLexicon(tokens, lex, (i) => !inTarget(i)).map((h) => h.entry.weight));
  return { target, sentence };
}

export function classify(gold: readonly Polarity[], predicted: readonly Polarity[]): Classification {
  const confusion = LABELS.map(() => LABELS.map(() => 0));
  gold.forEach((g, i) => { confusion[LABELS.indexOf(g)]![LABELS.indexOf(predicted[i]!)]! += 1; });
  const classes = LABELS.map((label, k) => {
    const tp = confusion[k]![k]!;
    const support = confusion[k]!.reduce((a, b) => a + b, 0);
    const predictedAs = confusion.reduce((a, row) => a + row[k]!, 0);
    const precision = predictedAs ? tp / predictedAs : 0;
    const recall = support ? tp / support : 0;
    return { label, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support };
  });
  let correct = 0;
  LABELS.forEach((_, k) => { correct += confusion[k]![k]!; });
  return { accuracy: gold.length ? correct / gold.length : 0, macroF1: classes.reduce((a, c) => a + c.f1, 0) / classes.length, classes, confusion };
}

export interface NewsMtscOptions {
  readonly lexicon?: StanceLexicon;
  readonly threshold?: number;
  readonly baselineThreshold?: number;
  /** How targets are read (fallback weight, judge share …); NEWSMTSC_READING by default. */
  readonly reading?: SentimentOptions;
}

export function runNewsMtsc(file: string, opts: NewsMtscOptions = {}): NewsMtscScore {
  const lex = opts.lexicon ?? defaultStanceLexicon();
  const threshold = opts.threshold ?? NEWSMTSC_THRESHOLD;
  const baselineThreshold = opts.baselineThreshold ?? BASELINE_THRESHOLD;
  const { records, skipped } = readNewsMtsc(file);
  const scores = records.map((r) => scoreRecord(r, lex, opts.reading ?? NEWSMTSC_READING));
  const gold = records.map((r) => r.polarity);
  const predicted = scores.map((s) => classOf(s.target, threshold));
  const baseline = scores.map((s) => classOf(s.sentence, baselineThreshold));
  const polarities = new Map<string, Set<Polarity>>();
  for (const r of records) polarities.set(r.sentence, (polarities.get(r.sentence) ?? new Set()).add(r.polarity));
  const divergent = records.flatMap((r, i) => ((polarities.get(r.sentence)?.size ?? 0) > 1 ? [i] : []));
  const share = (pred: readonly Polarity[]): number => (divergent.length ? divergent.filter((i) => pred[i] === gold[i]).length / divergent.length : 0);
  return {
    file,
    records: records.length,
    skipped,
    threshold,
    ...classify(gold, predicted),
    baseline: { threshold: baselineThreshold, ...classify(gold, baseline) },
    divergent: { records: divergent.length, accuracy: share(predicted), baselineAccuracy: share(baseline) },
  };
}

const pct = (x: number): string => x.toFixed(3);
const line = (name: string, c: Classification): string =>
  `${name}: accuracy ${pct(c.accuracy)}, macro-F1 ${pct(c.macroF1)} (F1 negative ${pct(c.classes[0]!.f1)}, neutral ${pct(c.classes[1]!.f1)}, positive ${pct(c.classes[2]!.f1)}; `
  + `precision/recall ${c.classes.map((k) => `${pct(k.precision)}/${pct(k.recall)}`).join(', ')})`;

export function formatNewsMtscScore(s: NewsMtscScore): string {
  return [
    `NewsMTSC ${s.file}: ${s.records} targets${s.skipped.length ? `, ${s.skipped.length} lines skipped` : ''}`,
    ...s.skipped.slice(0, 10).map((x) => `  skipped line ${x.line}: ${x.reason}`),
    line(`target sentiment (threshold ${s.threshold})`, s),
    line(`whole-sentence lexicon baseline (threshold ${s.baseline.threshold})`, s.baseline),
    `${s.divergent.records} targets share their sentence with a target of another polarity: accuracy ${pct(s.divergent.accuracy)}, baseline ${pct(s.divergent.baselineAccuracy)}`,
    `confusion (rows gold −1/0/1, columns predicted): target ${s.confusion.map((r) => r.join(' ')).join(' | ')}; baseline ${s.baseline.confusion.map((r) => r.join(' ')).join(' | ')}`,
  ].join('\n');
}
