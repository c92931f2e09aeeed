// Days as integers (days since 1970-01-01, UTC civil days) and sets of day ranges: the algebra
// the dating stage combines its evidence with. A range is inclusive at both ends; an open end is
// ±Infinity. A constraint may allow several separate ranges (Putin was President 2000–2008 and
// again from 2012), so sets are sorted lists of disjoint ranges.
import { addMonths, calendarDay, formatDay, parseCalendarDay, type CalendarDay } from '../events/calendar-day.js';

export type Day = number;

export interface DayRange {
  readonly lo: Day;
  readonly hi: Day;
}

export type DaySet = readonly DayRange[];

const MS_PER_DAY = 86_400_000;

export const dayOf = (d: CalendarDay): Day => {
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round(t.getTime() / MS_PER_DAY);
};

export const calendarOf = (day: Day): CalendarDay => {
  const t = new Date(day * MS_PER_DAY);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};

/** "YYYY-MM-DD" (a time part after it is ignored) as a day; null when it is not a real day. */
export const parseDay = (iso: string): Day | null => {
  const d = parseCalendarDay(iso);
  return d ? dayOf(d) : null;
};

export const isoDay = (day: Day): string => formatDay(calendarOf(day));

/** The day `n` calendar months after `day` (clamped to the month's end: Jan 31 + 1 month = Feb 28/29). */
export function addMonthsTo(day: Day, n: number): Day {
  const d = calendarOf(day);
  const m = addMonths(d.year, d.month, n);
  const last = calendarDay(m.year, m.month + 1, 0).day;
  return dayOf({ year: m.year, month: m.month, day: Math.min(d.day, last) });
}

export const addYearsTo = (day: Day, n: number): Day => addMonthsTo(day, 12 * n);

export const yearStart = (year: number): Day => dayOf({ year, month: 1, day: 1 });
export const yearEnd = (year: number): Day => dayOf({ year, month: 12, day: 31 });
export const monthStart = (year: number, month: number): Day => dayOf({ year, month, day: 1 });
export const monthEnd = (year: number, month: number): Day => dayOf(calendarDay(year, month + 1, 0));

export const range = (lo: Day, hi: Day): DayRange => ({ lo, hi });
export const atLeast = (lo: Day): DaySet => [{ lo, hi: Infinity }];
export const between = (lo: Day, hi: Day): DaySet => (lo <= hi ? [{ lo, hi }] : []);

/** Sorted, merged (touching ranges join), empty ranges dropped. */
export function normalise(ranges: readonly DayRange[]): DaySet {
  const sorted = ranges.filter((r) => r.lo <= r.hi).sort((a, b) => a.lo - b.lo);
  const out: DayRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.lo <= last.hi + 1) out[out.length - 1] = { lo: last.lo, hi: Math.max(last.hi, r.hi) };
    else out.push(r);
  }
  return out;
}

export function intersect(a: DaySet, b: DaySet): DaySet {
  const out: DayRange[] = [];
  for (const x of a) {
    for (const y of b) {
      const lo = Math.max(x.lo, y.lo);
      const hi = Math.min(x.hi, y.hi);
      if (lo <= hi) out.push({ lo, hi });
    }
  }
  return normalise(out);
}

export const contains = (set: DaySet, day: Day): boolean => set.some((r) => r.lo <= day && day <= r.hi);

/** The smallest single range holding the whole set; null for an empty set. */
export function hull(set: DaySet): DayRange | null {
  const first = set[0];
  const last = set[set.length - 1];
  return first && last ? { lo: first.lo, hi: last.hi } : null;
}

/** "2019-07-24 – 2022-09-06", "2012-05-07 – present", "before 2022-09-06". */
export function describeRange(r: DayRange): string {
  if (r.lo === -Infinity) return r.hi === Infinity ? 'any time' : `on or before ${isoDay(r.hi)}`;
  if (r.hi === Infinity) return `${isoDay(r.lo)} – present`;
  return r.lo === r.hi ? isoDay(r.lo) : `${isoDay(r.lo)} – ${isoDay(r.hi)}`;
}
