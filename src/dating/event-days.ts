// A day without a year can be the name of a well-known event: "After September 11, nobody
// waited for dossiers" speaks of 2001, not of this year's 11 September. Such a day is read as the
// event's name when a preposition of time leads it and no year follows; the days that name events
// are listed with the events (`dayNames` in data/dating/anchors.json). The mention proves nothing
// about the writing date: it only keeps the day out of the dates the text narrates.
import type { Span } from '../model/span.js';
import { anchorMentions } from './anchor-evidence.js';
import type { DatingAnchor } from './read-anchor-file.js';

/** "after", "since", "before", "until", "post-" right before the day. */
const PREPOSITION_BEFORE = /\b(?:after|since|before|until|till|post|pre)(?:\s+|-)$/i;
/** A year after the day makes it a date: "after September 11, 2023". */
const YEAR_AFTER = /^(?:st|nd|rd|th)?,?\s*(?:\d{4}|'\d{2})\b/;

/** The spans of the text where a listed event day stands for the event. */
export function eventDayMentions(text: string, anchors: readonly DatingAnchor[], words?: ReadonlySet<string>): Span[] {
  return anchorMentions(text, anchors, 'dayNames', words)
    .filter((m) => PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) && !YEAR_AFTER.test(text.slice(m.end, m.end + 8)))
    .map((m) => ({ start: m.start, end: m.end }));
}
