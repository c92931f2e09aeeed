// How a sentence's sentiment toward its targets is read: the caller's options (quotation weight,
// fallback, opposed acts) and the values the stance stage and the benchmark use for them.
import type { Span } from '../model/span.js';

export interface SentimentOptions {
  /** How much the words of `span` count (a quotation counts less than the author's own words); 1 by default. */
  readonly weightAt?: (span: Span) => number;
  /**
   * Weight of the evaluative words the clause structure gives to no target: each goes to the
   * nearest target at this weight, less with distance and across a comma. 0 (the default) keeps
   * only what the clauses give.
   */
  readonly fallback?: number;
  /**
   * The quotation a span lies in, if any: a quoted word falls back only to targets inside the
   * same quotation, never to its speaker or to actors outside it.
   */
  readonly quoteAt?: (span: Span) => Span | null;
  /**
   * What an act against an actor casts on that actor when the lexicon gives no `patient`:
   * "oppose X", "dismissed X", "stop X" (0, the default: nothing).
   */
  readonly opposedShare?: number;
}

/** The fallback weight NewsMTSC's train.jsonl favoured (0.3–0.7 all within 0.004 macro-F1). */
export const SENTENCE_FALLBACK = 0.3;
/** What an act against an actor casts on it ("oppose X", "stop X"), where the lexicon says nothing: NewsMTSC's train.jsonl (0.3–0.5 alike). */
export const OPPOSED_SHARE = -0.3;
