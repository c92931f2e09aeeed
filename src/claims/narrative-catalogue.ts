// The narrative catalogue (SPEC §2.4) as the narratives stage uses it: the bundled
// data/narratives/catalogue.json, possibly extended by users' files, validated and compiled once
// per process (actor groups to membership tests, phrases to regular expressions).
import type { Modality } from '../model/analysis.js';
import { loadNarrativeCatalogue } from './load-narrative-catalogue.js';
import type { Phrase } from './narrative-phrase.js';

export { DEFAULT_SCORING, defaultNarrativeCatalogueFile, loadNarrativeCatalogue } from './load-narrative-catalogue.js';

/** What a group test needs of an actor: an ActorRef, or a stance entry with its actor's code. */
export interface ActorLike {
  readonly id: string;
  readonly country: string;
  readonly code: string;
}

export interface ActorGroup {
  readonly name: string;
  has(actor: ActorLike): boolean;
}

export interface EventSignature {
  /** null: any source, even a missing one. Otherwise the source must be in one of the groups. */
  readonly source: readonly ActorGroup[] | null;
  readonly target: readonly ActorGroup[] | null;
  /** A known source in none of these groups; a missing source never passes this test. */
  readonly sourceNot: readonly ActorGroup[];
  readonly targetNot: readonly ActorGroup[];
  readonly either: boolean;
  /** CAMEO code prefixes; null: any code. */
  readonly cameo: readonly string[] | null;
  readonly modality: ReadonlySet<Modality>;
  /** One of these must occur in the event's sentence; null: no condition. */
  readonly context: readonly Phrase[] | null;
  readonly weight: number;
}

export interface StanceSignature {
  readonly group: ActorGroup;
  readonly polarity: 'negative' | 'positive';
  readonly minScore: number;
  readonly weight: number;
}

export interface Cue {
  readonly phrase: Phrase;
  readonly weight: number;
  /** Groups the wording is said of (framing evidence in a sentence naming a member); null: plain wording. */
  readonly about: readonly ActorGroup[] | null;
}

export interface CatalogueNarrative {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly exemplars: readonly string[];
  readonly taxonomy: string | null;
  readonly parent: string | null;
  readonly events: readonly EventSignature[];
  readonly stance: readonly StanceSignature[];
  readonly cues: readonly Cue[];
  /** The file the entry came from (a user's file may replace a bundled entry). */
  readonly file: string;
}

export interface NarrativeScoring {
  readonly threshold: number;
  readonly wordingCap: number;
  readonly framingCap: number;
  readonly cueWeight: number;
}

export interface NarrativeCatalogue {
  readonly files: readonly string[];
  readonly scoring: NarrativeScoring;
  readonly groups: ReadonlyMap<string, ActorGroup>;
  /** In file order; an entry replaced by a later file keeps its place. */
  readonly narratives: readonly CatalogueNarrative[];
}

let shared: NarrativeCatalogue | null = null;

/** The bundled catalogue, loaded on first use and shared by every article of the process. */
export function defaultNarrativeCatalogue(): NarrativeCatalogue {
  shared ??= loadNarrativeCatalogue();
  return shared;
}
