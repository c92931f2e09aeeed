// Sentiment toward one target span: the token range of a span, the score of a target's
// contributions, and the benchmark's entry point over sentenceSentiment (sentence-sentiment.ts).
import { tagSentence, type TaggedToken } from '../events/tag-sentence.js';
import type { Span } from '../model/span.js';
import type { StanceLexicon } from './lexicon-index.js';
import { sentenceSentiment } from './sentence-sentiment.js';
import type { SentimentOptions } from './sentiment-options.js';
import type { TokenRange } from './stance-chunks.js';

/** The token range of a character span in a tagged sentence, or null when no token overlaps it. */
export function tokenRange(tokens: readonly TaggedToken[], span: Span): TokenRange | null {
  let from = -1;
  let to = -1;
  tokens.forEach((t, i) => {
    if (t.end > span.start && t.start < span.end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? null : { from, to };
}

export interface TargetSentiment { readonly score: number; readonly evidence: readonly Span[] }

/** Score −1…1 from contributions: their sum over their total weight plus one, so one word is not certainty and mixed words cancel. */
export function scoreOf(values: readonly number[]): number {
  let sum = 0;
  let total = 0;
  for (const v of values) { sum += v; total += Math.abs(v); }
  return total ? sum / (total + 1) : 0;
}

/** Sentiment toward the words at `target` (characters of `text`) within `sentence`: the benchmark's entry point. */
export function targetSentiment(text: string, sentence: Span, target: Span, lex: StanceLexicon, opts: SentimentOptions = {}): TargetSentiment {
  const tokens = tagSentence(text, sentence);
  const range = tokenRange(tokens, target);
  if (!range) return { score: 0, evidence: [] };
  const found = sentenceSentiment(tokens, [range], lex, opts);
  return { score: scoreOf(found.map((c) => c.value)), evidence: found.map((c) => c.span).sort((a, b) => a.start - b.start) };
}
