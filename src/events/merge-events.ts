// Document-level de-duplication: scraped articles repeat themselves (the same sentence as
// headline, teaser and body), and an event narrated twice is one event with two mentions.
// Same source, target, code and modality is the same event; the first narration leads, and a
// later one fills in a date, place or quantity the first lacked.
import type { Event } from '../model/analysis.js';

const keyOf = (e: Event): string => `${e.source?.id ?? ''}|${e.target?.id ?? ''}|${e.cameo}|${e.modality}`;

export function mergeEvents(events: readonly Event[]): Event[] {
  const byKey = new Map<string, Event>();
  for (const e of events) {
    const key = keyOf(e);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, e);
      continue;
    }
    byKey.set(key, {
      ...seen,
      date: seen.date?.basis === 'document' && e.date && e.date.basis !== 'document' ? e.date : seen.date,
      location: seen.location ?? e.location,
      quantities: seen.quantities.length ? seen.quantities : e.quantities,
      mentions: [...seen.mentions, ...e.mentions],
    });
  }
  return [...byKey.values()];
}
