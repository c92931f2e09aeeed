// Year-less dates ("On July 13", "at the end of June") prove nothing alone: the year is exactly
// what is unknown. Inside a range the other evidence has fixed to at most a year, though, such a
// date can only be one day; narrated as past, it raises the lower bound to that day. A July 13
// that falls before the range (an earlier July 13) says nothing new, and a range longer than a
// year leaves the year open, so both are left alone.
import type { DateConstraint } from './date-constraint.js';
import { atLeast, calendarOf, dayOf, describeRange, hull, isoDay, type Day, type DaySet } from './day-range.js';
import type { YearlessSpan } from './stated-dates.js';

/** Longest range in which a month and day can still stand for one day only. */
const ONE_YEAR = 365;
/** Refinements, not evidence of their own: only ever applied inside the range. */
const YEARLESS_WEIGHT = 0.3;

/** The day this month/day names in `year`; null for February 29 of a common year. */
function dayIn(year: number, y: YearlessSpan): Day | null {
  const day = dayOf({ year, month: y.month, day: y.day ?? 1 });
  const c = calendarOf(day);
  return c.month === y.month ? day : null;
}

export function placeYearless(text: string, yearless: readonly YearlessSpan[], allows: DaySet): DateConstraint[] {
  const r = hull(allows);
  if (!r || !Number.isFinite(r.lo) || !Number.isFinite(r.hi) || r.hi - r.lo >= ONE_YEAR) return [];
  const out: DateConstraint[] = [];
  const first = calendarOf(r.lo).year;
  const last = calendarOf(r.hi).year;
  for (const y of yearless) {
    const inRange: Day[] = [];
    for (let year = first; year <= last; year++) {
      const d = dayIn(year, y);
      if (d !== null && r.lo <= d && d <= r.hi) inRange.push(d);
    }
    const d = inRange[0];
    if (inRange.length !== 1 || d === undefined || d === r.lo) continue;
    const written = text.slice(y.start, y.end);
    out.push({
      kind: 'yearless-date',
      allows: atLeast(d),
      weight: YEARLESS_WEIGHT,
      span: { start: y.start, end: y.end },
      reason: `narrates "${written}" (no year) as past: within ${describeRange(r)}, which the other evidence allows, that is ${isoDay(d)}, so written on or after it`,
      key: `yearless:${d}`,
    });
  }
  return out;
}
