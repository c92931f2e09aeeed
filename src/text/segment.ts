import type { Span } from '../model/span.js';
import { splitParagraphs } from './split-paragraphs.js';
import { sentencesOf } from './split-sentences.js';

/** Paragraph and sentence structure of a text; every sentence lies inside one paragraph. */
export interface Segmentation {
  paragraphs: Span[];
  sentences: Span[];
}

/** Splits the text into paragraphs, then each paragraph into sentences (one pass over the text). */
export function segment(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const sentences = paragraphs.flatMap((paragraph) => sentencesOf(text, paragraph));
  return { paragraphs, sentences };
}

/** Index of the paragraph containing each sentence, by position (both lists are sorted). */
export function paragraphIndexOfSentences({ paragraphs, sentences }: Segmentation): number[] {
  let p = 0;
  return sentences.map((sentence) => {
    while (p < paragraphs.length - 1 && (paragraphs[p]?.end ?? 0) <= sentence.start) p++;
    return p;
  });
}
