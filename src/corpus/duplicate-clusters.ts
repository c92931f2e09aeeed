// Clusters of duplicates: verified pairs are joined transitively (union-find with path halving
// and union by size), and each cluster's original is its earliest-published member. A
// document without a usable date can only be the original when no member has one; ties go to
// the smaller id, so the result does not depend on input order.
import type { DuplicateKind } from './verify-duplicate.js';

export interface DatedDocument {
  readonly id: string;
  /** ISO 8601 date or date-time as the page states it, or null. */
  readonly published: string | null;
}

export interface VerifiedPair {
  readonly a: string;
  readonly b: string;
  readonly kind: DuplicateKind | null;
}

export interface DuplicateCluster {
  /** The earliest-published member. */
  readonly original: string;
  /** All members, original first, then by date (undated last) and id. */
  readonly members: readonly string[];
}

/** Pair kinds that join clusters by default: copies of one text. A shared passage (a quote two
 *  articles both carry) links documents without making them copies of each other. */
export const CLUSTER_KINDS: ReadonlySet<DuplicateKind> = new Set(['exact', 'near', 'contained']);

export interface ClusterOptions {
  readonly link?: ReadonlySet<DuplicateKind>;
}

/** Clusters of two or more documents, ordered by their original's date, then id. */
export function duplicateClusters(
  documents: readonly DatedDocument[],
  pairs: readonly VerifiedPair[],
  options: ClusterOptions = {},
): DuplicateCluster[] {
  const link = options.link ?? CLUSTER_KINDS;
  const index = new Map<string, number>();
  documents.forEach((d, i) => {
    if (index.has(d.id)) throw new RangeError(`duplicateClusters: document ${JSON.stringify(d.id)} is listed twice`);
    index.set(d.id, i);
  });
  const parent = documents.map((_, i) => i);
  const size = documents.map(() => 1);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const position = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new RangeError(`duplicateClusters: pair names unknown document ${JSON.stringify(id)}`);
    return i;
  };
  for (const pair of pairs) {
    if (pair.kind === null || !link.has(pair.kind)) continue;
    let x = root(position(pair.a));
    let y = root(position(pair.b));
    if (x === y) continue;
    if (size[x]! < size[y]!) [x, y] = [y, x];
    parent[y] = x;
    size[x]! += size[y]!;
  }

  const groups = new Map<number, DatedDocument[]>();
  documents.forEach((d, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(d);
    else groups.set(r, [d]);
  });
  const time = new Map(documents.map((d) => [d.id, publishedTime(d.published)]));
  const byDate = (x: DatedDocument, y: DatedDocument): number =>
    compareTimes(time.get(x.id)!, time.get(y.id)!) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort(byDate))
    .sort((g, h) => byDate(g[0]!, h[0]!))
    .map((g) => ({ original: g[0]!.id, members: g.map((d) => d.id) }));
}

/** Milliseconds since the epoch, or null when the date is missing or unreadable. */
const publishedTime = (published: string | null): number | null => {
  if (published === null) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
};

const compareTimes = (x: number | null, y: number | null): number =>
  x === null ? (y === null ? 0 : 1) : y === null ? -1 : x - y;
