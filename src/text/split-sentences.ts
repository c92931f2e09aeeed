import type { Span } from '../model/span.js';
import { breaksAtLineBreak, lineLengths } from './line-break.js';
import type { LineLengths } from './line-break.js';
import { TERMINALS } from './punctuation.js';
import { splitParagraphs } from './split-paragraphs.js';
import { breaksAfterStop, readStopSite } from './stop-break.js';
import { trimSpan } from './trim-span.js';

// The only places a sentence can end inside a paragraph: a terminal mark or a line break.
const CANDIDATES = new RegExp(`[${TERMINALS}\\n]`, 'g');

/**
 * Sentences of the text as trimmed spans, in order, together covering every non-whitespace
 * character exactly once. A blank line always ends a sentence; inside a paragraph a sentence
 * ends after terminal punctuation (with or without a following space, see `breaksAfterStop`)
 * or at a single line break after a heading or before a list item (see `breaksAtLineBreak`).
 */
export function splitSentences(text: string): Span[] {
  return splitParagraphs(text).flatMap((paragraph) => sentencesOf(text, paragraph));
}

/** Sentences of one paragraph (a span of `text` containing no blank line). */
export function sentencesOf(text: string, paragraph: Span): Span[] {
  const sentences: Span[] = [];
  let sentenceStart = paragraph.start;
  const cut = (end: number): void => {
    const sentence = trimSpan(text, sentenceStart, end);
    if (sentence) sentences.push(sentence);
    sentenceStart = end;
  };

  let lengths: LineLengths | undefined;
  const paragraphLines = (): LineLengths => (lengths ??= lineLengths(text, paragraph));

  const candidates = new RegExp(CANDIDATES.source, 'g');
  candidates.lastIndex = paragraph.start;
  for (let m = candidates.exec(text); m !== null && m.index < paragraph.end; m = candidates.exec(text)) {
    const i = m.index;
    if (text[i] === '\n') {
      // Line breaks after a stop were already judged with the stop; this is a line without one.
      if (breaksAtLineBreak(text, i, sentenceStart, paragraph, paragraphLines)) cut(i);
      continue;
    }
    const site = readStopSite(text, i, paragraph.end);
    if (breaksAfterStop(text, site)) cut(site.end);
    // Resume after the stop's marks and closers; a following line break is seen again.
    candidates.lastIndex = site.end;
  }
  cut(paragraph.end);
  return sentences;
}
