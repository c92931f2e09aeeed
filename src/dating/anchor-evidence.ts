// Well-known events the text speaks of as having happened ("since Russia's invasion of Ukraine",
// "after the NATO summit in Madrid"): the text was written on or after the day they began.
import type { Span } from '../model/span.js';
import { WEIGHT, type DateConstraint } from './date-constraint.js';
import { atLeast, calendarOf } from './day-range.js';
import { wholeWords } from './anchor-phrase.js';
import type { DatingAnchor } from './read-anchor-file.js';
import { notYetHappened, otherYearNear, sentenceAround } from './sentence-context.js';

export type AnchorList = 'names' | 'durationNames' | 'refs';

export interface AnchorMention extends Span {
  readonly anchor: DatingAnchor;
  readonly list: AnchorList;
}

interface ListMatcher { readonly re: RegExp; readonly anchors: readonly DatingAnchor[] }

/** One regex per list over all anchors (a group per anchor): the text is scanned once per list. */
const matchers = new WeakMap<readonly DatingAnchor[], Map<AnchorList, ListMatcher | null>>();

function listMatcher(anchors: readonly DatingAnchor[], list: AnchorList): ListMatcher | null {
  let byList = matchers.get(anchors);
  if (!byList) matchers.set(anchors, (byList = new Map()));
  if (!byList.has(list)) {
    const withList = anchors.filter((a) => a[list] !== null);
    byList.set(list, withList.length ? { re: wholeWords(`(?:${withList.map((a) => `(${a[list]})`).join('|')})`), anchors: withList } : null);
  }
  return byList.get(list) ?? null;
}

/**
 * Every match of one phrase list, in text order. Where the phrases of two anchors overlap, the
 * anchor listed first in the file wins.
 */
export function anchorMentions(text: string, anchors: readonly DatingAnchor[], list: AnchorList): AnchorMention[] {
  const matcher = listMatcher(anchors, list);
  if (!matcher) return [];
  const found: AnchorMention[] = [];
  for (const m of text.matchAll(matcher.re)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const anchor = matcher.anchors[group - 1];
    if (anchor) found.push({ start: m.index, end: m.index + m[0].length, anchor, list });
  }
  return found;
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
