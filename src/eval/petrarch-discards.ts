// PETRARCH's discard list (PETR.Validate.discards.txt): phrases whose presence makes PETRARCH code
// nothing — sports and weather stories whose verbs ("restore the Cup to …") would otherwise code
// as diplomacy. A line is a phrase, `_` or spaces between its words; `+` marks a story-level
// discard (the whole story), others discard the sentence. A PETRARCH record is one sentence, so
// both mean: no events. Phrases match whole words, case-insensitively, as PETRARCH matches them.
import { petrarchLines } from '../actors/petrarch-lines.js';

export interface DiscardPhrase { readonly words: readonly string[]; readonly story: boolean; readonly line: number }

export function readPetrarchDiscards(source: string): DiscardPhrase[] {
  return petrarchLines(source.replace(/\r\n?/g, '\n')).flatMap(({ line, body }) => {
    const story = body.startsWith('+');
    const words = body.replace(/^\+/, '').replace(/_/g, ' ').toLowerCase().split(/\s+/).filter(Boolean);
    return words.length ? [{ words, story, line }] : [];
  });
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];

/** The first discard phrase the text holds as consecutive words, or null. */
export function discardIn(text: string, phrases: readonly DiscardPhrase[]): DiscardPhrase | null {
  const words = wordsOf(text);
  for (const p of phrases) {
    for (let i = 0; i + p.words.length <= words.length; i += 1) {
      if (p.words.every((w, k) => words[i + k] === w)) return p;
    }
  }
  return null;
}
