// Locality-sensitive hashing over MinHash signatures: the signature is cut into b bands of r
// rows; two documents become a candidate pair when all r rows of at least one band agree, which
// happens with probability 1 − (1 − J^r)^b for Jaccard similarity J. The S-curve's midpoint is
// about (1/b)^(1/r).
//
// Defaults: b = 42, r = 3 (126 of the 128 signature values; the last two still count in
// estimateJaccard). Threshold (1/42)^(1/3) ≈ 0.29. Candidate probability by Jaccard:
//   J = 0.8: ≈1   0.5: 0.996   0.4: 0.94   0.3: 0.68   0.2: 0.29   0.1: 0.04   0.05: 0.005
// A repost with new boilerplate or a partial copy often has Jaccard 0.4–0.6 with its source,
// and it must not be missed; verification on the real sets is cheap, so candidates at J ≈ 0.2–0.3
// cost little. The brief's example, b = 32, r = 4 (threshold 0.42), would miss 13% of pairs at
// J = 0.5 and 37% at J = 0.4. Two different articles on one topic share far fewer 5-shingles
// (J < 0.05), so they rarely become candidates.
import { isEmptySignature } from './minhash.js';

export const DEFAULT_BANDS = 42;
export const DEFAULT_ROWS = 3;

export interface BandOptions {
  readonly bands?: number;
  readonly rows?: number;
}

const bandShape = (options: BandOptions): { bands: number; rows: number } => {
  const bands = options.bands ?? DEFAULT_BANDS;
  const rows = options.rows ?? DEFAULT_ROWS;
  if (!Number.isInteger(bands) || bands < 1 || !Number.isInteger(rows) || rows < 1) {
    throw new RangeError(`bands and rows must be positive integers, got ${bands} × ${rows}`);
  }
  return { bands, rows };
};

/** Jaccard similarity at which a pair is a candidate with probability about ½: (1/b)^(1/r). */
export const lshThreshold = (options: BandOptions = {}): number => {
  const { bands, rows } = bandShape(options);
  return (1 / bands) ** (1 / rows);
};

/** Probability that a pair with this Jaccard similarity shares at least one band key. */
export const candidateProbability = (jaccard: number, options: BandOptions = {}): number => {
  const { bands, rows } = bandShape(options);
  return 1 - (1 - jaccard ** rows) ** bands;
};

/**
 * One key per band, `"<band>:<rows as 8-digit hex>"`: the band index is part of the key, so a
 * store can keep one (key → document) index for all bands. The key is the band's values
 * themselves, not a hash of them, so it adds no collisions. An empty signature has no keys
 * (empty texts are exact duplicates of each other by content hash, not near-duplicates).
 */
export function bandKeys(signature: Uint32Array, options: BandOptions = {}): string[] {
  const { bands, rows } = bandShape(options);
  if (bands * rows > signature.length) {
    throw new RangeError(`${bands} bands × ${rows} rows need ${bands * rows} signature values, got ${signature.length}`);
  }
  if (isEmptySignature(signature)) return [];
  const keys: string[] = [];
  for (let band = 0; band < bands; band += 1) {
    let key = `${band}:`;
    for (let row = band * rows; row < (band + 1) * rows; row += 1) key += signature[row]!.toString(16).padStart(8, '0');
    keys.push(key);
  }
  return keys;
}

/**
 * An in-memory LSH index for tests and small batches (a store keeps the same band keys in a
 * table). Ids are reported in the order they were added.
 */
export class LshIndex {
  readonly #options: { bands: number; rows: number };
  readonly #buckets = new Map<string, string[]>();
  readonly #ids = new Set<string>();

  constructor(options: BandOptions = {}) {
    this.#options = bandShape(options);
  }

  get size(): number {
    return this.#ids.size;
  }

  add(id: string, signature: Uint32Array): void {
    if (this.#ids.has(id)) throw new Error(`LshIndex: id ${JSON.stringify(id)} was already added`);
    this.#ids.add(id);
    for (const key of bandKeys(signature, this.#options)) {
      const bucket = this.#buckets.get(key);
      if (bucket) bucket.push(id);
      else this.#buckets.set(key, [id]);
    }
  }

  /** Ids of the documents that share at least one band key with this signature. */
  candidates(signature: Uint32Array): string[] {
    const found = new Set<string>();
    for (const key of bandKeys(signature, this.#options)) for (const id of this.#buckets.get(key) ?? []) found.add(id);
    return [...found];
  }

  /** Every pair of added documents sharing a band key, once each, as [earlier added, later added]. */
  candidatePairs(): [string, string][] {
    const seen = new Set<string>();
    const pairs: [string, string][] = [];
    // A bucket lists its ids in the order they were added.
    for (const bucket of this.#buckets.values()) {
      for (let i = 0; i < bucket.length; i += 1) {
        for (let j = i + 1; j < bucket.length; j += 1) {
          const key = JSON.stringify([bucket[i], bucket[j]]);
          if (!seen.has(key)) {
            seen.add(key);
            pairs.push([bucket[i]!, bucket[j]!]);
          }
        }
      }
    }
    return pairs;
  }
}
