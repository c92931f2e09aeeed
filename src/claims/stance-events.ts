// Secondary evidence of stance from the events layer: an actor the text shows committing asserted
// material conflict (CAMEO quad class 4: force, coercion, assault) in words that condemn it is
// framed negatively. It counts for less than evaluative language, and only where the text does
// condemn: the sentence narrating the event leans negative, or the whole document does, or the
// act is done to an actor the text is for. Who suffers the act matters too: an act against an
// actor the text is against is not condemned, and the victim of an actor the text is against is
// framed with sympathy.
import type { Event } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import type { Party } from './stance-voices.js';

/** Weight of a Goldstein −10 act; an evaluative word weighs up to 1. */
export const EVENT_WEIGHT = 0.3;
/** Weight of suffering a Goldstein −10 act at the hands of an actor the text is against. */
export const VICTIM_WEIGHT = 0.3;
/** The text's stance toward an actor must be at least this clear to read an act by it. */
const CLEAR = 0.1;

export interface EventEvidence { readonly actor: string; readonly country: string; readonly value: number; readonly span: Span }

/**
 * `leaning(sentence)` is the net evaluative polarity of a sentence (negative: it condemns);
 * `tone` the document's; `weightAt` how much words at a span count (less inside quotations);
 * `stanceOf` the text's stance toward an actor from its words (null: no evidence).
 */
export function eventEvidence(events: readonly Event[], leaning: (sentence: number) => number, tone: number, weightAt: (span: Span) => number,
  stanceOf: (p: Party) => number | null = () => null): EventEvidence[] {
  const out: EventEvidence[] = [];
  for (const e of events) {
    if (!e.source || e.modality !== 'asserted' || e.quadClass !== 4 || e.goldstein >= 0) continue;
    const harm = Math.abs(e.goldstein) / 10;
    const other = e.target !== null && e.target.country !== e.source.country ? e.target : null;
    const victim = other ? stanceOf(other) : null;
    const doer = stanceOf(e.source);
    // Striking an actor the text condemns is not condemned by it.
    if (victim !== null && victim <= -CLEAR) continue;
    const narrated = e.mentions.length ? e.mentions : [{ sentence: e.sentence, span: e.span, trigger: e.trigger }];
    for (const m of narrated) {
      const w = weightAt(m.trigger);
      if (other && doer !== null && doer <= -CLEAR) out.push({ actor: other.id, country: other.country, value: VICTIM_WEIGHT * harm * w, span: m.trigger });
      if (leaning(m.sentence) >= 0 && tone >= 0 && !(victim !== null && victim >= CLEAR)) continue;
      out.push({ actor: e.source.id, country: e.source.country, value: -EVENT_WEIGHT * harm * w, span: m.trigger });
    }
  }
  return out;
}
