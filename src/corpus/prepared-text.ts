// A text made ready for pairwise comparison: its content hash, word tokens (with offsets) and
// shingles both in text order (for shared passages) and as a sorted set (for Jaccard and
// containment). A store prepares each document of a batch once and compares many pairs.
import { contentHash } from './normalise-text.js';
import { shingleSequence, shingleSet, shingleSize, type ShingleOptions } from './shingles.js';
import { wordTokens, type WordToken } from './word-tokens.js';

export interface PreparedText {
  readonly text: string;
  readonly contentHash: string;
  /** Words per shingle. */
  readonly k: number;
  readonly tokens: readonly WordToken[];
  /** Shingle hash at each token position (see shingleSequence). */
  readonly sequence: Uint32Array;
  /** Distinct shingle hashes, sorted. */
  readonly set: Uint32Array;
}

export function prepareText(text: string, options: ShingleOptions = {}): PreparedText {
  const k = shingleSize(options);
  const tokens = wordTokens(text);
  const sequence = shingleSequence(tokens, { k });
  return { text, contentHash: contentHash(text), k, tokens, sequence, set: shingleSet(sequence) };
}
