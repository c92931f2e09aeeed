// Calendar dates the text states, re-read here with the events stage's own finders (chrono for
// month names and numeric dates, year-dates for "in 2014"). The events stage gives a year-less
// "On July 13" the PAGE's year, which is exactly what dating must not assume; so each date is
// read again and sorted into those that state their year (a lower bound on the writing date
// when narrated as past) and those that do not (placed later, only inside a range the other
// evidence has already fixed: yearless-dates.ts).
import type { Span } from '../model/span.js';
import { chronoDates } from '../events/chrono-dates.js';
import type { DateCandidate, DateContext } from '../events/date-candidate.js';
import { yearDates } from '../events/year-dates.js';
import { WEIGHT, type DateConstraint } from './date-constraint.js';
import { atLeast, dayOf, isoDay, monthEnd, monthStart, parseDay, yearEnd, yearStart, type Day } from './day-range.js';
import { futureAround, LIMIT_BEFORE } from './sentence-context.js';

/** A date with its year, as the period it names. */
export interface DatedSpan extends Span {
  readonly value: string;
  readonly lo: Day;
  readonly hi: Day;
}

/** A month-name date without a year ("On July 13", "at the end of June", "in mid-June"). */
export interface YearlessSpan extends Span {
  readonly month: number;
  /** null for a month named alone. */
  readonly day: number | null;
  /** The weekday named with it ("Wednesday, January 23"): 0 = Sunday … 6 = Saturday, and the span of date and weekday together. */
  readonly weekday: NamedWeekday | null;
}

export interface NamedWeekday extends Span {
  readonly day: number;
}

export interface StatedDates {
  readonly dated: readonly DatedSpan[];
  readonly yearless: readonly YearlessSpan[];
}

/** Any day will do: year-less results are read for their month and day only. */
const READING_DAY = { year: 2000, month: 6, day: 15 };
const HAS_YEAR = /(?<!\d)\d{4}(?!\d)/;
/** What chrono is asked to read: a month's name or a numeric date; bare years are year-dates' alone. */
const CALENDAR_WORDS = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/;
const BARE_YEAR = /(?<!\d)(?:1[89]|20)\d\d(?!\d)/;
/** "the end of June": the last third of the month (chrono says its last day). */
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const WEEKDAY = String.raw`\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b`;
/** "Wednesday, January 23", "on Tuesday night, August 2", "Sunday the 16th of March". */
const WEEKDAY_BEFORE = new RegExp(String.raw`${WEEKDAY}(?:\s+(?:night|evening|morning|afternoon|noon))?\s*,?\s*(?:the\s+)?$`, 'i');
const WEEKDAY_AT_START = new RegExp(String.raw`^${WEEKDAY}`, 'i');
/** "January 23 (Wednesday)", "on 23 January, a Wednesday". */
const WEEKDAY_AFTER = new RegExp(String.raw`^\s*(?:\(\s*|,\s*a\s+)${WEEKDAY}`, 'i');

const END_OF = /^(?:the\s+)?end\s+of\b/i;

/** Room around a calendar word for the rest of its date ("the end of", "24", ", 2022", "last"). */
const WINDOW_BEFORE = 32;
const WINDOW_AFTER = 24;

/** Merged windows of the sentence around its calendar words, in document offsets. */
function calendarWindows(sentence: string, offset: number): Span[] {
  const out: Span[] = [];
  for (const m of sentence.matchAll(new RegExp(CALENDAR_WORDS.source, 'g'))) {
    const start = offset + Math.max(0, m.index - WINDOW_BEFORE);
    const end = offset + Math.min(sentence.length, m.index + m[0].length + WINDOW_AFTER);
    const last = out[out.length - 1];
    if (last && start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, end) };
    else out.push({ start, end });
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Period of a YYYY / YYYY-MM / YYYY-MM-DD value. */
function period(value: string, text: string): { lo: Day; hi: Day } | null {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return null;
  if (m === undefined) return { lo: yearStart(y), hi: yearEnd(y) };
  if (d === undefined || END_OF.test(text)) {
    const lo = END_OF.test(text) ? dayOf({ year: y, month: m, day: 21 }) : monthStart(y, m);
    return { lo, hi: monthEnd(y, m) };
  }
  const day = parseDay(value);
  return day === null ? null : { lo: day, hi: day };
}

/**
 * The dates narrated as past in the text's sentences: not in a sentence about the future, not a
 * limit ("by 2030", "before July"), not inside a named event ("the September 11 attacks").
 */
export function statedDates(text: string, sentences: readonly Span[], inEvents: readonly Span[]): StatedDates {
  const dated: DatedSpan[] = [];
  const yearless: YearlessSpan[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    const calendar = CALENDAR_WORDS.test(sentence);
    if (!calendar && !BARE_YEAR.test(sentence)) continue;
    const whole: DateContext = { text, from: s.start, to: s.end, documentDay: READING_DAY, future: false };
    const found: DateCandidate[] = [...yearDates(whole)];
    // chrono reads only the few words around each month name or numeric date: it is the costly part.
    if (calendar) for (const w of calendarWindows(sentence, s.start)) found.push(...chronoDates({ ...whole, from: w.start, to: w.end }));
    for (const c of found) {
      if (c.basis !== 'explicit' || inEvents.some((e) => overlaps(e, c))) continue;
      if (LIMIT_BEFORE.test(text.slice(Math.max(s.start, c.start - 40), c.start)) || futureAround(text, s, c)) continue;
      const written = text.slice(c.start, c.end);
      if (HAS_YEAR.test(written)) {
        const p = period(c.value, written);
        if (p) dated.push({ start: c.start, end: c.end, value: c.value, ...p });
      } else {
        const [, m, d] = c.value.split('-').map(Number);
        if (m !== undefined) yearless.push({ start: c.start, end: c.end, month: m, day: END_OF.test(written) ? 21 : d ?? null, weekday: d === undefined || END_OF.test(written) ? null : weekdayNamed(text, s, c) });
      }
    }
  }
  return { dated, yearless };
}

/** The weekday named with a date: at its start, right before it in its sentence, or right after it. */
function weekdayNamed(text: string, sentence: Span, date: Span): NamedWeekday | null {
  const at = WEEKDAY_AT_START.exec(text.slice(date.start, date.end));
  const from = Math.max(sentence.start, date.start - 32);
  const before = at ? null : WEEKDAY_BEFORE.exec(text.slice(from, date.start));
  const after = at || before ? null : WEEKDAY_AFTER.exec(text.slice(date.end, Math.min(sentence.end, date.end + 16)));
  const name = (at ?? before ?? after)?.[1];
  if (!name) return null;
  const start = before ? from + before.index : date.start;
  const end = after ? date.end + after[0].length : date.end;
  return { day: WEEKDAYS.indexOf(name.toLowerCase()), start, end };
}

const weightOf = (value: string): number =>
  value.length === 10 ? WEIGHT.fullDate : value.length === 7 ? WEIGHT.monthDate : WEIGHT.yearDate;

export function statedDateConstraints(text: string, dated: readonly DatedSpan[]): DateConstraint[] {
  return dated.map((d) => {
    const written = text.slice(d.start, d.end);
    return {
      kind: 'explicit-date',
      allows: atLeast(d.lo),
      weight: weightOf(d.value),
      span: { start: d.start, end: d.end },
      reason: `narrates "${written}" as past: written on or after ${isoDay(d.lo)}`,
      key: `date:${d.lo}`,
    };
  });
}
