// Shingle sets are sorted arrays of distinct uint32 values (shingleSet): intersections are a
// linear merge, with no hash set to build.

/** Size of the intersection of two sorted sets. */
export const intersectionSize = (a: Uint32Array, b: Uint32Array): number => {
  let n = 0;
  mergeShared(a, b, () => {
    n += 1;
  });
  return n;
};

/** The values two sorted sets share, as a Set. */
export const sharedValues = (a: Uint32Array, b: Uint32Array): Set<number> => {
  const shared = new Set<number>();
  mergeShared(a, b, (x) => shared.add(x));
  return shared;
};

function mergeShared(a: Uint32Array, b: Uint32Array, onShared: (value: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      onShared(x);
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
}
