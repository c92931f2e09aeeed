// The subject of the k-th predicate of a sentence: the slot before its verb group, a subject it
// shares with the predicate it is coordinated with, a participle's or gerund's main clause, a
// pronoun resolved to the speaker or topic, the clause an infinitive depends on, or the adopter of
// an instrument whose relative clause it is. Records it in the state for the clauses after it.
import { antecedentSubject, fromSlots, gerundSubject, pronounSubject, type Subject } from './clause-subject.js';
import { findSubject } from './find-subject.js';
import { enactingVerb } from './instrument-clause.js';
import { lastSpeaker, type PredicateState } from './predicate-state.js';
import { verbGroup, type VerbGroup } from './verb-group.js';
import { pastAdverbs } from './predicates.js';
import { slotOf } from './sentence-view.js';
import { withLeftConjuncts } from './slot-conjuncts.js';

export interface PredicateSubject {
  readonly g: VerbGroup;
  /** The previous clause-ending predicate or copula, -1 when none: the subject search stops there. */
  readonly limit: number;
  readonly subject: Subject | null;
  /** Coordinated with the predicate at `limit` ("… and lodged a protest"), whose subject it shares. */
  readonly shared: boolean;
}

// The subject of a copula or "have" used as the main verb ("we will have no choice but to …").
function copulaSubject(s: PredicateState, q: number): Subject | null {
  const first = verbGroup(s.v.tokens, q).first;
  const found = findSubject(s.v, first, -1);
  return found && found !== 'coordinated' ? fromSlots(found) : pronounSubject(s.v, first, lastSpeaker(s), s.firstSubject, s.topic);
}

export function predicateSubject(s: PredicateState, k: number): PredicateSubject {
  const { v, uses, subjects, speakers } = s;
  const tokens = v.tokens;
  const p = s.predicates[k]!;
  const g = verbGroup(tokens, p);
  // Infinitives ("attempts to integrate with …") have no subject of their own to stop at.
  const previous = [...s.finite.filter((q) => q < p), ...s.copulas].filter((q) => q < g.first && tokens[q - 1]?.lower !== 'to').sort((a, b) => a - b);
  const limit = previous[previous.length - 1] ?? -1;
  const use = uses[p];
  // "accused Azerbaijan of ethnic cleansing, criticized the peacekeepers": a list of predicates.
  const listed = limit >= 0 && tokens[g.first - 1]?.text === ',';
  const speaker = lastSpeaker(s);
  let subject: Subject | null;
  let shared = false;
  if (use === 'participle') subject = subjects.get(limit) ?? null;
  else if (use === 'reduced-passive') {
    // "crime, openly supported by Belgrade": the patient is the noun the participle follows, an
    // actor or none — never an actor further left ("he said that crime supported by …").
    const slot = slotOf(v, pastAdverbs(tokens, p));
    subject = slot ? fromSlots(withLeftConjuncts(v, slot)) : null;
  }
  else if (use === 'gerund') subject = gerundSubject(v, g.first - 1, limit, s.finite.find((q) => q > p));
  else {
    const usual = listed ? 'coordinated' : findSubject(v, g.first, limit);
    const found = antecedentSubject(v, g.first, limit, usual === 'coordinated' ? null : usual) ?? usual;
    shared = found === 'coordinated';
    // "Japan said that missiles fell into its waters and lodged a protest": a verb joined to a
    // reported clause whose subject names no actor shares the speaker's subject.
    // Not after a reduced passive set off by commas ("fighters, supported by Moscow, were attacking"):
    // that verb continues the clause of the participle's noun, so its subject is that noun or none.
    const afterAside = uses[limit] === 'reduced-passive';
    const speakerBefore = !g.passive && !afterAside && speakers.length && speakers[speakers.length - 1]!.at < limit ? speaker : null;
    subject = found === 'coordinated' ? subjects.get(limit) ?? speakerBefore
      : found ? fromSlots(found) : pronounSubject(v, g.first, speaker, s.firstSubject, s.topic);
    // "approved a plan to provide …", "have no choice but to destroy …": an infinitive with no
    // actor of its own before it is done by the subject of the clause it depends on.
    if (!subject && limit >= 0 && tokens.slice(g.first, p).some((t) => t.lower === 'to')) subject = subjects.get(limit) ?? copulaSubject(s, limit);
    // "adopted Resolution 2375, which caps …": the instrument's acts are its adopter's.
    const by = subject ? -1 : enactingVerb(tokens, g.first);
    const adopter = by >= 0 ? subjects.get(by) : undefined;
    if (adopter) s.enacted.set(p, (subject = adopter));
    else if (shared && s.enacted.has(limit)) s.enacted.set(p, s.enacted.get(limit)!);
  }
  subjects.set(p, subject);
  if (use === 'predicate' || use === 'reduced-passive') s.firstSubject ??= subject;
  return { g, limit, subject, shared };
}
