// Finds every cue-list match in an article: each token is tried only against the cues whose first
// slot can match it, and a match never leaves its sentence. Work is linear in the number of tokens
// (patterns are short and gaps bounded: at most two gaps of four tokens each).
import type { Cue, TechniqueCues } from './technique-cues.js';
import { GAP_MAX, type CueSlot } from './technique-cue-pattern.js';
import type { CueToken, MentionOnTokens } from './technique-context.js';
import { candidatePositions, secondSlotIndex } from './technique-cue-second.js';

export interface CueHit {
  readonly cue: Cue;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  /** Token range `[first, last)` of the match. */
  readonly first: number;
  readonly last: number;
  /** What fired, for the flag's cue: the matched words, lower case, a gap shown as "…". */
  readonly words: string;
}

interface Tokens {
  readonly tokens: readonly CueToken[];
  readonly sentenceTokens: readonly (readonly [number, number])[];
  readonly mentionAt: ReadonlyMap<number, MentionOnTokens>;
}

function slotMatches(slot: CueSlot, t: CueToken): boolean {
  if (slot.kind === 'quote') return t.quote;
  if (slot.kind !== 'words') return false;
  if (slot.exact.has(t.norm)) return true;
  for (const p of slot.prefixes) if (t.norm.startsWith(p)) return true;
  return false;
}

/** End token (exclusive) of the shortest match of `slots[k…]` from token `i`, or -1; gaps pushed on `gaps`. */
function matchFrom(slots: readonly CueSlot[], k: number, i: number, to: number, doc: Tokens, gaps: [number, number][]): number {
  if (k === slots.length) return i;
  const slot = slots[k]!;
  if (slot.kind === 'gap') {
    for (let g = 0; g <= GAP_MAX && i + g <= to; g++) {
      gaps.push([i, i + g]);
      const end = matchFrom(slots, k + 1, i + g, to, doc, gaps);
      if (end >= 0) return end;
      gaps.pop();
    }
    return -1;
  }
  if (i >= to) return -1;
  if (slot.kind === 'actor') {
    const m = doc.mentionAt.get(i);
    return m && m.last <= to ? matchFrom(slots, k + 1, m.last, to, doc, gaps) : -1;
  }
  return slotMatches(slot, doc.tokens[i]!) ? matchFrom(slots, k + 1, i + 1, to, doc, gaps) : -1;
}

function wordsOf(doc: Tokens, first: number, last: number, gaps: readonly [number, number][]): string {
  const out: string[] = [];
  let i = first;
  for (const [g0, g1] of gaps) {
    for (; i < g0; i++) out.push(doc.tokens[i]!.norm);
    if (g1 > g0) out.push('…');
    i = g1;
  }
  for (; i < last; i++) out.push(doc.tokens[i]!.norm);
  return out.join(' ').replace(/ ([?!,:;'"])/g, '$1');
}

export function techniqueCueMatches(doc: Tokens, cues: TechniqueCues): CueHit[] {
  const hits: CueHit[] = [];
  const { tokens } = doc;
  const gaps: [number, number][] = [];
  doc.sentenceTokens.forEach(([from, to], sentence) => {
    let firstWord = from;
    while (firstWord < to && tokens[firstWord]!.quote) firstWord++;
    const tryAll = (list: readonly Cue[], i: number): void => {
      for (const k of candidatePositions(secondSlotIndex(list), i + 1 < to ? tokens[i + 1]!.norm : undefined)) {
        const cue = list[k]!;
        if (cue.compiled.anchored && i !== firstWord) continue;
        gaps.length = 0; // a failed match leaves none behind, a match its own
        const last = matchFrom(cue.compiled.slots, 0, i, to, doc, gaps);
        if (last <= i) continue;
        hits.push({ cue, start: tokens[i]!.start, end: tokens[last - 1]!.end, sentence, first: i, last, words: wordsOf(doc, i, last, gaps) });
      }
    };
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      // The candidates of startingWith, then those opening on a quotation mark or an actor, in that
      // order; most tokens start no cue, so nothing is allocated for them.
      const exact = cues.exactFirst(t.norm);
      if (exact.length > 0) tryAll(exact, i);
      const prefixed = cues.prefixFirst(t.norm);
      if (prefixed.length > 0) tryAll(prefixed, i);
      if (t.quote) tryAll(cues.quoteFirst, i);
      if (doc.mentionAt.has(i)) tryAll(cues.actorFirst, i);
    }
  });
  return hits;
}
