// What the date finders (chrono-dates, relative-dates, year-dates, date-anchors) share: the
// clause they look at and the shape of what they propose. event-date picks among the proposals.
import type { CalendarDay } from './calendar-day.js';

export interface DateCandidate {
  /** Document offsets of the date expression. */
  readonly start: number;
  readonly end: number;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the text is. */
  readonly value: string;
  readonly basis: 'explicit' | 'relative';
}

export interface DateContext {
  /** The whole document text; finders only look at [from, to) (and a few characters before it). */
  readonly text: string;
  readonly from: number;
  readonly to: number;
  /** The day the document was published; null when unknown (only self-contained dates resolve). */
  readonly documentDay: CalendarDay | null;
  /** The clause speaks of the future, so a year-less date goes forward from the document date. */
  readonly future: boolean;
}

/** `re` (which must have the g flag) over the clause, with match offsets in document terms. */
export function* clauseMatches(context: DateContext, re: RegExp): Generator<{ m: RegExpExecArray; start: number }> {
  const clause = context.text.slice(context.from, context.to);
  re.lastIndex = 0;
  for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
    if (m[0].length === 0) re.lastIndex += 1;
    else yield { m, start: context.from + m.index };
  }
}
