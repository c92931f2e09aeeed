// Sentence-level helpers of the structural detectors: a sentence's text, whether the author says
// it (not quoted), and its words. The shapes the detectors look for (a short categorical sentence,
// an exclamation, a rhetorical question) are read on whole sentences. What several detectors ask
// of every sentence (its words, whether it is quoted) is worked out once per article.
import type { Span } from '../model/span.js';
import { finalMark, isQuoteMark, perArticle, type TechniqueContext } from './technique-context.js';

export const sentenceText = (ctx: TechniqueContext, i: number): string => {
  const s = ctx.sentences[i]!;
  return ctx.text.slice(s.start, s.end);
};

function quotedSentences(ctx: TechniqueContext): boolean[] {
  const direct = ctx.quotes.filter((q) => q.direct);
  return ctx.sentences.map((s) => {
    let i = s.start;
    while (i < s.end && /\s/.test(ctx.text[i]!)) i++;
    if (isQuoteMark(ctx.text[i])) return true;
    return direct.some((q) => q.span.start <= s.start && q.span.end >= s.end - 1);
  });
}

/** True when sentence `i` opens with a quotation mark or lies inside a quote of the quotes layer. */
export const isQuoted = (ctx: TechniqueContext, i: number): boolean => perArticle(ctx, quotedSentences)[i]!;

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;
/** Non-ASCII characters common in news text that are neither letters nor digits (word separators). */
const PLAIN_SEPARATORS = new Set([0xa0, 0xab, 0xbb, 0x2013, 0x2014, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026]);
const isAsciiAlnum = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/**
 * Lower-case words of a sentence (letters, digits, inner apostrophes and hyphens). Every sentence
 * and clause is read, so text of ASCII letters is scanned by hand (the same words as the regular
 * expression, which reads any other text). With `max`, at most that many words (the first ones).
 */
export function wordsOf(text: string, max = Infinity): string[] {
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const out: string[] = [];
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x80 && !PLAIN_SEPARATORS.has(c)) return regexWords(lower, max);
  }
  let i = 0;
  while (i < lower.length && out.length < max) {
    if (!isAsciiAlnum(lower.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < lower.length && isAsciiAlnum(lower.charCodeAt(i))) i++;
    for (;;) {
      const sep = lower.charCodeAt(i);
      if ((sep !== 0x27 && sep !== 0x2d) || !isAsciiAlnum(lower.charCodeAt(i + 1))) break;
      i += 2;
      while (i < lower.length && isAsciiAlnum(lower.charCodeAt(i))) i++;
    }
    out.push(lower.slice(start, i));
  }
  return out;
}

function regexWords(lower: string, max: number): string[] {
  const all = lower.match(WORD) ?? [];
  return all.length > max ? all.slice(0, max) : all;
}

const allSentenceWords = (ctx: TechniqueContext): (readonly string[])[] => ctx.sentences.map((_, i) => wordsOf(sentenceText(ctx, i)));

/** `wordsOf` sentence `i` (shared: do not change it). */
export const sentenceWords = (ctx: TechniqueContext, i: number): readonly string[] => perArticle(ctx, allSentenceWords)[i]!;

export const isQuestion = (ctx: TechniqueContext, s: Span): boolean => finalMark(ctx.text, s) === '?';
export const isExclamation = (ctx: TechniqueContext, s: Span): boolean => finalMark(ctx.text, s) === '!';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * Letters and digits only, lower case, one space between words (how repeated sentences are
 * compared): `s.toLowerCase()` without ’ ' ‘, each run of other characters one space, trimmed.
 * Read character by character (ASCII without a regular expression): it runs over every sentence
 * and clause. With `max`, null as soon as the key would be longer.
 */
export function sentenceKey(s: string): string;
export function sentenceKey(s: string, max: number): string | null;
export function sentenceKey(s: string, max = Infinity): string | null {
  const lower = s.toLowerCase();
  let out = '';
  let gap = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x27 || c === 0x2019 || c === 0x2018) continue;
    let ch: string;
    if (c < 0x80) {
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) { gap = true; continue; }
      ch = lower[i]!;
    } else {
      const pair = lower.codePointAt(i)! > 0xffff;
      ch = pair ? lower.slice(i, i + 2) : lower[i]!;
      if (pair) i++;
      if (!LETTER_OR_DIGIT.test(ch)) { gap = true; continue; }
    }
    if (gap && out.length > 0) out += ' ';
    out += ch;
    gap = false;
    if (out.length > max) return null;
  }
  return out;
}

const allSentenceKeys = (ctx: TechniqueContext): string[] => ctx.sentences.map((_, i) => sentenceKey(sentenceText(ctx, i)));

/** `sentenceKey` of sentence `i`. */
export const sentenceKeyOf = (ctx: TechniqueContext, i: number): string => perArticle(ctx, allSentenceKeys)[i]!;

/** Words of a key (one space between words). */
export function keyWords(key: string): number {
  if (!key) return 0;
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}
