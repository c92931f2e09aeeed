// Dates stated relative to the document date: "yesterday", "three days ago", "last month",
// "this week". Found by pattern rather than through chrono, which also reads durations ("for
// three years", "over the past week") and narrative shifts ("two weeks later") as dates.
import { addDays, addMonths, formatDay, formatMonth, formatYear, weekday, type CalendarDay } from './calendar-day.js';
import { clauseMatches, type DateCandidate, type DateContext } from './date-candidate.js';
import { NUMBER_WORD_PATTERN, numberWord } from './number-words.js';

const CASUAL = /\b(today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))\b/gi;
const AGO = new RegExp(String.raw`\b(${NUMBER_WORD_PATTERN})\s+(hour|day|week|month|year|decade)s?\s+ago\b`, 'gi');
const PERIOD = /\b(last|next|this)\s+(week|weekend|month|year)\b/gi;
/** "Russia Today", "USA Today": a capitalised "Today" after a capitalised word is a name. */
const NAME_BEFORE = /\p{Lu}[\p{L}.]*\s+$/u;
/** "over the last year", "the next month": a span of time, not a point in it. */
const DURATION_BEFORE = /\b(?:the|past|over|for|within)\s+$/i;

const casualOffset = (phrase: string): number =>
  /^(?:yesterday|last)/i.test(phrase) ? -1 : /^tomorrow/i.test(phrase) ? 1 : 0;

/** All relative dates in the clause; none without a document date to count from. */
export function relativeDates(context: DateContext): DateCandidate[] {
  const doc = context.documentDay;
  if (!doc) return [];
  const found: DateCandidate[] = [];
  const before = (start: number): string => context.text.slice(Math.max(context.from, start - 24), start);
  const add = (start: number, length: number, value: string): void => {
    found.push({ start, end: start + length, value, basis: 'relative' });
  };

  for (const { m, start } of clauseMatches(context, new RegExp(CASUAL.source, CASUAL.flags))) {
    if (m[0] === 'Today' && start > context.from && NAME_BEFORE.test(before(start))) continue;
    add(start, m[0].length, formatDay(addDays(doc, casualOffset(m[0]))));
  }
  for (const { m, start } of clauseMatches(context, new RegExp(AGO.source, AGO.flags))) {
    const n = numberWord(m[1] ?? '');
    if (n !== undefined) add(start, m[0].length, ago(doc, (m[2] ?? '').toLowerCase(), n));
  }
  for (const { m, start } of clauseMatches(context, new RegExp(PERIOD.source, PERIOD.flags))) {
    if (DURATION_BEFORE.test(before(start))) continue;
    const step = { last: -1, next: 1 }[(m[1] ?? '').toLowerCase()] ?? 0;
    add(start, m[0].length, period(doc, (m[2] ?? '').toLowerCase(), step));
  }
  return found;
}

function ago(doc: CalendarDay, unit: string, n: number): string {
  switch (unit) {
    case 'hour': return formatDay(addDays(doc, -Math.floor(n / 24)));
    case 'day': return formatDay(addDays(doc, -n));
    case 'week': return formatDay(addDays(doc, -7 * n));
    case 'month': {
      const m = addMonths(doc.year, doc.month, -n);
      return formatMonth(m.year, m.month);
    }
    case 'decade': return formatYear(doc.year - 10 * n);
    default: return formatYear(doc.year - n);
  }
}

/**
 * The calendar week/weekend/month/year `step` periods from the document's. A week is not a day,
 * so it comes out as the month holding its Thursday (the ISO 8601 rule for placing a week);
 * a weekend as the month holding its Saturday.
 */
function period(doc: CalendarDay, unit: string, step: number): string {
  if (unit === 'month') {
    const m = addMonths(doc.year, doc.month, step);
    return formatMonth(m.year, m.month);
  }
  if (unit === 'year') return formatYear(doc.year + step);
  const monday = addDays(doc, -((weekday(doc) + 6) % 7) + 7 * step);
  const pick = addDays(monday, unit === 'week' ? 3 : 5);
  return formatMonth(pick.year, pick.month);
}
