// A statement that another party committed a hostile act accuses it: "Gondor said Rohan shelled
// the border villages" is Gondor accusing Rohan (CAMEO 112), beside the shelling itself coded
// with Rohan as its own source. Only acts the statement asserts count ("said Rohan did not
// shell" or "said Rohan will shell" accuse nobody), never the speaker's own side, and not a news
// outlet that only reports.
import type { ActorRef } from '../model/analysis.js';
import { countriesOf } from './act-targets.js';
import type { Subject } from './clause-subject.js';
import { pairEvents, type CodedEvent } from './coded-event.js';

/** Threats, defying norms or law, force posture, reduced relations, coercion, assault, fighting, mass violence. */
const HOSTILE = /^(13|128|15|16|17|18|19|20)/;
const ACCUSE = '112';

export interface Statement {
  /** Token index of the speech verb. */
  readonly at: number;
  readonly subject: Subject;
}

/**
 * The accusations the asserted statements of one sentence make: for each hostile act asserted in
 * a statement's reported clause (after its verb, before the next statement), the speaker accuses
 * the act's source. Acts without a target count too ("said Rohan violates the norms of …").
 */
export function reportedAccusations(statements: readonly Statement[], events: readonly CodedEvent[], cap: number): CodedEvent[] {
  const out: CodedEvent[] = [];
  const sorted = [...statements].sort((a, b) => a.at - b.at);
  sorted.forEach(({ at, subject }, k) => {
    // A news outlet reporting an act ("TASS said Rohan shelled …") reports; it does not accuse.
    if (subject.actors.every((a) => a.code.endsWith('MED'))) return;
    const next = sorted[k + 1]?.at ?? Infinity;
    const own = countriesOf(subject);
    const accused = new Map<string, ActorRef>();
    let to = at + 1;
    for (const e of events) {
      if (e.trigger <= at || e.trigger >= next || e.modality !== 'asserted' || e.via !== 'verb' || !HOSTILE.test(e.code)) continue;
      if (!e.source || own.has(e.source.country)) continue;
      accused.set(e.source.id, e.source);
      to = Math.max(to, e.to);
    }
    if (!accused.size) return;
    const from = Math.min(at, subject.at ?? at);
    out.push(...pairEvents(subject.actors, [...accused.values()], { code: ACCUSE, modality: 'asserted', trigger: at, from, to, via: 'verb' }, cap));
  });
  return out;
}
