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

/** A sentence's text in lower case, or null when no pre-check may rule it out. */
export type Lowered = string | null;

export const lowered = (text: string): Lowered => (FOLDS_TO_ASCII.test(text) ? null : text.toLowerCase());

const allLowered = (ctx: TechniqueContext): Lowered[] => ctx.sentences.map((_, i) => lowered(sentenceText(ctx, i)));

/** Sentence `i` in lower case (worked out once per article), for `mayHold`. */
export const loweredSentence = (ctx: TechniqueContext, i: number): Lowered => perArticle(ctx, allLowered)[i]!;

/**
 * False only when the text certainly holds none of `parts` (lower case), so that a case-insensitive
 * expression needing one of them cannot match it.
 */
export function mayHold(lower: Lowered, parts: readonly string[]): boolean {
  if (lower === null) return true;
  for (const p of parts) if (lower.includes(p)) return true;
  return false;
}
