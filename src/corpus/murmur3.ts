// MurmurHash3 x86_32 (Austin Appleby, public domain): the shingle hash. Written with Math.imul
// and 32-bit shifts only, so values are the same on every Node version and platform, and equal
// to the reference implementation's (the tests check published vectors).

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));

const scramble = (k: number): number => Math.imul(rotl(Math.imul(k, C1), 15), C2);

const mixBlock = (h: number, k: number): number => (Math.imul(rotl(h ^ scramble(k), 13), 5) + 0xe6546b64) | 0;

const finalise = (h: number, length: number): number => {
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

/** MurmurHash3 x86_32 of `bytes[0, length)`. */
export function murmur3(bytes: Uint8Array, seed = 0, length = bytes.length): number {
  let h = seed | 0;
  const blocks = length & ~3;
  for (let i = 0; i < blocks; i += 4) {
    h = mixBlock(h, bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24));
  }
  const rest = length & 3;
  if (rest > 0) {
    let k = 0;
    if (rest === 3) k ^= bytes[blocks + 2]! << 16;
    if (rest >= 2) k ^= bytes[blocks + 1]! << 8;
    k ^= bytes[blocks]!;
    h ^= scramble(k);
  }
  return finalise(h, length);
}

/**
 * MurmurHash3 x86_32 of `count` 32-bit words from `start`, read as little-endian bytes: the
 * same value `murmur3` gives for those bytes, without building them (shingle = k word hashes).
 */
export function murmur3Words(words: ArrayLike<number>, start: number, count: number, seed = 0): number {
  let h = seed | 0;
  for (let i = start; i < start + count; i += 1) h = mixBlock(h, words[i]! | 0);
  return finalise(h, count * 4);
}

let scratch = new Uint8Array(256);
const encoder = new TextEncoder();

/** MurmurHash3 x86_32 of a string's UTF-8 bytes. */
export function murmur3String(text: string, seed = 0): number {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit.
  if (scratch.length < text.length * 3) scratch = new Uint8Array(text.length * 3);
  const { written } = encoder.encodeInto(text, scratch);
  return murmur3(scratch, seed, written);
}
