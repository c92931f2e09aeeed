// From a coded clause to the Event of the Analysis contract: Goldstein value, quad class and
// PLOVER coding from the catalogue, the clause's date, quantities and place, spans in the text.
import type { Event } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import type { CameoCatalogue } from './cameo-catalogue.js';
import type { CodedEvent } from './coded-event.js';
import { eventDate, type DateAnchor, type EventDate } from './event-date.js';
import { quantities } from './quantities.js';
import type { SentenceView } from './sentence-view.js';

export interface EventSetting {
  readonly text: string;
  readonly catalogue: CameoCatalogue;
  /** The day the article's events are dated against: its content date when known, else its page date. */
  readonly documentDate: string | null;
  readonly anchors?: readonly DateAnchor[];
}

const PLACE_WORDS = new Set(['in', 'at', 'near', 'inside']);

/** The first actor named as a place in the clause ("in south Ithilen"), other than the event's own actors. */
function location(v: SentenceView, e: CodedEvent, text: string): string | null {
  for (const slot of v.slots) {
    if (slot.from < e.from || slot.to > e.to) continue;
    const before = v.tokens[slot.from - 1];
    const twoBefore = v.tokens[slot.from - 2];
    const placed = before && (PLACE_WORDS.has(before.lower) || (before.pos === 'ADJ' && twoBefore && PLACE_WORDS.has(twoBefore.lower)));
    if (placed && !slot.actors.some((a) => a.id === e.source?.id)) return text.slice(slot.span.start, slot.span.end);
  }
  return null;
}

/** A date in the clause, else one in the words that open its sentence ("On July 13, Japan sent …"). */
function dateOf(v: SentenceView, span: Span, s: EventSetting): EventDate | null {
  const own = eventDate(s.text, span, s.documentDate, s.anchors);
  if (own?.basis !== 'document' || span.start <= v.span.start) return own;
  const lead = eventDate(s.text, { start: v.span.start, end: span.start }, s.documentDate, s.anchors);
  return lead && lead.basis !== 'document' ? lead : own;
}

export function buildEvent(v: SentenceView, e: CodedEvent, s: EventSetting): Event | null {
  // A code the catalogue does not list (a user's dictionary's own) is kept, valued as its ancestor.
  const entry = s.catalogue.valuesOf(e.code);
  if (!entry) return null;
  const first = v.tokens[e.from];
  const last = v.tokens[e.to - 1];
  const trigger = v.tokens[e.trigger];
  if (!first || !last || !trigger) return null;
  const span = { start: first.start, end: last.end };
  const date = dateOf(v, span, s);
  const mapping = entry.plover;
  const mode = mapping?.mode ?? mapping?.context?.[0];
  return {
    source: e.source,
    target: e.target,
    cameo: entry.code,
    root: entry.root,
    plover: mapping && { type: mapping.type, ...(mode !== undefined && { mode }), ...(mapping.context && { context: [...mapping.context] }) },
    goldstein: entry.goldstein,
    quadClass: entry.quadClass,
    modality: e.modality,
    date: date && { value: date.value, basis: date.basis },
    location: location(v, e, s.text),
    quantities: quantities(s.text, span).map((q) => ({ amount: q.amount, unit: q.unit, text: q.text })),
    sentence: v.index,
    span,
    trigger: { start: trigger.start, end: trigger.end },
    text: s.text.slice(span.start, span.end),
    mentions: [{ sentence: v.index, span, trigger: { start: trigger.start, end: trigger.end } }],
  };
}
