// Durations since a known start: "the conflict has lasted for more than four months", "four
// months since the special military operation began", "the past 100 days of the war", "the war
// entered its fifth month", "the four-month-old war", "on the 100th day of the war", "the first
// anniversary of the invasion". Start + duration bounds the writing date on both sides.
import type { Span } from '../model/span.js';
import { WEIGHT, type DateConstraint } from './date-constraint.js';
import { between, describeRange } from './day-range.js';
import type { AnchorReferences, AnchorReference } from './anchor-reference.js';
import { afterUnits, elapsedRange, ORDINAL, ordinalValue, QUANTITY, quantityValue, unitOf, type DurationUnit } from './duration-quantity.js';
import { sentenceAround } from './sentence-context.js';
import { matchInWindows, timeWindows } from './time-windows.js';

// Also the present tense of translated and hurried text: "the operation goes on already eleven months".
const LASTED = new RegExp(String.raw`\b(?:(?:has|have)\s+(?:now\s+|already\s+|so\s+far\s+)*(?:lasted|gone\s+on|been\s+going\s+on|continued|dragged\s+on|raged(?:\s+on)?|been\s+(?:raging|ongoing|underway|under\s+way))|(?:goes|is\s+going|drags|rages)\s+on|lasts)\s+(?:now\s+|already\s+|so\s+far\s+)*(?:for\s+)?${QUANTITY}`, 'gi');
const SINCE = new RegExp(String.raw`\b${QUANTITY}\s+(?:(?:have|has)\s+(?:now\s+)?passed\s+|have\s+gone\s+by\s+|on\s+)?since\s+(?:the\s+(?:start|beginning|outbreak|launch)\s+of\s+)?`, 'gi');
const INTO = new RegExp(String.raw`\b${QUANTITY}\s+into\s+`, 'gi');
const PAST = new RegExp(String.raw`\b(?:the\s+)?(?:past|last)\s+${QUANTITY}\s+(?:of|since)\s+(?:the\s+(?:start|beginning|outbreak|launch)\s+of\s+)?`, 'gi');
const ENTERED = new RegExp(String.raw`\s+(?:has\s+)?(?:now\s+)?(?:entered|enters|is\s+(?:now\s+)?in)\s+its\s+${ORDINAL}\s+(day|week|month|year)\b`, 'gi');
const OLD = /\b(\d{1,3}|[a-z]+(?:-[a-z]+)?)-(day|week|month|year)-old\s+/gi;
const NTH_DAY = new RegExp(String.raw`\b(?:the\s+)?${ORDINAL}\s+(day|week|month)\s+of\s+`, 'gi');
const ANNIVERSARY = new RegExp(String.raw`\b${ORDINAL}\s+anniversary\s+of\s+`, 'gi');

interface Reading {
  readonly match: Span;
  readonly ref: AnchorReference;
  readonly lo: number;
  readonly hi: number;
  readonly unit: DurationUnit;
  /** Writing days around the anniversary, not a span of elapsed units. */
  readonly anniversary?: boolean;
}

/** Where a phrase may find its event: right after it (≤ reach characters), inside the sentence. */
const REACH_AFTER = 24;
const REACH_BEFORE = 80;
/** "anniversary of <event>", "day of <event>": room for an article or a possessive subject only. */
const REACH_OF = 12;

