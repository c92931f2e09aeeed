// Maximal shared passages between two texts: runs of matching words, found through a map from
// shingle hash to its positions in the second text, mapped back to character spans in each.
//
// Scan the first text's shingles left to right; at each position try the second text's
// positions with the same shingle hash, extend each match word by word (comparing the words
// themselves, so a hash collision cannot make a passage) and keep the longest; report it when it
// covers at least `minShingles` shingles, and continue after it. Each word of the first text is
// in at most one passage; a passage of the second text can be reported several times when the
// first text repeats it (a repost that repeats a sentence). Positions per shingle are capped
// (`maxPositions`): a word repeated 100,000 times makes every position match, and the cap keeps
// the work below maxPositions × (words of the first text) × (minimum passage words + 1) comparisons.
import type { Span } from '../model/span.js';
import type { PreparedText } from './prepared-text.js';
import { sharedValues } from './sorted-sets.js';

export interface SharedPassage {
  /** Characters of the passage in the first text, from its first word's start to its last word's end. */
  readonly a: Span;
  /** The same in the second text. */
  readonly b: Span;
  /** Words in the passage. */
  readonly words: number;
}

export interface PassageOptions {
  /** Fewest consecutive matching shingles a passage has (default k, i.e. 2k − 1 words: 9 for k = 5). */
  readonly minShingles?: number;
  /** Positions of one shingle in the second text that are tried (default 32). */
  readonly maxPositions?: number;
}

export const DEFAULT_MAX_POSITIONS = 32;

export interface PassageSearch {
  readonly passages: SharedPassage[];
  /** Word comparisons made: a measure of the work, which the cap keeps linear. */
  readonly comparisons: number;
}

/** The shared passages of two prepared texts (same k), in the first text's order. */
export const sharedPassages = (a: PreparedText, b: PreparedText, options: PassageOptions = {}): SharedPassage[] =>
  searchSharedPassages(a, b, options).passages;

/** `sharedPassages` with the amount of work done. */
export function searchSharedPassages(a: PreparedText, b: PreparedText, options: PassageOptions = {}): PassageSearch {
  if (a.k !== b.k) throw new RangeError(`texts were prepared with different shingle sizes (${a.k} and ${b.k})`);
  const k = a.k;
  const minShingles = options.minShingles ?? k;
  const maxPositions = options.maxPositions ?? DEFAULT_MAX_POSITIONS;
  if (!Number.isInteger(minShingles) || minShingles < 1) throw new RangeError(`minShingles must be a positive integer, got ${minShingles}`);
  if (!Number.isInteger(maxPositions) || maxPositions < 1) throw new RangeError(`maxPositions must be a positive integer, got ${maxPositions}`);
  const minWords = minShingles + k - 1;
  const ta = a.tokens;
  const tb = b.tokens;
  const passages: SharedPassage[] = [];
  // A text shorter than k has one shingle of all its words, not a shingle per position.
  if (ta.length < minWords || tb.length < minWords) return { passages, comparisons: 0 };

  // Only shingles both texts have can start a passage: unrelated pairs index almost nothing.
  const shared = sharedValues(a.set, b.set);
  const positions = new Map<number, number[]>();
  for (let j = 0; j < b.sequence.length; j += 1) {
    const value = b.sequence[j]!;
    if (!shared.has(value)) continue;
    const list = positions.get(value);
    if (!list) positions.set(value, [j]);
    else if (list.length < maxPositions) list.push(j);
  }

  let comparisons = 0;
  let i = 0;
  while (i < a.sequence.length) {
    let bestLength = 0;
    let bestJ = -1;
    for (const j of positions.get(a.sequence[i]!) ?? []) {
      const max = Math.min(ta.length - i, tb.length - j);
      let length = 0;
      while (length < max && ta[i + length]!.text === tb[j + length]!.text) length += 1;
      comparisons += length + 1;
      if (length > bestLength) {
        bestLength = length;
        bestJ = j;
      }
    }
    if (bestLength >= minWords) {
      const last = bestLength - 1;
      passages.push({
        a: { start: ta[i]!.start, end: ta[i + last]!.end },
        b: { start: tb[bestJ]!.start, end: tb[bestJ + last]!.end },
        words: bestLength,
      });
      i += bestLength;
    } else {
      i += 1;
    }
  }
  return { passages, comparisons };
}
