// Civil-day arithmetic for event dates. A date in a news text is a day as printed, not an
// instant, so everything goes through Date.UTC: the host's time zone never shifts a day.

export interface CalendarDay {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;

/** The day for `year`, `month` (1-based) and `day`, normalised ("March 0" → last of February). */
export function calendarDay(year: number, month: number, day: number): CalendarDay {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years < 100 literal
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** "2022-07-20" (a time part after it is ignored) as a day; null if malformed or not a real day. */
export function parseCalendarDay(value: string): CalendarDay | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = calendarDay(year, month, day);
  return d.year === year && d.month === month && d.day === day ? d : null;
}

const toMs = (d: CalendarDay): number => {
  const t = new Date(Date.UTC(2000, 0, 1));
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return t.getTime();
};

export const addDays = (d: CalendarDay, n: number): CalendarDay => calendarDay(d.year, d.month, d.day + n);

/** Month arithmetic on (year, month); the day is dropped since callers then speak of months. */
export const addMonths = (year: number, month: number, n: number): { year: number; month: number } => {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12 + 12) % 12 + 1 };
};

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay and chrono's `weekday`. */
export const weekday = (d: CalendarDay): number => new Date(toMs(d)).getUTCDay();

/** Negative when `a` is before `b`. */
export const compareDays = (a: CalendarDay, b: CalendarDay): number => toMs(a) - toMs(b);

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const formatYear = (year: number): string => pad(year, 4);
export const formatMonth = (year: number, month: number): string => `${formatYear(year)}-${pad(month, 2)}`;
export const formatDay = (d: CalendarDay): string => `${formatMonth(d.year, d.month)}-${pad(d.day, 2)}`;
