// Word k-shingles hashed to 32-bit unsigned ints. Each token is hashed once (MurmurHash3 of its
// UTF-8 bytes) and a shingle is MurmurHash3 over its k token hashes, so the cost is linear in
// the text whatever k is. 32 bits are enough: a store compares a pair's sets only after LSH
// made it a candidate, and a chance collision between two of a pair's ~1,000 shingles
// (probability ~ 1,000² / 2³²) moves Jaccard by a thousandth.
import { murmur3String, murmur3Words } from './murmur3.js';
import { wordTokens, type WordToken } from './word-tokens.js';

/** Five words: short enough to survive edits between sentences, long enough that two
 *  different articles on the same topic rarely share a shingle beyond names and stock phrases. */
export const DEFAULT_SHINGLE_SIZE = 5;

/** Seed of the shingle hash; changing it changes every stored signature. */
const SHINGLE_SEED = 0x5f3759df;

export interface ShingleOptions {
  /** Words per shingle (default 5). */
  readonly k?: number;
}

export const shingleSize = (options: ShingleOptions = {}): number => {
  const k = options.k ?? DEFAULT_SHINGLE_SIZE;
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`shingle size must be a positive integer, got ${k}`);
  return k;
};

/**
 * The hash of the shingle starting at each token, in text order (`tokens.length - k + 1`
 * values). A text with fewer than k words (but at least one) has one shingle of all its words;
 * a text without words has none.
 */
export function shingleSequence(tokens: readonly WordToken[], options: ShingleOptions = {}): Uint32Array {
  const k = shingleSize(options);
  if (tokens.length === 0) return new Uint32Array(0);
  const words = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i += 1) words[i] = murmur3String(tokens[i]!.text);
  if (tokens.length < k) return Uint32Array.of(murmur3Words(words, 0, tokens.length, SHINGLE_SEED));
  const out = new Uint32Array(tokens.length - k + 1);
  for (let i = 0; i < out.length; i += 1) out[i] = murmur3Words(words, i, k, SHINGLE_SEED);
  return out;
}

/** The distinct values of a shingle sequence, sorted ascending (a set that merges in linear time). */
export const shingleSet = (sequence: Uint32Array): Uint32Array => {
  const sorted = Uint32Array.from(sequence).sort();
  let n = 0;
  for (let i = 0; i < sorted.length; i += 1) if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
};

/** The shingle set of a text: distinct hashes, sorted. */
export const shingles = (text: string, options: ShingleOptions = {}): Uint32Array =>
  shingleSet(shingleSequence(wordTokens(text), options));
