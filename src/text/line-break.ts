import type { Span } from '../model/span.js';
import { charAt, isCloser, isLetter, isOpener, isUpper } from './punctuation.js';
import { skipWhitespace } from './trim-span.js';

/** Longest line of a heading, in words. */
export const HEADING_MAX_WORDS = 12;

/**
 * A heading must be clearly shorter than the paragraph's other lines. Hard-wrapped prose has
 * lines of near-equal width, so this keeps a wrap before a capitalised word ("… the\nUnited
 * Nations") from being taken for a heading.
 */
export const HEADING_MAX_LENGTH_RATIO = 0.6;

/** Lengths of the two longest lines of a paragraph (trailing whitespace included, harmlessly). */
export interface LineLengths {
  readonly longest: number;
  readonly second: number;
}

export function lineLengths(text: string, paragraph: Span): LineLengths {
  let longest = 0;
  let second = 0;
  let start = paragraph.start;
  while (start <= paragraph.end) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 || nl > paragraph.end ? paragraph.end : nl;
    const length = end - start;
    if (length > longest) [longest, second] = [length, longest];
    else if (length > second) second = length;
    start = end + 1;
  }
  return { longest, second };
}

/**
 * Does the single line break at `nl`, after a line without final punctuation, end a sentence?
 * Only after a heading-like line or before a bulleted list item; anything else is a soft wrap.
 */
export function breaksAtLineBreak(
  text: string, nl: number, sentenceStart: number, paragraph: Span, lengths: () => LineLengths,
): boolean {
  return startsListItem(text, nl + 1, paragraph.end) || endsHeadingLine(text, nl, sentenceStart, paragraph, lengths);
}

// A bullet, a space, then a capital or digit: "• Sanctions …", "- 12 tanks …". A hard wrap
// before a spaced hyphen ("medium\n- and short-range") continues in lowercase.
const LIST_ITEM = /[ \t]*[-–—•·▪●*][ \t]+[\p{Lu}\p{Lt}\p{Nd}]/uy;

function startsListItem(text: string, lineStart: number, limit: number): boolean {
  LIST_ITEM.lastIndex = lineStart;
  return lineStart < limit && LIST_ITEM.test(text);
}

/**
 * Does the single line break at `nl` (a line without final punctuation) end a heading-like
 * line? The line must hold a whole sentence start (nothing carried over from the line above,
 * no break inside it), end with a letter, be short in words and relative to the paragraph's
 * other lines, and be followed by a capitalised line. Anything else is a soft wrap.
 */
export function endsHeadingLine(
  text: string, nl: number, sentenceStart: number, paragraph: Span, lengths: () => LineLengths,
): boolean {
  const lineStart = Math.max(paragraph.start, text.lastIndexOf('\n', nl - 1) + 1);
  const first = skipWhitespace(text, lineStart, nl);
  if (skipWhitespace(text, sentenceStart, nl) !== first || first >= nl) return false;

  const line = text.slice(first, nl).trimEnd();
  let last = line.length - 1;
  while (last > 0 && isCloser(line[last])) last--;
  if (!isLetter(line[last])) return false;
  if (line.split(/\s+/).length > HEADING_MAX_WORDS) return false;

  let next = skipWhitespace(text, nl + 1, paragraph.end);
  while (next < paragraph.end && isOpener(text[next])) next++;
  if (!isUpper(charAt(text, next))) return false;

  const { longest, second } = lengths();
  const others = nl - lineStart === longest ? second : longest;
  return line.length <= HEADING_MAX_LENGTH_RATIO * others;
}
