// Verifies a candidate pair (from LSH) on the real shingle sets and classifies it.
//
// Jaccard |A∩B| / |A∪B| measures how much of the two texts is the same; containment
// |A∩B| / min(|A|,|B|) how much of the smaller one is inside the larger. A repost with a new
// title, header and date, a promotional paragraph and repeated sentences keeps Jaccard high
// (repeats add no new shingles; the additions are a small share); a partial copy, or an article
// quoted whole inside a longer one, has low Jaccard but high containment. Two different articles
// on one topic share names and stock phrases, i.e. a few 5-word shingles: both measures stay low.
import { sharedPassages, type PassageOptions, type SharedPassage } from './shared-passages.js';
import type { PreparedText } from './prepared-text.js';
import { intersectionSize } from './sorted-sets.js';

export type DuplicateKind = 'exact' | 'near' | 'contained' | 'shared-passages';

/** Near-duplicate: at least 80% of the union is shared, the usual MinHash-dedup threshold; a
 *  repost with a changed header and some added boilerplate stays above it, a rewrite does not. */
export const NEAR_JACCARD = 0.8;
/** Contained: at least 80% of the smaller text's shingles are in the larger one (a partial copy
 *  or an excerpt survives a few edited sentences; a shared quote or two does not reach it). */
export const CONTAINED_RATIO = 0.8;
/** Containment is meaningless for a few words (a headline is "contained" in every article that
 *  repeats it): the smaller text needs this many shingles, about two sentences. */
export const MIN_CONTAINED_SHINGLES = 20;
/** A shared passage counts as "long" from this many words, about one sentence of news prose;
 *  names, titles and stock phrases ("the two countries will continue to deepen…") are shorter. */
export const LONG_PASSAGE_WORDS = 20;

export interface DuplicateVerdict {
  /** null: not a duplicate and no long shared passage. */
  readonly kind: DuplicateKind | null;
  readonly jaccard: number;
  /** |A∩B| / min(|A|,|B|); 0 when either text has no shingles. */
  readonly containment: number;
  readonly sharedShingles: number;
  /** For `contained`: which text is (mostly) inside the other. */
  readonly containedSide: 'a' | 'b' | null;
  /** Shared passages (see shared-passages.ts); empty for `exact` pairs and when not asked for. */
  readonly passages: readonly SharedPassage[];
}

export interface VerifyOptions extends PassageOptions {
  /** Find shared passages (default true); without them `shared-passages` is never the verdict. */
  readonly passages?: boolean;
}

/** Classifies a pair of prepared texts (prepared with the same k). */
export function verifyDuplicate(a: PreparedText, b: PreparedText, options: VerifyOptions = {}): DuplicateVerdict {
  if (a.k !== b.k) throw new RangeError(`texts were prepared with different shingle sizes (${a.k} and ${b.k})`);
  const smaller = Math.min(a.set.length, b.set.length);
  if (a.contentHash === b.contentHash) {
    return { kind: 'exact', jaccard: 1, containment: 1, sharedShingles: a.set.length, containedSide: null, passages: [] };
  }
  const shared = intersectionSize(a.set, b.set);
  const union = a.set.length + b.set.length - shared;
  const jaccard = union === 0 ? 0 : shared / union;
  const containment = smaller === 0 ? 0 : shared / smaller;
  const passages = options.passages === false || shared === 0 ? [] : sharedPassages(a, b, options);
  const contained = containment >= CONTAINED_RATIO && smaller >= MIN_CONTAINED_SHINGLES;
  const kind: DuplicateKind | null = jaccard >= NEAR_JACCARD ? 'near'
    : contained ? 'contained'
    : passages.some((p) => p.words >= LONG_PASSAGE_WORDS) ? 'shared-passages'
    : null;
  const containedSide = kind === 'contained' ? (a.set.length <= b.set.length ? 'a' : 'b') : null;
  return { kind, jaccard, containment, sharedShingles: shared, containedSide, passages };
}
