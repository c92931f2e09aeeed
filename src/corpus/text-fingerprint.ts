// What a store keeps per document to find its duplicates later: the content hash (exact
// duplicates), the MinHash signature (estimated similarity) and the LSH band keys (candidate
// lookup). Verification then works on the texts themselves (prepared-text.ts).
import { bandKeys, type BandOptions } from './lsh-bands.js';
import { minhashSignature, type MinhashOptions } from './minhash.js';
import { contentHash } from './normalise-text.js';
import { shingles, type ShingleOptions } from './shingles.js';

export interface TextFingerprint {
  readonly contentHash: string;
  readonly shingleCount: number;
  readonly signature: Uint32Array;
  readonly bandKeys: readonly string[];
}

export type FingerprintOptions = ShingleOptions & MinhashOptions & BandOptions;

export function fingerprintText(text: string, options: FingerprintOptions = {}): TextFingerprint {
  const set = shingles(text, options);
  const signature = minhashSignature(set, options);
  return { contentHash: contentHash(text), shingleCount: set.length, signature, bandKeys: bandKeys(signature, options) };
}
