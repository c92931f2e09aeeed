// MinHash signatures: for each of n hash functions from a 2-independent family
// (multiply-add-shift.ts), the minimum over a document's shingle hashes. Two signatures agree in
// a position with probability ≈ the Jaccard similarity of the shingle sets, so the fraction of
// agreeing positions estimates it (standard error √(J(1−J)/n): ±0.044 at J = 0.5, n = 128).
// Parameters come from a seeded generator: the same (numHashes, seed) gives the same family on
// every run and machine, so stored signatures stay comparable.
import type { MultiplyAddShift } from './multiply-add-shift.js';
import { seededRandom } from './seeded-random.js';

export const DEFAULT_NUM_HASHES = 128;
export const DEFAULT_MINHASH_SEED = 0x1f2e3d4c;
/** Value of every position of the signature of an empty shingle set. */
export const EMPTY_SLOT = 0xffffffff;
const MAX_NUM_HASHES = 4096;
const TWO_16 = 65536;
// Multiplying by a power of two is exact and faster than dividing by one.
const INV_TWO_16 = 2 ** -16;
const INV_TWO_32 = 2 ** -32;

export interface MinhashOptions {
  readonly numHashes?: number;
  readonly seed?: number;
}

/** The family's parameters, typed for the hot loop: aHi feeds Math.imul, the rest double arithmetic. */
interface Family {
  readonly aHi: Int32Array;
  readonly aLo: Float64Array;
  readonly bHi: Float64Array;
  readonly bLo: Float64Array;
}

const families = new Map<string, Family>();

/** The hash functions of a (numHashes, seed) family, generated once and kept. */
function family(numHashes: number, seed: number): Family {
  const key = `${numHashes}:${seed}`;
  let f = families.get(key);
  if (!f) {
    const next = seededRandom(seed);
    f = { aHi: new Int32Array(numHashes), aLo: new Float64Array(numHashes), bHi: new Float64Array(numHashes), bLo: new Float64Array(numHashes) };
    for (let i = 0; i < numHashes; i += 1) {
      f.aHi[i] = next() | 0;
      f.aLo[i] = (next() | 1) >>> 0;
      f.bHi[i] = next();
      f.bLo[i] = next();
    }
    families.set(key, f);
  }
  return f;
}

const resolveOptions = (options: MinhashOptions): { numHashes: number; seed: number } => {
  const numHashes = options.numHashes ?? DEFAULT_NUM_HASHES;
  const seed = options.seed ?? DEFAULT_MINHASH_SEED;
  if (!Number.isInteger(numHashes) || numHashes < 1 || numHashes > MAX_NUM_HASHES) {
    throw new RangeError(`numHashes must be an integer in 1…${MAX_NUM_HASHES}, got ${numHashes}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  return { numHashes, seed: seed >>> 0 };
};

/** The hash functions a signature with these options uses (for tests and for documentation). */
export function minhashFunctions(options: MinhashOptions = {}): MultiplyAddShift[] {
  const { numHashes, seed } = resolveOptions(options);
  const f = family(numHashes, seed);
  return Array.from({ length: numHashes }, (_, i) => ({ aHi: f.aHi[i]! >>> 0, aLo: f.aLo[i]!, bHi: f.bHi[i]!, bLo: f.bLo[i]! }));
}

/**
 * The MinHash signature of a set of uint32 shingle hashes (duplicates are harmless). An empty
 * set gives a signature of EMPTY_SLOT values, which `bandKeys` does not index.
 */
export function minhashSignature(shingles: Iterable<number>, options: MinhashOptions = {}): Uint32Array {
  const { numHashes, seed } = resolveOptions(options);
  const { aHi, aLo, bHi, bLo } = family(numHashes, seed);
  // Each shingle split once into the parts the hash needs; then one pass over the shingles per
  // hash function, keeping the minimum in a local (about twice as fast as the other loop order).
  const values: ArrayLike<number> = shingles instanceof Uint32Array || Array.isArray(shingles) ? shingles : [...shingles];
  const m = values.length;
  const whole = new Int32Array(m);
  const low16 = new Float64Array(m);
  const high16 = new Float64Array(m);
  for (let k = 0; k < m; k += 1) {
    const x = values[k]! >>> 0;
    whole[k] = x | 0;
    low16[k] = x & 0xffff;
    high16[k] = x >>> 16;
  }
  const signature = new Uint32Array(numHashes);
  for (let i = 0; i < numHashes; i += 1) {
    const ah = aHi[i]!;
    const al = aLo[i]!;
    const bh = bHi[i]!;
    const bl = bLo[i]!;
    let min = EMPTY_SLOT;
    for (let k = 0; k < m; k += 1) {
      // multiply-add-shift.ts `hashWith`, inlined: ((a·x + b) mod 2^64) div 2^32.
      const p2 = al * high16[k]!;
      const p2Hi = Math.floor(p2 * INV_TWO_16);
      const low = al * low16[k]! + (p2 - p2Hi * TWO_16) * TWO_16 + bl;
      const h = (Math.imul(ah, whole[k]!) + p2Hi + Math.floor(low * INV_TWO_32) + bh) >>> 0;
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

/** True for the signature of an empty shingle set. */
export const isEmptySignature = (signature: Uint32Array): boolean => signature.every((v) => v === EMPTY_SLOT);

/** Estimated Jaccard similarity: the fraction of positions where the signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length || a.length === 0) {
    throw new RangeError(`signatures must have the same, non-zero length (got ${a.length} and ${b.length})`);
  }
  let same = 0;
  for (let i = 0; i < a.length; i += 1) if (a[i] === b[i]) same += 1;
  return same / a.length;
}
