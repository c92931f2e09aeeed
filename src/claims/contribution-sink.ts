// Where the readers of a sentence put what they find: each evaluative word given to chunks becomes
// a contribution to the targets those chunks name, the strongest per target and word kept.
import type { Span } from '../model/span.js';
import { judgesOf } from './chunk-targets.js';
import { shareOf, type Chunks, type TokenRange } from './stance-chunks.js';

export interface Contribution {
  /** Index into the targets given. */
  readonly target: number;
  readonly value: number;
  /** The evaluative word or phrase (with the verb it depends on, for a reversed object). */
  readonly span: Span;
  /**
   * Targets that voice this evaluation: the doer of an act of judging ("X condemned Y", "X called
   * Y a liar"). The stance stage weighs a judgement by what the text thinks of its judge.
   */
  readonly judges?: readonly number[];
}

/** Gives `value` for the words at `span` to chunks `to` (`whole`: undiluted by owners), voiced by chunks `by`; 0 claims the word for no one. */
export type Give = (to: readonly number[], value: number, span: Span, whole?: boolean, by?: readonly number[]) => void;

export const clamp = (v: number): number => Math.max(-1, Math.min(1, v));

export interface ContributionSink {
  readonly give: Give;
  /** The strongest contribution per target and word (key `target:span start`). */
  readonly best: Map<string, Contribution>;
  /** Words a clause has read to nothing ("X should choose peace", "X is a friend of Y"): the fallback leaves them alone. */
  readonly claimed: ReadonlySet<number>;
}

/** `actedOn`: chunks after an act's noun, whose "of" names whom it is done to rather than an owner. */
export function contributionSink(chunks: Chunks, targets: readonly TokenRange[], actedOn: ReadonlySet<number>): ContributionSink {
  const best = new Map<string, Contribution>();
  const claimed = new Set<number>();
  const give: Give = (to, value, span, whole = false, by = []) => {
    if (!value) {
      claimed.add(span.start);
      return;
    }
    const judges = judgesOf(chunks, by, targets.length);
    for (const c of to) {
      for (let k = 0; k < targets.length; k += 1) {
        const owned = shareOf(chunks, c, k, !actedOn.has(c));
        const share = whole && owned ? 1 : owned;
        if (!share) continue;
        const key = `${k}:${span.start}`;
        const v = clamp(value * share);
        const old = best.get(key);
        if (!old || Math.abs(v) > Math.abs(old.value)) best.set(key, judges.length ? { target: k, value: v, span, judges } : { target: k, value: v, span });
      }
    }
  };
  return { give, best, claimed };
}
