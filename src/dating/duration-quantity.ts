// Durations as texts state them ("more than four months", "nearly 100 days", "its fifth month")
// turned into the span of elapsed time they allow, in units from a start day.
import { NUMBER_WORD_PATTERN, numberWord } from '../events/number-words.js';
import { addMonthsTo, type Day } from './day-range.js';

export type DurationUnit = 'day' | 'week' | 'month' | 'year';

const HEDGE = String.raw`(?:(more\s+than|over|just\s+over|at\s+least|nearly|almost|close\s+to|just\s+under|less\s+than|under|about|around|approximately|roughly|some)\s+)?`;

/** Source of a quantity of time: groups (hedge, number, unit). */
export const QUANTITY = String.raw`${HEDGE}(${NUMBER_WORD_PATTERN}|one\s+hundred|a\s+hundred)\s+(?:full\s+|long\s+)?(day|week|month|year)s?`;

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];
/** Source of an ordinal: one group. */
export const ORDINAL = String.raw`(${ORDINALS.join('|')}|\d{1,4}(?:st|nd|rd|th))`;

export function ordinalValue(word: string): number | undefined {
  const i = ORDINALS.indexOf(word.toLowerCase());
  if (i >= 0) return i + 1;
  const m = /^(\d{1,4})(?:st|nd|rd|th)$/i.exec(word);
  return m ? Number(m[1]) : undefined;
}

export function quantityValue(word: string): number | undefined {
  return /^(?:one|a)\s+hundred$/i.test(word) ? 100 : numberWord(word.replace(/\s+/g, ''));
}

/** Elapsed time allowed by a hedged quantity, in units: [lo, hi] (hi exclusive for whole units). */
export function elapsedRange(hedge: string | undefined, n: number, unit: DurationUnit): { lo: number; hi: number } {
  const h = (hedge ?? '').toLowerCase().replace(/\s+/g, ' ');
  // Days are counted loosely ("100 days" is said for a week or so either side); larger units
  // are whole: "four months" is said until the fifth is complete.
  const slack = unit === 'day' ? Math.max(3, Math.round(n * 0.15)) : 1;
  if (/^(?:more than|over|just over|at least)$/.test(h)) return { lo: n, hi: n + slack };
  // "nearly a year" is nine months or more, "nearly four months" three or more.
  if (/^(?:nearly|almost|close to|just under|less than|under)$/.test(h)) return { lo: Math.max(0, n - Math.min(slack, unit === 'day' ? slack : n / 4)), hi: n };
  if (h !== '') return { lo: Math.max(0, n - slack / 2), hi: n + slack / 2 };
  return unit === 'day' ? { lo: Math.max(0, n - 1), hi: n + 1 } : { lo: n, hi: n + 1 };
}

/** The day `x` units (fractions allowed) after `start`. */
export function afterUnits(start: Day, unit: DurationUnit, x: number): Day {
  if (unit === 'day') return start + Math.round(x);
  if (unit === 'week') return start + Math.round(7 * x);
  const months = unit === 'year' ? 12 * x : x;
  const whole = Math.floor(months);
  return addMonthsTo(start, whole) + Math.round((months - whole) * 30);
}

export const unitOf = (word: string): DurationUnit => word.toLowerCase().replace(/s$/, '') as DurationUnit;
