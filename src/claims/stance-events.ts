// Secondary evidence of stance from the events layer: an actor the text shows committing asserted
// material conflict (CAMEO quad class 4: force, coercion, assault) in words that condemn it is
// framed negatively. It counts for less than evaluative language, and only where the text does
// condemn: the sentence narrating the event leans negative, or the whole document does.
import type { Event } from '../model/analysis.js';
import type { Span } from '../model/span.js';

/** Weight of a Goldstein −10 act; an evaluative word weighs up to 1. */
export const EVENT_WEIGHT = 0.3;

export interface EventEvidence { readonly actor: string; readonly country: string; readonly value: number; readonly span: Span }

/**
 * `leaning(sentence)` is the net evaluative polarity of a sentence (negative: it condemns);
 * `tone` the document's; `weightAt` how much words at a span count (less inside quotations).
 */
export function eventEvidence(events: readonly Event[], leaning: (sentence: number) => number, tone: number, weightAt: (span: Span) => number): EventEvidence[] {
  const out: EventEvidence[] = [];
  for (const e of events) {
    if (!e.source || e.modality !== 'asserted' || e.quadClass !== 4 || e.goldstein >= 0) continue;
    const narrated = e.mentions.length ? e.mentions : [{ sentence: e.sentence, span: e.span, trigger: e.trigger }];
    for (const m of narrated) {
      if (leaning(m.sentence) >= 0 && tone >= 0) continue;
      out.push({ actor: e.source.id, country: e.source.country, value: -EVENT_WEIGHT * (Math.abs(e.goldstein) / 10) * weightAt(m.trigger), span: m.trigger });
    }
  }
  return out;
}
