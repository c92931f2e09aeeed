// Small clause helpers over the detectors' tokens: where the clause before a word starts (its
// subject's first word), and which actor mentions lie in a token range. Bounded look-backs only.
import type { MentionOnTokens, TechniqueContext } from './technique-context.js';

const BOUNDARY_PUNCT = new Set([',', ';', ':', '(', '—', '–']);
const CONJUNCTIONS = new Set(['when', 'while', 'because', 'but', 'and', 'so', 'that', 'if', 'although', 'though', 'yet', 'since', 'whereas', 'as']);

/**
 * First token of the clause that ends just before token `i`: walking back over at most `max`
 * tokens, stopping after a comma, colon, dash or conjunction, or at the sentence start.
 */
export function clauseStartBefore(ctx: TechniqueContext, i: number, max = 8): number {
  const [from] = ctx.sentenceTokens[ctx.tokens[i]?.sentence ?? 0] ?? [0];
  let k = i;
  while (k > from && i - k < max) {
    const prev = ctx.tokens[k - 1]!;
    if (BOUNDARY_PUNCT.has(prev.norm) || CONJUNCTIONS.has(prev.norm)) break;
    k--;
  }
  return k;
}

/** Actor mentions starting in the token range `[from, to)`. */
export function mentionsIn(ctx: TechniqueContext, from: number, to: number): MentionOnTokens[] {
  const out: MentionOnTokens[] = [];
  for (let i = from; i < to; i++) {
    const m = ctx.mentionAt.get(i);
    if (m) out.push(m);
  }
  return out;
}

/** Index of the first token at or after `i` (within its sentence) whose norm is in `words`, or -1. */
export function findAhead(ctx: TechniqueContext, i: number, words: ReadonlySet<string>, max: number): number {
  const to = ctx.sentenceTokens[ctx.tokens[i]?.sentence ?? 0]?.[1] ?? 0;
  for (let k = i; k < to && k < i + max; k++) if (words.has(ctx.tokens[k]!.norm)) return k;
  return -1;
}
