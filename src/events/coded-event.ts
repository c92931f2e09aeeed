// An event as the clause coder finds it, before it is dated, measured and merged: token
// positions within one sentence, and the actors of each role.
import type { ActorRef, Modality } from '../model/analysis.js';
import type { Trigger } from './trigger-schema.js';

export interface CodedEvent {
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly code: string;
  readonly modality: Modality;
  /** Token index of the trigger word. */
  readonly trigger: number;
  /** Token range [from, to) of the clause coded. */
  readonly from: number;
  readonly to: number;
  /** How the code was reached: a verb, a noun, or a stated intent derived from a future act. */
  readonly via: 'verb' | 'noun' | 'intent';
}

/** What the coder needs of the trigger dictionary. */
export interface TriggerLookup {
  verb(lemma: string): Trigger | undefined;
  noun(lemma: string): Trigger | undefined;
  /** A verb trigger by a surface form it lists as its own, looked up before lemmas. */
  form?(surface: string): Trigger | undefined;
}

/**
 * Not a dyad: an actor and itself, or an actor and its own state named twice ("France" and
 * "Macron" in one list). Two distinct bodies of one state ("Russian police" and "Russian
 * students") are a dyad.
 */
export const sameParty = (a: ActorRef, b: ActorRef): boolean =>
  a.id === b.id || a.code === b.code || (a.country === b.country && (a.code === a.country || b.code === b.country));

/** One event per (source, target) pair; none within one party; at most `cap` per clause. */
export function pairEvents(
  sources: readonly (ActorRef | null)[],
  targets: readonly (ActorRef | null)[],
  base: Omit<CodedEvent, 'source' | 'target'>,
  cap: number,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const source of sources) {
    for (const target of targets) {
      if (source && target && sameParty(source, target)) continue;
      if (out.length >= cap) return out;
      out.push({ ...base, source, target });
    }
  }
  return out;
}
