// A small seeded generator of 32-bit values (a Weyl sequence through MurmurHash3's finaliser,
// "splitmix32"): deterministic parameters for the MinHash family and reproducible generated
// texts in tests. Not for anything that needs unpredictability.

/** Returns a function that yields the next uint32 of the sequence for `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}
