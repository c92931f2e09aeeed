// The code of a predicate: its verb's pattern over the clause (and over the clause a statement
// verb reports), a complement's code, the pattern's object before a passive verb, else the object
// noun of a light verb ("imposed sanctions"); with the prepositions that introduce its target and
// how the actors take their roles.
import { rightEnd } from './clause-roles.js';
import { infinitiveEnd, namedObject, reportedEnd } from './clause-objects.js';
import { DEFAULT_PREPS } from './find-target.js';
import { chooseCode, type CodeChoice } from './match-pattern.js';
import { isAct, type PredicateState } from './predicate-state.js';
import type { Trigger, TriggerRole } from './trigger-schema.js';
import type { VerbGroup } from './verb-group.js';
import { isLightVerb, lookupVerb, objectNoun } from './verb-lookup.js';

export interface VerbChoice {
  /** End (exclusive) of the clause to the verb's right. */
  readonly end: number;
  /** End of the words its patterns read: the clause and an infinitive it governs. */
  readonly wordsEnd: number;
  readonly trigger: Trigger | undefined;
  /** The subject names more than one actor (patterns for compound subjects apply). */
  readonly compound: boolean;
  readonly choice: CodeChoice | null;
  /** The code is the verb's own, not its object noun's. */
  readonly ownChoice: boolean;
  readonly preps: readonly string[];
  readonly role: TriggerRole;
}

const withDefaults = (preps: readonly string[] | undefined): readonly string[] =>
  preps ? [...new Set([...preps, ...DEFAULT_PREPS])] : DEFAULT_PREPS;

/** The code of the k-th predicate, its verb group `g`; adds an object noun it reads to `used`. */
export function verbChoice(s: PredicateState, k: number, g: VerbGroup, subjectCount: number, used: Set<number>): VerbChoice {
  const { v, dict, predicates } = s;
  const tokens = v.tokens;
  const p = predicates[k]!;
  const end = rightEnd(v, p, predicates[k + 1] ?? tokens.length);
  // The words of an infinitive the verb governs are its words too ("gave the ambassador five
  // days to leave", "urged both sides to exercise restraint"), for its patterns only.
  const wordsEnd = infinitiveEnd(v, end, predicates, k);
  const verb = tokens[p]!;
  const trigger = lookupVerb(dict, verb);
  const compound = subjectCount > 1;
  // A statement verb's patterns read the clause it reports ("repeated that 'all options are …'").
  const patternEnd = trigger?.role === 'speech' && wordsEnd === end ? reportedEnd(v, end, (i) => isAct(s, i)) : wordsEnd;
  let choice: CodeChoice | null = trigger ? chooseCode(trigger, tokens, p, patternEnd, compound) : null;
  // "called Qatar a funder of terrorism": the object named by a complement.
  if (!choice && trigger?.complement && !g.passive && namedObject(v, p, end)) choice = { code: trigger.complement };
  // "New sanctions were imposed on …": in the passive the pattern's object stands before the verb.
  if (!choice && trigger && g.passive) {
    const before = [verb, ...tokens.slice(Math.max(0, g.first - 4), g.first)];
    choice = chooseCode(trigger, before, 0, before.length);
  }
  // A trigger's own prepositions come first; the usual ones still introduce a target.
  let preps = withDefaults(trigger?.preps);
  let role = trigger?.role ?? 'default';
  const noun = choice || isLightVerb(verb) ? objectNoun(v, dict, p, end) : null;
  // "increase investment in Belarus": the object noun's prepositions introduce targets too.
  if (choice && noun?.trigger.preps) preps = [...new Set([...preps, ...noun.trigger.preps])];
  const ownChoice = choice !== null;
  if (!choice) {
    choice = noun && chooseCode(noun.trigger, tokens, noun.at, wordsEnd);
    if (noun && choice) {
      preps = withDefaults(noun.trigger.preps);
      role = 'default';
      used.add(noun.at);
    }
  }
  // A pattern may place the actors its own way ("… received money from …": reverse).
  if (choice?.pattern?.role) role = choice.pattern.role;
  // "announced sanctions against …", "declared a state of emergency": a statement verb whose
  // words name an act other than a statement codes that act, with its object as the target.
  else if (role === 'speech' && choice?.pattern && !choice.code.startsWith('01')) role = 'default';
  return { end, wordsEnd, trigger, compound, choice, ownChoice, preps, role };
}
