// Shared pieces of a clause's roles: where the clause to the right of a word ends, the
// preposition governing a slot, and the slot after "by" or "from" (an agent, a source). The roles
// themselves: find-subject.ts, find-target.ts, complement-subject.ts, slot-conjuncts.ts.
import { slotOf, type ActorSlot, type SentenceView } from './sentence-view.js';
import { isBoundary } from './predicates.js';
import type { TaggedToken } from './tag-sentence.js';
import { SKIPPABLE, withRightConjuncts } from './slot-conjuncts.js';

/** End (exclusive) of the clause to the right of token `at`: the next boundary or `nextPredicate`. */
export function rightEnd(v: SentenceView, at: number, nextPredicate: number): number {
  const stop = Math.min(nextPredicate, v.tokens.length);
  for (let i = at + 1; i < stop; i += 1) {
    const t = v.tokens[i]!;
    if (isBoundary(t)) return i;
    // ", and" / "but" before a new clause of the sentence
    if ((t.lower === 'but' || t.lower === 'while') && t.pos !== 'ADP') return i;
  }
  return stop;
}

/** The preposition governing the slot at `i` (skipping determiners and adjectives), if any after `floor`. */
export function precedingPrep(tokens: readonly TaggedToken[], i: number, floor: number): string | null {
  let j = i - 1;
  // "to the affected villages": a participle after a determiner is an adjective.
  const adjectival = (k: number): boolean => tokens[k]!.pos === 'VERB' && tokens[k - 1]?.pos === 'DET';
  while (j > floor && (SKIPPABLE.has(tokens[j]!.pos) || tokens[j]!.pos === 'NOUN' || adjectival(j))) j -= 1;
  const t = tokens[j];
  return j > floor && t && (t.pos === 'ADP' || t.lower === 'to') ? t.lower : null;
}

/** The slot after `word` ("by", "from") between `at` and `end`, with its conjuncts. */
export function slotAfter(v: SentenceView, words: ReadonlySet<string>, at: number, end: number): ActorSlot[] | null {
  for (let i = at + 1; i < end; i += 1) {
    if (!words.has(v.tokens[i]!.lower)) continue;
    let j = i + 1;
    while (j < end && SKIPPABLE.has(v.tokens[j]!.pos) && v.slotAt[j]! < 0) j += 1;
    const slot = j < end ? slotOf(v, j) : undefined;
    if (slot) return withRightConjuncts(v, slot, end);
  }
  return null;
}
