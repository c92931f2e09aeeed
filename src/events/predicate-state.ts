// What the clause coder of one sentence knows as it walks its predicates left to right: how each
// verb is used, which predicates have a subject of their own, and what earlier clauses found (their
// subjects, speakers, interlocutors and enacted instruments), for the clauses after them.
import type { ActorRef } from '../model/analysis.js';
import { isCopula, type Subject } from './clause-subject.js';
import type { TriggerLookup } from './coded-event.js';
import { verbUse, type VerbUse } from './predicates.js';
import type { SentenceView } from './sentence-view.js';
import { lookupVerb, mistaggedVerb } from './verb-lookup.js';

export interface PredicateState {
  readonly v: SentenceView;
  readonly dict: TriggerLookup;
  /** The previous sentence's topic, for an "it" here. */
  readonly topic: Subject | null;
  readonly uses: readonly VerbUse[];
  /** Token indices of the verbs that head a clause (all but modifiers), in order. */
  readonly predicates: readonly number[];
  /** Clauses with a subject of their own: the others neither stop a subject search nor give a topic. */
  readonly finite: readonly number[];
  /** "X is wishful thinking": a copula ends its clause too, though it codes nothing. */
  readonly copulas: readonly number[];
  readonly subjects: Map<number, Subject | null>;
  /** Statement verbs so far with their subjects, for the clauses they report. */
  readonly speakers: { at: number; subject: Subject }[];
  /** Whom a meeting, call or visit was with, by predicate: what is said there is said to them. */
  readonly interlocutors: Map<number, ActorRef[]>;
  /** Predicates of a relative clause on an enacted instrument, with who enacted it. */
  readonly enacted: Map<number, Subject>;
  /** The subject of the sentence's first finite predicate that has one. */
  firstSubject: Subject | null;
}

export function predicateState(v: SentenceView, dict: TriggerLookup, topic: Subject | null): PredicateState {
  const tokens = v.tokens;
  const uses = tokens.map((t, i) => (t.pos === 'VERB' || mistaggedVerb(v, dict, i) ? verbUse(tokens, i) : 'modifier'));
  const predicates = tokens.flatMap((_, i) => (uses[i] !== 'modifier' ? [i] : []));
  return {
    v, dict, topic, uses, predicates,
    finite: predicates.filter((i) => uses[i] === 'predicate' || uses[i] === 'reduced-passive'),
    copulas: tokens.flatMap((t, i) => (t.pos === 'AUX' && isCopula(tokens, i) ? [i] : [])),
    subjects: new Map(),
    speakers: [],
    interlocutors: new Map(),
    enacted: new Map(),
    firstSubject: null,
  };
}

/** Whether the predicate at `i` is an act of the dictionary (a trigger verb heading a clause). */
export const isAct = (s: PredicateState, i: number): boolean => s.uses[i] !== 'modifier' && lookupVerb(s.dict, s.v.tokens[i]!) !== undefined;

/** The subject of the latest statement verb, if any. */
export const lastSpeaker = (s: PredicateState): Subject | null => s.speakers[s.speakers.length - 1]?.subject ?? null;
