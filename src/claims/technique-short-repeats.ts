// Short sentences (3–6 words) said again in the body, alone or as a clause of a longer sentence:
// both a slogan and a repetition. Sentences of five words or more repeated whole are left to
// detect-repetition.ts; here the second occurrence may be a clause ("X means war, and …").
import type { Span } from '../model/span.js';
import { withoutFinalStop } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import { sentenceKey } from './detect-repetition.js';

export interface ShortRepeat { readonly span: Span; readonly count: number }

const MIN = 3;
const MAX = 6;

/** Clause keys of a sentence: its parts between commas, semicolons, colons and dashes. */
const clauseKeys = (text: string): string[] => text.split(/[,;:—–]/).map(sentenceKey).filter(Boolean);

export function shortRepeats(ctx: TechniqueContext): ShortRepeat[] {
  const keys = ctx.sentences.map((s) => sentenceKey(ctx.text.slice(s.start, s.end)));
  const clauses = ctx.sentences.map((s) => clauseKeys(ctx.text.slice(s.start, s.end)));
  // Sentences holding each key, whole or as a clause: counted once, not per short sentence.
  const holders = new Map<string, Set<number>>();
  const hold = (key: string, k: number): void => {
    const set = holders.get(key);
    if (set) set.add(k); else holders.set(key, new Set([k]));
  };
  keys.forEach((key, k) => hold(key, k));
  clauses.forEach((cs, k) => { for (const c of cs) hold(c, k); });
  const out: ShortRepeat[] = [];
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    const n = key ? key.split(' ').length : 0;
    if (n < MIN || n > MAX || seen.has(key)) return;
    seen.add(key);
    const count = holders.get(key)?.size ?? 1;
    if (count >= 2) out.push({ span: withoutFinalStop(ctx.text, ctx.sentences[i]!), count });
  });
  return out;
}
