// The Analysis data model of SPEC §2. Field names are a contract read by outside tools:
// rename nothing here without a migration note in the README.
import type { Span } from './span.js';
import type { Diagnostic } from '../core/diagnostic.js';

export type ActorKind =
  | 'state' | 'igo' | 'bloc' | 'region' | 'person' | 'organisation' | 'media' | 'armed-group' | 'group';

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  country: string;
  code: string;
  /** `via`: extra field, set when the mention is the group's the actor belongs to ("the Baltic states"). */
  mentions: (Span & { text: string; via?: string })[];
}

export interface ActorRef {
  id: string;
  country: string;
  code: string;
}

export type Modality = 'asserted' | 'negated' | 'hypothetical' | 'future' | 'attempted';

/** Where an event is narrated; an event repeated in an article has several (extra field). */
export interface EventMention {
  sentence: number;
  span: Span;
  trigger: Span;
}

export interface Event {
  /** null for an agentless event ("the talks were suspended"): the source is not guessed. */
  source: ActorRef | null;
  target: ActorRef | null;
  cameo: string;
  root: string;
  /** `mode` as SPEC §2.2 shows it; where CAMEO2PLOVER names only a context (072 → military), that context. */
  plover: { type: string; mode?: string; context?: string[] } | null;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
  modality: Modality;
  date: { value: string; basis: 'explicit' | 'relative' | 'document' } | null;
  location: string | null;
  quantities: { amount: number; unit: string; text: string }[];
  sentence: number;
  span: Span;
  trigger: Span;
  text: string;
  /** Every place the article narrates this event, the first being `sentence`/`span`/`trigger` (extra field). */
  mentions: EventMention[];
}

export interface Quote {
  speaker: ActorRef | null;
  speakerText: string | null;
  speakerSpan: Span | null;
  cue: string;
  cueSpan: Span | null;
  text: string;
  span: Span;
  direct: boolean;
}

export interface Stance {
  actor: string;
  country: string;
  score: number;
  evidence: Span[];
}

export interface Technique {
  technique: string;
  start: number;
  end: number;
  text: string;
  cue: string;
  confidence: number;
}

export interface Narrative {
  id: string;
  label: string;
  taxonomy: string | null;
  score: number;
  evidence: Span[];
}

export interface ContentDate {
  from: string;
  to: string;
  evidence: { span: Span; reason: string }[];
}

/**
 * One removal made while cleaning. Offsets are into the ORIGINAL decoded input for plain
 * text; for HTML the "input" is the text Readability extracted (see `in`).
 */
export interface Removal {
  start: number;
  end: number;
  reason: string;
  /** Extra field: what the offsets index. `input` = the decoded source; `extracted` = HTML main text before our precision pass. */
  in?: 'input' | 'extracted';
}

export interface Analysis {
  id: string;
  uri: string;
  title: string | null;
  published: string | null;
  site: string | null;
  category: string | null;
  views: number | null;
  author: string | null;
  citedSources: string[];
  language: string;
  text: string;
  removed: Removal[];
  sentences: Span[];
  /** Extra field: paragraph spans into `text`. */
  paragraphs: Span[];
  actors: Actor[];
  events: Event[];
  quotes: Quote[];
  stance: Stance[];
  techniques: Technique[];
  narratives: Narrative[];
  tone: number;
  contentDate: ContentDate | null;
  recycled: boolean | null;
  diagnostics: Diagnostic[];
}
