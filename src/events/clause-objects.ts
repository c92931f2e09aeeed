// What follows a verb beyond its target: a complement naming its object ("called Qatar a funder
// of terrorism"), an act its object names, whose patient is no target of a judgement ("condemned
// the isolation of Cuba"), and the infinitives it governs, whose words its patterns may read.
import type { TriggerLookup } from './coded-event.js';
import { rightEnd } from './clause-roles.js';
import { SKIPPABLE } from './slot-conjuncts.js';
import { slotOf, type ActorSlot, type SentenceView } from './sentence-view.js';

/**
 * "called Qatar a funder of terrorism", "calling Trump 'mentally deranged'": an actor right after
 * the verb (or its act: "the actions of Russia", "the Chinese actions"), then a noun phrase or a
 * quotation that names it (an object complement).
 */
export function namedObject(v: SentenceView, at: number, end: number): boolean {
  const t = v.tokens;
  let i = at + 1;
  while (i < end && t[i]!.pos === 'DET' && v.slotAt[i]! < 0) i += 1;
  let slot = slotOf(v, i);
  // "the actions of Russia", "the claims of Washington": the actor's act named by a noun.
  let n = i;
  while (!slot && n < end && t[n]!.pos === 'NOUN') n += 1;
  if (!slot && n > i && t[n]?.lower === 'of') {
    let j = n + 1;
    while (j < end && t[j]!.pos === 'DET' && v.slotAt[j]! < 0) j += 1;
    slot = slotOf(v, j);
  }
  if (!slot || (slot.from !== i && n === i) || slot.to > end) return false;
  // "the Chinese actions", "the American claims": a demonym on its noun of acting.
  let k = slot.to;
  // (its noun may be read as a predicate of its own: "the Turkish claims a pack of lies")
  while (k < slot.to + 2 && (t[k]?.pos === 'NOUN' || t[k]?.pos === 'VERB') && v.slotAt[k]! < 0) k += 1;
  const next = t[k];
  return !!next && (next.pos === 'DET' || next.pos === 'ADJ' || /^["“‘'«]$/.test(next.text));
}

/** Nouns in -tion/-sion that name a body or a state of things, not an act. */
const NOT_ACTS = new Set(['coalition', 'organization', 'organisation', 'federation', 'commission', 'delegation', 'administration',
  'opposition', 'nation', 'population', 'position', 'mission', 'division', 'institution', 'association', 'corporation',
  'foundation', 'situation', 'region', 'session', 'union', 'constitution', 'condition', 'conditions', 'question']);
const PATIENT_PREPS = new Set(['of', 'against', 'on', 'into', 'toward', 'towards', 'upon']);
// Nouns whose "of" names who acts, not whom it is done to: "the actions of Belarus", "the aggression of Russia".
const AGENT_OF = new Set(['action', 'actions', 'conduct', 'behaviour', 'behavior', 'claims', 'allegations', 'accusations', 'aggression',
  'policy', 'policies', 'provocation', 'provocations', 'statements', 'threats', 'interference']);

/**
 * Whether `slot` is the one an act is done to, in a noun phrase after the verb at `at` that names
 * the act ("the isolation of Qatar", "any intervention against Niger", "the sanctions on Iran"):
 * the index of that noun, else -1.
 */
export function eventNounBefore(v: SentenceView, dict: TriggerLookup, slot: ActorSlot, at: number): number {
  let j = slot.from - 1;
  while (j > at && SKIPPABLE.has(v.tokens[j]!.pos)) j -= 1;
  if (j <= at || !PATIENT_PREPS.has(v.tokens[j]!.lower)) return -1;
  let n = j - 1;
  while (n > at && v.tokens[n]!.pos === 'ADJ') n -= 1;
  const noun = v.tokens[n];
  if (n <= at || !noun || noun.pos !== 'NOUN' || v.slotAt[n]! >= 0) return -1;
  if (v.tokens[j]!.lower === 'of' && AGENT_OF.has(noun.lower)) return -1;
  const act = dict.noun(noun.lemma) !== undefined || (/(?:tion|sion)s?$/.test(noun.lower) && !NOT_ACTS.has(noun.lower));
  return act ? n : -1;
}

/** The end of the clause at `end` with the infinitives it governs ("… to leave"), up to three. */
export function infinitiveEnd(v: SentenceView, end: number, predicates: readonly number[], k: number): number {
  let out = end;
  for (let j = k + 1; j < Math.min(predicates.length, k + 4); j += 1) {
    const q = predicates[j]!;
    if (q !== out || v.tokens[q - 1]?.lower !== 'to') break;
    out = rightEnd(v, q, predicates[j + 1] ?? v.tokens.length);
  }
  return out;
}

const QUOTES = /^["“”‘’']$/;

/**
 * "repeated that 'all options are on the table'": the end of the reported clause a statement
 * verb's clause ends on ("that", a colon, an opening quotation mark), for its patterns to read;
 * `end` itself when the clause ends otherwise, or when the reported clause has an act of its own
 * (`isAct`: "announced that it would provide aid" is coded from "provide").
 */
export function reportedEnd(v: SentenceView, end: number, isAct: (i: number) => boolean): number {
  const t = v.tokens[end];
  if (!t || !(t.lower === 'that' || t.text === ':' || QUOTES.test(t.text))) return end;
  let i = end + 1;
  while (i < v.tokens.length && QUOTES.test(v.tokens[i]!.text)) i += 1;
  const out = rightEnd(v, i, v.tokens.length);
  for (let j = i; j < out; j += 1) if (isAct(j)) return end;
  return out;
}
