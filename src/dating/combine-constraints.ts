// Combining the evidence: the writing date lies where the most trusted evidence agrees. Every
// constraint is a set of allowed days with a weight; the day (in fact, the run of days) that the
// greatest total weight allows wins, the constraints that allow it are kept and intersected, and
// those that do not are set aside as conflicting. When all agree this is simply the intersection;
// when a lone bound contradicts several others ("in 2023" against a prime minister who left office
// in 2022 and an event of mid-2022), the stronger side wins.
import type { DateConstraint } from './date-constraint.js';
import { contains, intersect, type Day, type DaySet } from './day-range.js';

export interface Combined {
  readonly allows: DaySet;
  readonly kept: readonly DateConstraint[];
  readonly conflicting: readonly DateConstraint[];
}

const ALL: DaySet = [{ lo: -Infinity, hi: Infinity }];

/** One representative day per run of days over which no constraint starts or ends. */
function runs(constraints: readonly DateConstraint[]): Day[] {
  const edges = new Set<Day>();
  for (const c of constraints) {
    for (const r of c.allows) {
      if (Number.isFinite(r.lo)) edges.add(r.lo);
      if (Number.isFinite(r.hi)) edges.add(r.hi + 1);
    }
  }
  const sorted = [...edges].sort((a, b) => a - b);
  const first = sorted[0];
  return first === undefined ? [0] : [first - 1, ...sorted];
}

export function combineConstraints(constraints: readonly DateConstraint[]): Combined | null {
  if (constraints.length === 0) return null;
  let best: { day: Day; weight: number; count: number } | null = null;
  for (const day of runs(constraints)) {
    const holding = constraints.filter((c) => contains(c.allows, day));
    const weight = holding.reduce((s, c) => s + c.weight, 0);
    // Ties: more pieces of evidence, then the earlier run (deterministic).
    if (!best || weight > best.weight + 1e-9 || (Math.abs(weight - best.weight) <= 1e-9 && holding.length > best.count)) {
      best = { day, weight, count: holding.length };
    }
  }
  if (!best || best.count === 0) return null;
  const day = best.day;
  const kept = constraints.filter((c) => contains(c.allows, day));
  const conflicting = constraints.filter((c) => !contains(c.allows, day));
  return { allows: kept.reduce((set, c) => intersect(set, c.allows), ALL), kept, conflicting };
}
