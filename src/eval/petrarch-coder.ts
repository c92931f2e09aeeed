// Entente as a PETRARCH-style sentence coder, for scoring on PETRARCH's validation records: each
// record's sentence is analysed as a one-sentence article dated by the record, and its events
// are read the way PETRARCH reports them — (source code, target code, CAMEO code) triples for
// every event with both actors that is not negated. PETRARCH codes "will abandon" and "is about
// to restore" with the act's own code, so future, hypothetical and attempted acts count with
// their codes, and the stated-intent events we derive from them (03x, 13x) are left out.
import { analyzeDocument, type AnalyzeContext } from '../analyze.js';
import { textDocument } from '../ingest/source-document.js';
import type { Event } from '../model/analysis.js';
import type { PetrarchEvent, PetrarchRecord } from './petrarch-records.js';

const sameTrigger = (a: Event, b: Event): boolean => a.trigger.start === b.trigger.start && a !== b;

export function petrarchTriples(events: readonly Event[]): PetrarchEvent[] {
  const kept = events.filter((e) => e.source && e.target && e.modality !== 'negated');
  const derived = (e: Event): boolean => e.modality === 'asserted' && kept.some((o) => sameTrigger(o, e) && o.modality !== 'asserted');
  return kept.filter((e) => !derived(e)).map((e) => ({ source: e.source!.code, target: e.target!.code, code: e.cameo }));
}

export function petrarchCoder(ctx: AnalyzeContext): (r: PetrarchRecord) => PetrarchEvent[] {
  return (r) => {
    const analysis = analyzeDocument(textDocument(`petrarch:${r.id}`, r.text, { id: r.id, ...(r.date && { published: r.date }) }), ctx);
    return petrarchTriples(analysis.events);
  };
}
