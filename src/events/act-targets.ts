// Who does a coded act to whom: for a statement, whom it addresses; in the passive or a reversed
// pattern, the agent after "by"/"from" acts on the subject; otherwise the subject acts on the
// object or prepositional target, on the agent of an act it judges, on the subject of a
// that-clause, on each other (symmetric acts), on the one met or called, or on a visit's host.
import type { ActorRef } from '../model/analysis.js';
import { slotAfter, rightEnd } from './clause-roles.js';
import { eventNounBefore } from './clause-objects.js';
import type { Subject } from './clause-subject.js';
import { sameParty } from './coded-event.js';
import { complementSubject } from './complement-subject.js';
import { findTarget } from './find-target.js';
import { visitedParty } from './implied-target.js';
import { chooseCode, type CodeChoice } from './match-pattern.js';
import type { PredicateState } from './predicate-state.js';
import type { ActorSlot } from './sentence-view.js';
import type { VerbChoice } from './verb-choice.js';

// Symmetric acts: agreeing, consulting, meeting, negotiating, signing, cooperating, fighting.
const RECIPROCAL = /^(?:030|031|03$|040|041|044|046|04$|057|06|19)/;
const PLACE_ROOTS = /^(?:08|1[4-9]|20)/;
/** Judgements of an act (disapproval, rejection, warnings), aimed at whoever does it. */
const VERDICTS = /^1[123]/;
/** Refusals and rejections (12): "refused to …", "declined to …". */
const REFUSALS = /^12/;
/** Nouns that are such a judgement or a protest themselves ("a complaint against", "a protest against"). */
const VERDICT_NOUNS = /^1[1-4]/;
/** Meetings, calls and visits; and what is said in them (statements, appeals, intents, apologies, demands, criticism, rejection, warnings). */
const CONTACT = /^04/;
const VERBAL = /^(?:0[1-35]|1[0-3])/;
/** Intents, praise, cooperation and aid. */
const COOPERATIVE = /^0[3-7]/;
const BY = new Set(['by']);
const FROM = new Set(['from', 'by']);

export const countriesOf = (s: Subject | null): Set<string> => new Set((s?.actors ?? []).map((a) => a.country));
const actorsIn = (slots: readonly ActorSlot[] | null): ActorRef[] => (slots ?? []).flatMap((s) => s.actors);

export interface ActClause {
  readonly k: number;
  readonly first: number;
  readonly limit: number;
  readonly subject: Subject | null;
  readonly shared: boolean;
  readonly passive: boolean;
  /** Who enacted the instrument that authorises this act, when that is its source. */
  readonly enactor: Subject | undefined;
  readonly verb: VerbChoice;
  readonly choice: CodeChoice;
}

export interface ActRoles {
  readonly sources: (ActorRef | null)[];
  readonly targets: (ActorRef | null)[];
  /** The target was looked for as the agent of an act the verb judges ("criticized the isolation of Qatar"). */
  readonly patient: boolean;
  /** The choice, re-read over a that-clause whose subject is the target. */
  readonly choice: CodeChoice;
}

