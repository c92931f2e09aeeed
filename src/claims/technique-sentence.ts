// Sentence-level helpers of the structural detectors: a sentence's text, whether the author says
// it (not quoted), and its words. The shapes the detectors look for (a short categorical sentence,
// an exclamation, a rhetorical question) are read on whole sentences.
import type { Span } from '../model/span.js';
import { finalMark, isQuoteMark, type TechniqueContext } from './technique-context.js';

export const sentenceText = (ctx: TechniqueContext, i: number): string => {
  const s = ctx.sentences[i]!;
  return ctx.text.slice(s.start, s.end);
};

/** True when the sentence opens with a quotation mark or lies inside a quote of the quotes layer. */
export function isQuoted(ctx: TechniqueContext, s: Span): boolean {
  let i = s.start;
  while (i < s.end && /\s/.test(ctx.text[i]!)) i++;
  if (isQuoteMark(ctx.text[i])) return true;
  return ctx.quotes.some((q) => q.direct && q.span.start <= s.start && q.span.end >= s.end - 1);
}

/** Lower-case words of a sentence (letters, digits, inner apostrophes and hyphens). */
export const wordsOf = (text: string): string[] =>
  text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];

export const isQuestion = (ctx: TechniqueContext, s: Span): boolean => finalMark(ctx.text, s) === '?';
export const isExclamation = (ctx: TechniqueContext, s: Span): boolean => finalMark(ctx.text, s) === '!';
