import type { Span } from '../model/span.js';
import { trimSpan } from './trim-span.js';

// A blank line is a line holding only whitespace; U+2029 is Unicode's own paragraph separator.
const PARAGRAPH_BREAK = /\n[^\S\n]*\n|\u2029/g;

/**
 * Paragraphs of the text: non-empty blocks separated by blank lines, as trimmed spans in
 * text order. Single newlines stay inside a paragraph (hard wraps or one-line paragraphs;
 * the sentence splitter decides which).
 */
export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    const block = trimSpan(text, start, m.index);
    if (block) paragraphs.push(block);
    start = m.index + m[0].length;
  }
  const last = trimSpan(text, start, text.length);
  if (last) paragraphs.push(last);
  return paragraphs;
}
