// What the quote finder reads besides the tokens in hand: the text, the cue list, the actor
// mentions, and the events stage's speakers.
import type { ActorRef, Event } from '../model/analysis.js';
import type { PlacedMention } from './quote-mentions.js';
import type { SpeechCues } from './speech-cues.js';

export interface QuoteScene {
  readonly text: string;
  readonly cues: SpeechCues;
  readonly mentions: readonly PlacedMention[];
  /** Event sources by trigger offset: who the events stage read as the subject of a verb, used when a pronoun names no actor. */
  readonly eventSources: ReadonlyMap<number, ActorRef>;
}

export function eventSources(events: readonly Event[]): Map<number, ActorRef> {
  const out = new Map<number, ActorRef>();
  for (const e of events) {
    if (!e.source) continue;
    for (const m of e.mentions) if (!out.has(m.trigger.start)) out.set(m.trigger.start, e.source);
  }
  return out;
}
