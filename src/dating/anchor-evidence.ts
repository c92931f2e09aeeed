// Well-known events the text speaks of as having happened ("since Russia's invasion of Ukraine",
// "after the NATO summit in Madrid"): the text was written on or after the day they began.
import type { Span } from '../model/span.js';
import { WEIGHT, type DateConstraint } from './date-constraint.js';
import { atLeast, calendarOf } from './day-range.js';
import { mayOccur, textWords, wholeWords } from './anchor-phrase.js';
import type { DatingAnchor } from './read-anchor-file.js';
import { notYetHappened, otherYearNear, sentenceAround } from './sentence-context.js';

export type AnchorList = 'names' | 'durationNames' | 'refs' | 'dayNames';

export interface AnchorMention extends Span {
  readonly anchor: DatingAnchor;
  readonly list: AnchorList;
}

/** Each anchor's compiled phrase lists, built on first use. */
const compiled = new WeakMap<DatingAnchor, Map<AnchorList, RegExp>>();

function listRegex(anchor: DatingAnchor, list: AnchorList, source: string): RegExp {
  let byList = compiled.get(anchor);
  if (!byList) compiled.set(anchor, (byList = new Map()));
  let re = byList.get(list);
  if (!re) byList.set(list, (re = wholeWords(source)));
  return re;
}

/**
 * Every match of one phrase list, in text order. Only anchors whose phrases can occur in the
 * text (every word slot has one of its words there: `words`, see textWords) are scanned for.
 */
export function anchorMentions(text: string, anchors: readonly DatingAnchor[], list: AnchorList, words: ReadonlySet<string> = textWords(text)): AnchorMention[] {
  const found: AnchorMention[] = [];
  for (const anchor of anchors) {
    const source = anchor[list];
    if (source === null || !anchor.keys[list].some((k) => mayOccur(k, words))) continue;
    for (const m of text.matchAll(listRegex(anchor, list, source))) found.push({ start: m.index, end: m.index + m[0].length, anchor, list });
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Mentions that state the event as a fact: not in a conditional, feared or planned statement,
 * and not next to another year ("the 1997 Madrid summit" is not the 2022 one).
 */
export function factualMentions(text: string, sentences: readonly Span[], mentions: readonly AnchorMention[]): AnchorMention[] {
  return mentions.filter((m) => {
    const s = sentenceAround(text, sentences, m.start);
    return !notYetHappened(text, s, m) && !otherYearNear(text, s, m, calendarOf(m.anchor.date).year);
  });
}

/** `named`: the factual mentions of the anchors' names (factualMentions). */
export function anchorConstraints(named: readonly AnchorMention[]): DateConstraint[] {
  return named.map((m) => ({
    kind: 'anchor',
    allows: atLeast(m.anchor.date),
    weight: WEIGHT.anchor,
    span: { start: m.start, end: m.end },
    reason: `refers to ${m.anchor.label} (${m.anchor.iso}) as having happened: written on or after ${m.anchor.iso}`,
    key: `anchor:${m.anchor.id}`,
  }));
}
