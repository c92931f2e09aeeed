// Words relative to the writing date ("this year", "last week", "three days ago", "recently")
// placed next to a dated event ("in February 2022 … this year", "Russia's invasion of Ukraine
// earlier this year") tie the writing date to that event. Alone they say nothing, and next to a
// year-less date they say nothing either (the year is what is unknown), so only dates with a
// year and well-known events count, and only when the two stand close in one sentence.
import type { Span } from '../model/span.js';
import type { AnchorMention } from './anchor-evidence.js';
import { WEIGHT, type DateConstraint } from './date-constraint.js';
import { between, calendarOf, describeRange, monthEnd, monthStart, yearEnd, yearStart, type Day } from './day-range.js';
import { afterUnits, elapsedRange, QUANTITY, quantityValue, unitOf } from './duration-quantity.js';
import type { DatedSpan } from './stated-dates.js';
import { sentenceAround } from './sentence-context.js';
import { matchInWindows, mergeSpans, timeWindows } from './time-windows.js';
import { addMonths } from '../events/calendar-day.js';

/** A dated thing the text names: a stated date (its period) or a known event (its day). */
interface Dated extends Span {
  readonly lo: Day;
  readonly hi: Day;
  readonly precision: 'day' | 'month' | 'year';
  readonly what: string;
}

const RELATIVE = new RegExp(String.raw`\b(?:(?:earlier|later|late|early)\s+|so\s+far\s+)?(this|last|next)\s+(year|month|week)\b|\b(today|yesterday|tomorrow)\b|\b(recently|lately|the\s+other\s+day)\b|\b${QUANTITY}\s+ago\b`, 'gi');
/** Where RELATIVE can match: a time word's window, or one of these words (whole-text scan, cheap). */
const DAY_WORDS = /\b(?:today|yesterday|tomorrow|recently|lately|other\s+day)\b/gi;

/**
 * How close a relative word and its dated event must stand: a few words apart, with no clause
 * boundary between them other than one comma ("Earlier this year, Russia invaded Ukraine"), so
 * "In 2014 Russia annexed Crimea, and this year it …" does not tie "this year" to 2014.
 */
const NEAR = 25;

const gap = (a: Span, b: Span): number => Math.max(0, Math.max(a.start, b.start) - Math.min(a.end, b.end));

/** What may stand between them across a comma: "So far this year, since …", "Three days ago, on …". */
const LINK = /^\s*,\s*(?:(?:since|after|when|on|in|amid|with)\s+)?$/i;

function tied(text: string, a: Span, b: Span): boolean {
  if (gap(a, b) > NEAR || (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end)) return false;
  const between = text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
  return !/[;:()\n]/.test(between) && (!between.includes(',') || LINK.test(between));
}

export function relativeConstraints(text: string, sentences: readonly Span[], dated: readonly DatedSpan[], events: readonly AnchorMention[]): DateConstraint[] {
  const items: Dated[] = [
    ...dated.map((d): Dated => ({ ...d, precision: d.value.length === 10 ? 'day' : d.value.length === 7 ? 'month' : 'year', what: `"${text.slice(d.start, d.end)}"` })),
    ...events.map((e): Dated => ({ start: e.start, end: e.end, lo: e.anchor.date, hi: e.anchor.date, precision: 'day', what: `${e.anchor.label} (${e.anchor.iso})` })),
  ];
  const out: DateConstraint[] = [];
  const windows = mergeSpans([...timeWindows(text), ...[...text.matchAll(DAY_WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length }))]);
  for (const m of matchInWindows(text, windows, RELATIVE)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const s = sentenceAround(text, sentences, span.start);
    const near = items.filter((i) => i.start >= s.start && i.end <= s.end && tied(text, i, span))
      .sort((a, b) => gap(a, span) - gap(b, span))[0];
    if (!near) continue;
    const allowed = allowedBy(m, near);
    if (!allowed) continue;
    const [lo, hi] = allowed;
    out.push({
      kind: 'relative',
      allows: between(lo, hi),
      weight: m[4] ? WEIGHT.recently : WEIGHT.relative,
      span: { start: Math.min(span.start, near.start), end: Math.max(span.end, near.end) },
      reason: `"${m[0]}" next to ${near.what}: written ${describeRange({ lo, hi })}`,
      key: `relative:${lo}:${hi}`,
    });
  }
  return out;
}

/** The writing days a relative word allows given the dated thing it stands next to. */
function allowedBy(m: RegExpMatchArray, d: Dated): [Day, Day] | null {
  const [, which, period, day, recent, hedge, count, unit] = m;
  const { year, month } = calendarOf(d.lo);
  if (which && period) {
    const step = { this: 0, last: 1, next: -1 }[which.toLowerCase() as 'this' | 'last' | 'next'];
    if (period.toLowerCase() === 'year') return [yearStart(year + step), yearEnd(year + step)];
    if (period.toLowerCase() === 'month') {
      if (d.precision === 'year') return null;
      const w = addMonths(year, month, step);
      return [monthStart(w.year, w.month), monthEnd(w.year, w.month)];
    }
    if (d.precision !== 'day') return null;
    return step === 0 ? [d.lo - 6, d.lo + 6] : step === 1 ? [d.lo + 1, d.lo + 13] : [d.lo - 13, d.lo - 1];
  }
  if (day) {
    if (d.precision !== 'day') return null;
    const shift = { today: 0, yesterday: 1, tomorrow: -1 }[day.toLowerCase() as 'today' | 'yesterday' | 'tomorrow'];
    return [d.lo + shift, d.lo + shift + 1];
  }
  if (recent) return [d.lo, d.hi + 120];
  const n = quantityValue(count ?? '');
  if (n === undefined || !unit) return null;
  const u = unitOf(unit);
  const e = elapsedRange(hedge, n, u);
  const lo = afterUnits(d.lo, u, e.lo);
  const hi = afterUnits(d.lo, u, e.hi) - (u === 'day' ? 0 : 1);
  // "72 years ago" is also said as a difference of calendar years.
  return u === 'year' && !hedge ? [Math.min(lo, yearStart(year + n)), Math.max(hi, yearEnd(year + n))] : [lo, hi];
}
