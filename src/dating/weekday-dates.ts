// A year-less date named with its weekday ("Wednesday, January 23", "on Tuesday night, August 2")
// fixes its year among the candidates: a month and day fall on a given weekday only every 5, 6 or
// 11 years, so within the range the other evidence allows (a term of office, a known event, the
// page date) one year is usually left. And news names the weekday only of days close to the
// writing ("on Wednesday" is last week, not years ago), so the text was written on that day or
// within a few weeks after it: a strong bound on both sides, which is how a page reposted two
// years on with the same day and month is told apart. When two years fit the range, or none,
// nothing is decided.
import { weekday } from '../events/calendar-day.js';
import { WEIGHT, type DateConstraint } from './date-constraint.js';
import { between, calendarOf, dayOf, describeRange, hull, intersect, isoDay, type Day, type DaySet } from './day-range.js';
import type { YearlessSpan } from './stated-dates.js';

/** How long after a day a text still names it by its weekday: generous, news does for a week or two. */
export const WEEKDAY_REACH_DAYS = 31;

const NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The day a month/day names in `year`; null for February 29 of a common year. */
function dayIn(year: number, month: number, day: number): Day | null {
  const d = dayOf({ year, month, day });
  return calendarOf(d).month === month ? d : null;
}

/**
 * `allows`: what the other evidence allows, already capped by the page date. Each dated weekday
 * narrows it in turn, so a second one must agree with the first.
 */
export function placeWeekdays(text: string, yearless: readonly YearlessSpan[], allows: DaySet): DateConstraint[] {
  const out: DateConstraint[] = [];
  let set = allows;
  const seen = new Set<string>();
  for (const y of yearless) {
    const named = y.weekday;
    const r = hull(set);
    if (!named || y.day === null || !r || !Number.isFinite(r.lo) || !Number.isFinite(r.hi)) continue;
    const key = `${y.month}-${y.day}-${named.day}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const fits: { day: Day; window: DaySet }[] = [];
    for (let year = calendarOf(r.lo - WEEKDAY_REACH_DAYS).year; year <= calendarOf(r.hi).year; year++) {
      const d = dayIn(year, y.month, y.day);
      if (d === null || weekday(calendarOf(d)) !== named.day) continue;
      const window = between(d, d + WEEKDAY_REACH_DAYS);
      if (intersect(set, window).length) fits.push({ day: d, window });
    }
    const only = fits.length === 1 ? fits[0] : undefined;
    if (!only) continue;
    const written = text.slice(named.start, named.end).replace(/\s+/g, ' ');
    const { year } = calendarOf(only.day);
    out.push({
      kind: 'weekday-date',
      allows: only.window,
      weight: WEIGHT.weekday,
      span: { start: named.start, end: named.end },
      reason: `"${written}": of the years the other evidence allows (${describeRange(r)}), only in ${year} is that day a ${NAMES[named.day]}, and a weekday is named for recent days: written ${describeRange(hull(only.window)!)}`,
      key: `weekday:${isoDay(only.day)}`,
    });
    set = intersect(set, only.window);
  }
  return out;
}
