// Cheap word pre-checks before the detectors' costly regular expressions: most sentences hold none
// of the words an expression cannot match without, and a substring test on the sentence in lower
// case rules them out for a fraction of the expression's time. A pre-check only ever says "maybe":
// it never skips a sentence the expression would match.
import { perArticle, type TechniqueContext } from './technique-context.js';
import { sentenceText } from './technique-sentence.js';

/**
 * Characters a case-insensitive Unicode expression reads as ASCII letters ("ſ" as s, the Kelvin
 * sign as k): a sentence holding one is always tried.
 */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;

/**
 * A sentence's text in lower case with the pairs of adjacent characters it holds (hashed to bits),
 * or null when no pre-check may rule it out. A part with a pair the sentence lacks is not in it, so
 * most parts are ruled out without reading the sentence.
 */
export type Lowered = { readonly text: string; readonly pairs: Uint32Array } | null;

const PAIR_BITS = 1024;
/** Distinct for two ASCII letters; other characters may share a hash, which only lets more through. */
const pairHash = (a: number, b: number): number => ((a & 31) << 5) | (b & 31);

function pairsOf(text: string): Uint32Array {
  const bits = new Uint32Array(PAIR_BITS / 32);
  for (let i = 1; i < text.length; i++) {
    const h = pairHash(text.charCodeAt(i - 1), text.charCodeAt(i));
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

export function lowered(text: string): Lowered {
  if (FOLDS_TO_ASCII.test(text)) return null;
  const lower = text.toLowerCase();
  return { text: lower, pairs: pairsOf(lower) };
}

const allLowered = (ctx: TechniqueContext): Lowered[] => ctx.sentences.map((_, i) => lowered(sentenceText(ctx, i)));

/** Sentence `i` in lower case (worked out once per article), for `mayHold`. */
export const loweredSentence = (ctx: TechniqueContext, i: number): Lowered => perArticle(ctx, allLowered)[i]!;

/** The pair hashes of each part asked about (the parts are the detectors' own few words). */
const partPairs = new Map<string, Uint16Array>();

function pairHashesOf(part: string): Uint16Array {
  let hashes = partPairs.get(part);
  if (!hashes) {
    hashes = new Uint16Array(Math.max(0, part.length - 1));
    for (let i = 1; i < part.length; i++) hashes[i - 1] = pairHash(part.charCodeAt(i - 1), part.charCodeAt(i));
    partPairs.set(part, hashes);
  }
  return hashes;
}

/** Whether every pair of adjacent characters of the part may be in the text: if not, the part is not. */
function pairsAllow(pairs: Uint32Array, part: string): boolean {
  for (const h of pairHashesOf(part)) if ((pairs[h >>> 5]! & (1 << (h & 31))) === 0) return false;
  return true;
}

/**
 * False only when the text certainly holds none of `parts` (lower case), so that a case-insensitive
 * expression needing one of them cannot match it.
 */
export function mayHold(lower: Lowered, parts: readonly string[]): boolean {
  if (lower === null) return true;
  for (const p of parts) if (pairsAllow(lower.pairs, p) && lower.text.includes(p)) return true;
  return false;
}