export function durationConstraints(text: string, sentences: readonly Span[], refs: AnchorReferences): DateConstraint[] {
  const out: DateConstraint[] = [];
  for (const r of readings(text, sentences, refs)) {
    const start = r.ref.anchor.date;
    const lo = r.anniversary ? afterUnits(start, 'year', r.lo) - 31 : afterUnits(start, r.unit, r.lo);
    const hi = r.anniversary ? afterUnits(start, 'year', r.lo) + 31 : afterUnits(start, r.unit, r.hi) - (r.unit === 'day' ? 0 : 1);
    const allows = between(lo, hi);
    if (allows.length === 0) continue;
    const span = { start: Math.min(r.match.start, r.ref.start), end: Math.max(r.match.end, r.ref.end) };
    out.push({
      kind: 'duration',
      allows,
      weight: WEIGHT.duration,
      span,
      reason: `"${text.slice(span.start, span.end).replace(/\s+/g, ' ')}": ${r.anniversary ? 'an anniversary' : 'a duration'} counted from ${r.ref.anchor.label} (${r.ref.anchor.iso}): written ${describeRange({ lo, hi })}`,
      key: `duration:${lo}:${hi}`,
    });
  }
  return out;
}

function* readings(text: string, sentences: readonly Span[], refs: AnchorReferences): Generator<Reading> {
  const sentenceOf = (at: number): Span => sentenceAround(text, sentences, at);
  const windows = timeWindows(text);
  const scan = (re: RegExp): Generator<RegExpMatchArray & { index: number }> => matchInWindows(text, windows, re);
  // Subject before the verb: "<event> has lasted for N months".
  for (const m of scan(LASTED)) {
    const s = sentenceOf(m.index);
    const ref = refs.endingBefore(m.index, s.start, REACH_BEFORE);
    const n = quantityValue(m[2] ?? '');
    if (ref && n !== undefined) yield { match: spanOf(m), ref, unit: unitOf(m[3] ?? ''), ...elapsedRange(m[1], n, unitOf(m[3] ?? '')) };
  }
  // Event after the phrase: "N months since <event>", "N months into <event>", "the past N days of <event>".
  for (const re of [SINCE, INTO, PAST]) {
    for (const m of scan(re)) {
      const end = m.index + m[0].length;
      const ref = refs.startingAfter(end, sentenceOf(m.index).end, REACH_AFTER);
      const n = quantityValue(m[2] ?? '');
      if (ref && n !== undefined) yield { match: spanOf(m), ref, unit: unitOf(m[3] ?? ''), ...elapsedRange(m[1], n, unitOf(m[3] ?? '')) };
    }
  }
  // "<event> entered its fifth month": the fifth month is elapsed time 4–5 months.
  for (const m of scan(ENTERED)) {
    const ref = refs.endingBefore(m.index, sentenceOf(m.index).start, 4);
    const k = ordinalValue(m[1] ?? '');
    if (ref && k !== undefined) yield { match: spanOf(m), ref, unit: unitOf(m[2] ?? ''), lo: k - 1, hi: k };
  }
  // "the four-month-old war".
  for (const m of scan(OLD)) {
    const ref = refs.startingAfter(m.index + m[0].length, sentenceOf(m.index).end, 0);
    const n = quantityValue(m[1] ?? '');
    if (ref && n !== undefined) yield { match: spanOf(m), ref, unit: unitOf(m[2] ?? ''), ...elapsedRange(undefined, n, unitOf(m[2] ?? '')) };
  }
  // "on the 100th day of the war": day k is elapsed time k-1 days.
  for (const m of scan(NTH_DAY)) {
    const ref = refs.startingAfter(m.index + m[0].length, sentenceOf(m.index).end, REACH_OF);
    const k = ordinalValue(m[1] ?? '');
    if (ref && k !== undefined) yield { match: spanOf(m), ref, unit: unitOf(m[2] ?? ''), lo: k - 1, hi: k };
  }
  // "the first anniversary of the invasion": within a month of the day.
  for (const m of scan(ANNIVERSARY)) {
    const ref = refs.startingAfter(m.index + m[0].length, sentenceOf(m.index).end, REACH_OF);
    const k = ordinalValue(m[1] ?? '');
    if (ref && k !== undefined) yield { match: spanOf(m), ref, unit: 'year', lo: k, hi: k, anniversary: true };
  }
}

const spanOf = (m: RegExpMatchArray & { index: number }): Span => ({ start: m.index, end: m.index + m[0].length });