export function actTargets(s: PredicateState, c: ActClause): ActRoles {
  const { v, dict, uses, predicates, interlocutors } = s;
  const tokens = v.tokens;
  const { k, subject, verb: { end, preps, role, trigger, ownChoice, compound } } = c;
  let choice = c.choice;
  const p = predicates[k]!;
  const own = countriesOf(subject);
  // The subject's own side is no target: itself, or its state and the state's bodies ("Russia …
  // Russian troops"); two bodies of one state are ("Russian police arrested Russian students"),
  // but what a government says of its own country's bodies is not addressed to them.
  const ownCountry = (x: ActorSlot): boolean => x.actors.every((a) => own.has(a.country));
  const notOwn = role === 'speech' ? ownCountry : (x: ActorSlot): boolean => x.actors.every((a) => (subject?.actors ?? []).some((y) => sameParty(y, a)));
  let sources: (ActorRef | null)[] = [...(c.enactor ?? subject)?.actors ?? []];
  let targets: (ActorRef | null)[];
  let patient = false;
  if (role === 'speech') {
    targets = actorsIn(findTarget(v, p, Math.min(tokens.length, p + 16), [], notOwn)?.slots ?? null);
  } else if (c.passive || role === 'reverse') {
    const agent = slotAfter(v, c.passive ? BY : FROM, p, end);
    sources = actorsIn(agent);
    if (!sources.length) sources = [null];
    targets = [...(subject?.actors ?? [])];
    // "Sanctions were imposed on Iran by the EU": the subject is the act, the target follows.
    if (!targets.length && c.passive) targets = actorsIn(findTarget(v, p, end, preps, (x) => agent?.includes(x) ?? false, false)?.slots ?? null);
  } else {
    // "refused to put Rohan's request on the agenda": a refusal is aimed at the object of the
    // act it refuses, in the infinitive it governs.
    const refused = REFUSALS.test(choice.code) && c.verb.wordsEnd > end && tokens[end - 1]?.lower === 'to';
    const found = findTarget(v, p, end, preps, notOwn, PLACE_ROOTS.test(choice.code))
      ?? (refused ? findTarget(v, end, c.verb.wordsEnd, preps, notOwn) : null);
    // "criticized the isolation of Qatar": whom an act is done to is not whom it is criticised
    // by; the criticism is aimed at the act's agent, when the words name one ("… by Riyadh").
    const judged = found && VERDICTS.test(choice.code) ? eventNounBefore(v, dict, found.slots[0]!, p) : -1;
    // "lodged a complaint against Rohan": the noun is the verdict itself, aimed at the slot.
    const act = judged >= 0 && VERDICT_NOUNS.test(dict.noun(tokens[judged]!.lemma)?.code ?? '') ? -1 : judged;
    patient = act >= 0;
    targets = patient ? actorsIn(slotAfter(v, BY, act, end)?.filter((x) => !notOwn(x)) ?? null) : actorsIn(found?.slots ?? null);
    // "welcomed memos sent by Bree": the agent of a participle on the object is the target.
    const next = predicates[k + 1];
    if (!targets.length && next === end && uses[next] === 'reduced-passive') {
      targets = actorsIn(slotAfter(v, BY, next, rightEnd(v, next, predicates[k + 2] ?? tokens.length))?.filter((x) => !notOwn(x)) ?? null);
    }
    // "allowed that Mordor isn't …": the subject of the that-clause it governs, whose words are
    // the verb's too ("allowed that Mordor isn't the neatest place").
    const clause = targets.length || patient ? [] : complementSubject(v, p, (i) => uses[i] !== 'modifier')?.filter((x) => !notOwn(x)) ?? [];
    if (clause.length) {
      targets = actorsIn(clause);
      if (ownChoice && trigger) choice = chooseCode(trigger, tokens, p, rightEnd(v, clause[clause.length - 1]!.to, tokens.length), compound) ?? choice;
    }
    // "Gondor and Osgiliath have delayed their meeting": with a symmetric act (meeting,
    // agreeing, cooperating, fighting), or a pattern for compound subjects, the conjuncts act
    // on one another.
    if (!targets.length && sources.length > 1 && (RECIPROCAL.test(choice.code) || choice.pattern?.reciprocal)) targets = sources;
    // "phoned Putin, apologized and promised …": what one says in a call or a meeting is said to
    // the one called or met.
    if (!targets.length && c.shared && VERBAL.test(choice.code)) targets = [...(interlocutors.get(c.limit) ?? [])];
    // Cooperation announced on a visit is for the host.
    if (!targets.length && COOPERATIVE.test(choice.code)) targets = (visitedParty(v, c.first) ?? []).filter((a) => !own.has(a.country));
    if (targets.length && CONTACT.test(choice.code)) interlocutors.set(p, targets.filter((t): t is ActorRef => t !== null));
    else if (c.shared && interlocutors.has(c.limit)) interlocutors.set(p, interlocutors.get(c.limit)!);
  }
  return { sources, targets, patient, choice };
}
