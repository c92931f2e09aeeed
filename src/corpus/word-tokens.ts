// Word tokens for shingling, with their offsets in the original text so that a shared passage
// can be shown where it is. A token is a run of letters, marks and digits (with inner
// apostrophes, and "1,250" / "3.5" kept whole); every other character separates tokens, so
// punctuation, glued sentences ("Ukraine.However") and markup do not change the words. Chinese
// and Japanese are written without spaces: each Han or kana character is a token of its own.
import type { Span } from '../model/span.js';

export interface WordToken extends Span {
  /** The token normalised for comparison: NFKC, lower case, apostrophes unified. */
  readonly text: string;
}

const WORD_RUN = /[\p{L}\p{M}\p{N}]+(?:['\u2019\u02BC][\p{L}\p{M}\p{N}]+|[.,]\p{N}+)*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const NON_ASCII = /[^\x00-\x7f]/;
const APOSTROPHES = /[\u2019\u02BC]/g;

/** Comparison form of one token. */
export const normaliseToken = (raw: string): string =>
  NON_ASCII.test(raw) ? raw.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'") : raw.toLowerCase();

/** The word tokens of a text, in order. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const m of text.matchAll(WORD_RUN)) {
    const start = m.index;
    if (UNSPACED.test(m[0])) splitUnspaced(m[0], start, tokens);
    else tokens.push({ text: normaliseToken(m[0]), start, end: start + m[0].length });
  }
  return tokens;
}

/** A run that contains Han or kana: one token per such character, the rest as words. */
function splitUnspaced(run: string, offset: number, out: WordToken[]): void {
  let from = 0;
  const push = (start: number, end: number): void => {
    if (end > start) out.push({ text: normaliseToken(run.slice(start, end)), start: offset + start, end: offset + end });
  };
  for (const m of run.matchAll(UNSPACED_ALL)) {
    push(from, m.index);
    push(m.index, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, run.length);
}
