// The hash family behind each MinHash permutation: Dietzfelbinger's multiply-add-shift,
//   h(x) = ((a·x + b) mod 2^64) div 2^32,   a, b uniform 64-bit, x a 32-bit shingle hash,
// which is strongly universal (2-independent) for 32-bit keys and 32-bit outputs, like
// (a·x + b) mod (2^61 − 1), but cheaper without BigInt. The 64-bit arithmetic is done exactly
// with one Math.imul and double-precision products of at most 48 bits (every intermediate value
// below 2^53), so results are identical on every platform; the tests check them against BigInt.

const TWO_16 = 65536;
const TWO_32 = 4294967296;

/** One member of the family: a and b as 32-bit halves. `aLo` is odd so x ↦ a·x is injective. */
export interface MultiplyAddShift {
  readonly aHi: number;
  readonly aLo: number;
  readonly bHi: number;
  readonly bLo: number;
}

/** h(x) for a uint32 x (see the file comment). */
export function multiplyAddShift(f: MultiplyAddShift, x: number): number {
  return hashWith(f.aHi, f.aLo, f.bHi, f.bLo, x & 0xffff, x >>> 16, x);
}

/**
 * The same, with x already split into 16-bit halves (the MinHash loop splits once per shingle).
 * aLo·x = aLo·xLo + aLo·xHi·2^16; the low 32 bits of that plus bLo give the carry into the high
 * word, whose aHi·x·2^32 term only matters mod 2^32 (Math.imul).
 */
export function hashWith(aHi: number, aLo: number, bHi: number, bLo: number, xLo: number, xHi: number, x: number): number {
  const p1 = aLo * xLo; // < 2^48
  const p2 = aLo * xHi; // < 2^48
  const p2Hi = Math.floor(p2 / TWO_16); // < 2^32
  const low = p1 + (p2 - p2Hi * TWO_16) * TWO_16 + bLo; // < 2^49
  const carry = Math.floor(low / TWO_32);
  return (Math.imul(aHi, x) + p2Hi + carry + bHi) >>> 0;
}
