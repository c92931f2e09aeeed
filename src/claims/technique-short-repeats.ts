// Short sentences (3–6 words) said again in the body, alone or as a clause of a longer sentence:
// both a slogan and a repetition. Sentences of five words or more repeated whole are left to
// detect-repetition.ts; here the second occurrence may be a clause ("X means war, and …").
import type { Span } from '../model/span.js';
import { withoutFinalStop } from './technique-candidate.js';
import { perArticle, type TechniqueContext } from './technique-context.js';
import { keyWords, sentenceKey, sentenceKeyOf } from './technique-sentence.js';

export interface ShortRepeat { readonly span: Span; readonly count: number }

const MIN = 3;
const MAX = 6;

/** Clause keys of a sentence: its parts between commas, semicolons, colons and dashes. */
const CLAUSE_MARK = /[,;:—–]/;
/** Clause keys no longer than `max` characters (a longer one equals no short key). */
const clauseKeys = (text: string, max: number): string[] =>
  text.split(CLAUSE_MARK).map((c) => sentenceKey(c, max)).filter((k): k is string => !!k);

function findShortRepeats(ctx: TechniqueContext): ShortRepeat[] {
  const keys = ctx.sentences.map((_, i) => sentenceKeyOf(ctx, i));
  const short = new Set(keys.filter((key) => { const n = keyWords(key); return n >= MIN && n <= MAX; }));
  if (short.size === 0) return [];
  // Sentences holding each short key, whole or as a clause: counted once, not per short sentence.
  const holders = new Map<string, Set<number>>();
  const hold = (key: string, k: number): void => {
    if (!short.has(key)) return;
    const set = holders.get(key);
    if (set) set.add(k); else holders.set(key, new Set([k]));
  };
  keys.forEach((key, k) => hold(key, k));
  const longest = Math.max(...[...short].map((key) => key.length));
  ctx.sentences.forEach((s, k) => {
    const text = ctx.text.slice(s.start, s.end);
    if (CLAUSE_MARK.test(text)) for (const c of clauseKeys(text, longest)) hold(c, k); // else its one clause is the sentence
  });
  const out: ShortRepeat[] = [];
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (!short.has(key) || seen.has(key)) return;
    seen.add(key);
    const count = holders.get(key)?.size ?? 1;
    if (count >= 2) out.push({ span: withoutFinalStop(ctx.text, ctx.sentences[i]!), count });
  });
  return out;
}

/** The short repeats of the article (slogans and repetition both ask; worked out once). */
export const shortRepeats = (ctx: TechniqueContext): readonly ShortRepeat[] => perArticle(ctx, findShortRepeats);
