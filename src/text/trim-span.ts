import type { Span } from '../model/span.js';

// `\s` is the whitespace definition used across the text stage: a span is "trimmed" when it
// neither starts nor ends with a character this matches.
const WHITESPACE = /\s/;

export const isWhitespace = (ch: string | undefined): boolean => ch !== undefined && WHITESPACE.test(ch);

/** `[start, end)` without leading and trailing whitespace, or null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let s = start;
  let e = end;
  while (s < e && isWhitespace(text[s])) s++;
  while (e > s && isWhitespace(text[e - 1])) e--;
  return s < e ? { start: s, end: e } : null;
}

/** Index of the first non-whitespace character at or after `i`, or `limit`. */
export function skipWhitespace(text: string, i: number, limit: number): number {
  let j = i;
  while (j < limit && isWhitespace(text[j])) j++;
  return j;
}
