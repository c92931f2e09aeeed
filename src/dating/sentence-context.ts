// Where a piece of evidence sits and whether its sentence speaks of something that has happened.
// A date or an event in a future, planned, feared or conditional statement ("the summit will
// open on 9 July 2024", "fears of an invasion of Ukraine") says nothing about when the text was
// written, so such statements are not evidence. The tests are deliberately broad: a dropped
// piece of evidence costs precision of the range, a kept false one can make it wrong.
import type { Span } from '../model/span.js';

/** The sentence holding offset `at`; the line around it when no sentence does (a heading). */
export function sentenceAround(text: string, sentences: readonly Span[], at: number): Span {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const nl = text.indexOf('\n', at);
  return { start, end: nl < 0 ? text.length : nl };
}

const FUTURE_WORDS = /\b(?:will|shall|won['’]t|would|could|going\s+to|plans?|planned|planning|scheduled|slated|set\s+for|expected|due\s+to|upcoming|intends?|aims?\s+to|deadline|next|forthcoming|(?:is|are)\s+to\s+(?:be|hold|meet|take|start|begin|open))\b|\w['’]ll\b/i;
/** Lower-case only: "May" is a month. */
const MAY = /\b(?:may|might)\b/;

/** The sentence speaks of the future or of a possibility: its dates are not narrated facts. */
export const speaksOfFuture = (sentence: string): boolean => FUTURE_WORDS.test(sentence) || MAY.test(sentence);

/** A verb of saying after a date ends the date's clause: what was said may be about the future. */
const SAYING = /\b(?:said|says|announced|declared|stated|told|warned|promised|pledged|confirmed|added|insisted|vowed|agreed|decided|stressed|claimed|argued|wrote|tweeted|posted)\b/i;

/**
 * Whether the future or a possibility governs the date at `span`: words of it before the date in
 * its sentence, or after it up to a verb of saying. "On 25 January, Scholz announced that Germany
 * will deliver tanks" narrates the announcement (a past date); "on 9 July the leaders will meet" does not.
 */
export function futureAround(text: string, sentence: Span, span: Span): boolean {
  const after = text.slice(span.end, sentence.end);
  const cut = SAYING.exec(after);
  return speaksOfFuture(text.slice(sentence.start, span.start)) || speaksOfFuture(cut ? after.slice(0, cut.index) : after);
}

const NOT_HAPPENED = /\b(?:if|unless|whether|would|could|will|shall|won['’]t|possibly|feared|fears?\s+(?:of|that)|threats?\s+(?:of|to)|threaten\w*|risk\s+of|prospect\s+of|plan(?:s|ned|ning)?|prepar\w*|prevent\w*|deter(?:s|red|ring|rence)?|avoid\w*|warn\w*\s+(?:of|against|about|that)|predict\w*|expect\w*|promised|not|never|den(?:y|ies|ied)|talk\s+of|speculat\w*|rumou?rs?\s+of)\b/i;
/** Right before the event's name: "a possible invasion", "no invasion". */
const NOT_HAPPENED_JUST_BEFORE = /\b(?:any|no|without|possible|potential|imminent|impending|looming|eventual|upcoming|forthcoming|coming|proposed|new|another|second|next)\s+(?:[^\s,.;:]+\s+){0,2}$/i;

/** Words inside a phrase with a gap that make it a plan. */
const PLANNED = /\b(?:plann\w*|proposed|possible|potential|expected|upcoming|forthcoming|intended|would-be|future)\b/i;

/**
 * In its sentence before the end of `mention` (a phrase with a gap may hold the word itself:
 * "Pelosi's planned visit to Taiwan"), a word that makes the named event not (yet) a fact.
 */
export function notYetHappened(text: string, sentence: Span, mention: Span): boolean {
  const before = text.slice(sentence.start, mention.start);
  return NOT_HAPPENED.test(before) || MAY.test(before) || NOT_HAPPENED_JUST_BEFORE.test(before)
    || PLANNED.test(text.slice(mention.start, mention.end));
}

/** "before July", "until 2014", "by 2030", "from January 1, 2024": a limit or a date something takes effect, not one it happened on. */
export const LIMIT_BEFORE = /\b(?:before|until|till|by|from|as\s+of|effective|starting|beginning|prior\s+to|ahead\s+of|no\s+later\s+than|in\s+time\s+for)\s+(?:the\s+)?(?:(?:end|middle|beginning|start)\s+of\s+|(?:early|mid|late)[\s-]+)?$/i;

/** A four-digit year next to a span (within `reach` characters, in its sentence), other than `year`. */
export function otherYearNear(text: string, sentence: Span, span: Span, year: number, reach = 20): boolean {
  const window = text.slice(Math.max(sentence.start, span.start - reach), Math.min(sentence.end, span.end + reach));
  return [...window.matchAll(/(?<!\d)(1[89]\d\d|20\d\d)(?!\d)/g)].some((m) => Number(m[1]) !== year);
}
