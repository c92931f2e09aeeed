// Calendar dates found by chrono-node: month-name dates ("On July 13", "in April 2014", "last
// November"), numeric dates with a year ("24/02/2022") and weekdays ("on Monday"). chrono also
// reads times, durations, "now", "may" and "sun" as dates, so a result is kept only when it names
// a capitalised month, a full weekday, or is a numeric date with a year; relative phrases
// ("yesterday", "three days ago") are left to relative-dates, which is stricter.
import * as chrono from 'chrono-node';
import { addDays, compareDays, formatDay, formatMonth, weekday, type CalendarDay } from './calendar-day.js';
import type { DateCandidate, DateContext } from './date-candidate.js';

/** Case-sensitive: lower-case "may", "march", "sun" are other words. */
const MONTH = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const RELATIVE_WORD = /\b(?:days?|weeks?|weekends?|months?|years?|decades?|hours?|minutes?|seconds?|fortnight|ago|later|earlier|now|today|tonight|yesterday|tomorrow)\b/i;
const LEADING_PREPOSITIONS = /^(?:(?:on|at|in|by|from|since|until|the)\s+)+/i;
/** What may stand before a month named alone: "in May", "mid-March", "end of June". */
const BARE_MONTH_FRAME = /\b(?:in|since|by|from|until|till|through|during|early|mid|late|last|next|this|of|to|and|between|before|after|around)[\s-]*$/i;
const MODIFIER = /\b(last|next|this)\s+$/i;
const FULL_YEAR = /\d{4}/;
/** "in June last year", "March of this year": the year is stated, relative to the document's. */
const YEAR_AFTER = /^,?\s+(?:of\s+)?(last|this|next)\s+year\b/i;

/** Noon UTC on the document day (or a fixed day, used only when the text states the year). */
const reference = (doc: CalendarDay | null): chrono.ParsingReference => ({
  instant: new Date(doc ? Date.UTC(doc.year, doc.month - 1, doc.day, 12) : Date.UTC(2000, 0, 1, 12)),
  timezone: 0,
});

export function chronoDates(context: DateContext): DateCandidate[] {
  const clause = context.text.slice(context.from, context.to);
  const found: DateCandidate[] = [];
  for (const r of chrono.en.casual.parse(clause, reference(context.documentDay), { forwardDate: false })) {
    const lead = LEADING_PREPOSITIONS.exec(r.text)?.[0].length ?? 0;
    const text = r.text.slice(lead).replace(/[\s,;:]+$/, ''); // chrono keeps "November," whole
    const start = context.from + r.index + lead;
    // chrono folds relative words in ("Monday last week", "three days after March 5"): the
    // result is then not the date named, so leave it to relative-dates (or to nobody).
    if (text.length === 0 || RELATIVE_WORD.test(text)) continue;
    const candidate = classify(context, r.start, text, start);
    if (candidate) found.push(candidate);
  }
  return found;
}

function classify(context: DateContext, c: chrono.ParsedComponents, text: string, start: number): DateCandidate | null {
  const end = start + text.length;
  const month = MONTH.exec(text);
  const year = c.isCertain('year') ? c.get('year') : null;
  if (month && c.isCertain('month')) {
    const calendarWord = start + month.index;
    const lookback = context.text.slice(Math.max(context.from, calendarWord - 16), calendarWord);
    const day = c.isCertain('day') ? c.get('day') : null;
    if (day === null && year === null && !(FULL_MONTH.test(month[0]) && BARE_MONTH_FRAME.test(lookback))) return null;
    const modifier = MODIFIER.exec(lookback);
    const from = modifier ? Math.min(start, calendarWord - modifier[0].length) : start;
    const yearAfter = year === null ? YEAR_AFTER.exec(context.text.slice(end, Math.min(context.to, end + 20))) : null;
    if (yearAfter && context.documentDay) {
      const shift = { last: -1, next: 1 }[(yearAfter[1] ?? '').toLowerCase()] ?? 0;
      const stated = { year: context.documentDay.year + shift, month: c.get('month') ?? 1, day };
      const date = monthDate(context, stated, from, end + yearAfter[0].length, undefined);
      return date && { ...date, basis: 'relative' };
    }
    return monthDate(context, { year, month: c.get('month') ?? 1, day }, from, end, modifier?.[1]?.toLowerCase());
  }
  if (year !== null && c.isCertain('month') && c.isCertain('day') && FULL_YEAR.test(text)) {
    return { start, end, value: formatDay({ year, month: c.get('month') ?? 1, day: c.get('day') ?? 1 }), basis: 'explicit' };
  }
  const wd = c.get('weekday');
  if (WEEKDAY.test(text) && c.isCertain('weekday') && wd !== null && context.documentDay) {
    const before = context.text.slice(Math.max(context.from, start - 8), start) + text;
    const direction = /\blast\s/i.test(before) ? 'last' : /\bnext\s/i.test(before) ? 'next' : context.future ? 'on-or-after' : 'on-or-before';
    return { start, end, value: formatDay(weekdayNear(context.documentDay, wd, direction)), basis: 'relative' };
  }
  return null;
}

interface Stated {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

/**
 * A month-name date. With its year it is explicit as is; without one it takes the document's
 * year, moved back a year when that would put it after the document date (news narrates the
 * past) or forward when the clause speaks of the future and it would fall before. "last/next/
 * this November" is relative and placed strictly before/after/in the document's year.
 */
function monthDate(context: DateContext, s: Stated, start: number, end: number, modifier: string | undefined): DateCandidate | null {
  const format = (year: number): string => (s.day === null ? formatMonth(year, s.month) : formatDay({ year, month: s.month, day: s.day }));
  if (s.year !== null) return { start, end, value: format(s.year), basis: 'explicit' };
  const doc = context.documentDay;
  if (!doc) return null;
  const diff = s.day === null ? s.month - doc.month : compareDays({ year: doc.year, month: s.month, day: s.day }, doc);
  if (modifier) {
    const year = modifier === 'last' ? (diff < 0 ? doc.year : doc.year - 1) : modifier === 'next' ? (diff > 0 ? doc.year : doc.year + 1) : doc.year;
    return { start, end, value: format(year), basis: 'relative' };
  }
  const year = context.future ? (diff < 0 ? doc.year + 1 : doc.year) : diff > 0 ? doc.year - 1 : doc.year;
  return { start, end, value: format(year), basis: 'explicit' };
}

type Direction = 'last' | 'next' | 'on-or-before' | 'on-or-after';

/** The weekday `wd` (0 = Sunday) nearest the document day in the given direction. */
function weekdayNear(doc: CalendarDay, wd: number, direction: Direction): CalendarDay {
  const back = (weekday(doc) - wd + 7) % 7;
  const ahead = (wd - weekday(doc) + 7) % 7;
  if (direction === 'last') return addDays(doc, -(back || 7));
  if (direction === 'next') return addDays(doc, ahead || 7);
  return addDays(doc, direction === 'on-or-before' ? -back : ahead);
}
