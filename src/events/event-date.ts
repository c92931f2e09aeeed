// The date of an event, from the words of its clause: an explicit date ("On July 13", "in April
// 2014"), one relative to the document date ("yesterday", "last November", "on Monday"), one
// relative to a well-known event ("three days before Russia launched its military operation"),
// or else the document date itself. Value precision follows the text: "YYYY", "YYYY-MM" or
// "YYYY-MM-DD". Several dates in a clause: the first one in reading order wins (a later one is
// more often a backdrop, "…, a month after talks collapsed in March").
import type { Span } from '../model/span.js';
import { formatDay, parseCalendarDay } from './calendar-day.js';
import { chronoDates } from './chrono-dates.js';
import { anchorMentions, anchoredDates, defaultDateAnchors, type DateAnchor } from './date-anchors.js';
import type { DateCandidate, DateContext } from './date-candidate.js';
import { relativeDates } from './relative-dates.js';
import { yearDates } from './year-dates.js';

export { defaultDateAnchors, type DateAnchor } from './date-anchors.js';

export interface EventDate {
  readonly value: string;
  readonly basis: 'explicit' | 'relative' | 'document';
  /** Document offsets of the date expression; absent when the value is the document date. */
  readonly span?: Span;
}

/**
 * A simple future-tense test for the clause: a year-less date then goes forward from the
 * document date ("will meet on December 30") instead of back ("met on December 30").
 */
const FUTURE = /\b(?:will|shall|won['’]t|plans?\s+to|planned\s+(?:to|for)|planning\s+to|scheduled|(?:is|are)\s+(?:set|expected|going)\s+to|(?:is|are)\s+(?:to|due)|upcoming|intends?\s+to|next)\b|\w['’]ll\b/i;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * The date of the event told in `clause` (document offsets into `text`). `documentDate`
 * ("YYYY-MM-DD", a time part is ignored) resolves year-less and relative dates; without it only
 * self-contained dates (with a year, or relative to an anchor) are found, and a clause without
 * one gives null. `anchors` defaults to `defaultDateAnchors`; pass [] to turn them off. Dates
 * inside an anchor mention ("the September 11 attacks") belong to that event and are skipped.
 */
export function eventDate(
  text: string,
  clause: Span,
  documentDate: string | null,
  anchors: readonly DateAnchor[] = defaultDateAnchors,
): EventDate | null {
  const from = Math.max(0, Math.min(clause.start, text.length));
  const to = Math.max(from, Math.min(clause.end, text.length));
  const documentDay = documentDate === null ? null : parseCalendarDay(documentDate);
  const context: DateContext = { text, from, to, documentDay, future: FUTURE.test(text.slice(from, to)) };

  const mentions = anchorMentions(context, anchors);
  const anchored = anchoredDates(context, mentions);
  const blocked = [...mentions, ...anchored];
  const others = [...chronoDates(context), ...relativeDates(context), ...yearDates(context)]
    .filter((c) => !blocked.some((b) => overlaps(b, c)));
  const first = [...anchored, ...others].sort(byPosition)[0];
  if (first) return { value: first.value, basis: first.basis, span: { start: first.start, end: first.end } };
  return documentDay ? { value: formatDay(documentDay), basis: 'document' } : null;
}

/** Reading order; at the same start the longer expression ("April 2014" over "April"). */
const byPosition = (a: DateCandidate, b: DateCandidate): number => a.start - b.start || b.end - a.end;
