// Nominal events: "Russia's military action against Ukraine", "the US sanctions on Iran",
// "the expulsion of Russian diplomats by Poland". An event is coded once per clause, so a noun
// inside a clause already coded from its verb ("condemned an attack by …") is left to that
// event; a nominal event needs both a source and a target in its own phrase.
import type { ActorRef, Modality } from '../model/analysis.js';
import { precedingPrep } from './clause-roles.js';
import { DEFAULT_PREPS } from './find-target.js';
import { withRightConjuncts } from './slot-conjuncts.js';
import { pairEvents, type CodedEvent, type TriggerLookup } from './coded-event.js';
import { chooseCode } from './match-pattern.js';
import { slotOf, type ActorSlot, type SentenceView } from './sentence-view.js';

const REACH = 5;
const NEGATORS = new Set(['no', 'without', 'not', 'never']);
const UNREAL = new Set(['threat', 'risk', 'fear', 'fears', 'possible', 'potential', 'planned', 'possibility', 'prospect',
  'danger', 'would', 'could', 'might', 'may', 'will', 'if', 'alleged', 'so-called', 'hype', 'hyping', 'rumour', 'rumor']);


/** "Russia's military action", "Russian military action", "the US sanctions": the slot before the noun's modifiers. */
function possessor(v: SentenceView, at: number): ActorSlot | undefined {
  let i = at - 1;
  while (i >= 0 && i >= at - 3 && slotOf(v, i) === undefined && (v.tokens[i]!.pos === 'ADJ' || v.tokens[i]!.pos === 'NOUN')) i -= 1;
  const t = v.tokens[i];
  if (t && (t.lower === "'s" || t.lower === '’s' || t.lower === "'")) i -= 1;
  return slotOf(v, i);
}

/** Forces and the police: a body that is moved, stationed or withdrawn by its own state. */
const FORCES = /^[A-Z]{3}(?:MIL|COP|SPY)/;
/** Visits, and the posture, deployment and withdrawal of forces: the "of" phrase names who moves. */
const VISITS = /^04[23]/;
const MOVES = /^(?:15|087|074)/;

/**
 * "the deployment of Turkish troops", "the visit of the Chinese premier": the slot after "of"
 * right after the noun, when it names who acts rather than whom the act is done to (the
 * isolation of Qatar) — forces for their movements, anyone for a visit.
 */
function ofAgent(v: SentenceView, at: number, code: string, preps: readonly string[]): ActorSlot | undefined {
  if (v.tokens[at + 1]?.lower !== 'of' || preps.includes('of')) return undefined;
  let i = at + 2;
  while (i < v.tokens.length && v.tokens[i]!.pos === 'DET' && v.slotAt[i]! < 0) i += 1;
  const slot = slotOf(v, i);
  if (!slot || slot.from !== i) return undefined;
  const forces = slot.actors.every((a) => FORCES.test(a.code));
  return VISITS.test(code) || (MOVES.test(code) && forces) ? slot : undefined;
}

/** The first slot after the noun governed by one of `preps` (or "by", for the agent), within reach. */
function after(v: SentenceView, at: number, preps: readonly string[]): { slot: ActorSlot; prep: string } | undefined {
  for (let i = at + 1; i < Math.min(v.tokens.length, at + REACH + 3); i += 1) {
    const slot = slotOf(v, i);
    if (slot && slot.from === i) {
      const prep = precedingPrep(v.tokens, i, at);
      if (prep && preps.includes(prep)) return { slot, prep };
      i = slot.to - 1;
      continue;
    }
    const t = v.tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || t.text === ';') return undefined;
  }
  return undefined;
}

function nominalModality(v: SentenceView, at: number): Modality {
  for (let i = Math.max(0, at - 6); i < at; i += 1) {
    const t = v.tokens[i]!;
    if (NEGATORS.has(t.lower)) return 'negated';
    if (UNREAL.has(t.lower) || UNREAL.has(t.lemma)) return 'hypothetical';
  }
  return 'asserted';
}

export function codeNouns(v: SentenceView, dict: TriggerLookup, covered: (i: number) => boolean, cap: number): CodedEvent[] {
  const events: CodedEvent[] = [];
  v.tokens.forEach((t, at) => {
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || covered(at) || v.slotAt[at]! >= 0) return;
    const trigger = dict.noun(t.lemma) ?? dict.noun(t.lower);
    if (!trigger) return;
    const preps = (trigger.preps ?? DEFAULT_PREPS).filter((p) => p !== 'by');
    const owner = possessor(v, at);
    const of = owner ? undefined : ofAgent(v, at, trigger.code ?? '', preps);
    const agent = owner || of ? undefined : after(v, at, ['by']);
    const source = owner ?? of ?? agent?.slot;
    // The target is sought past the "of" phrase that names the agent.
    const targetAt = after(v, of ? of.to - 1 : at, preps.filter((p) => !of || p !== 'of'));
    if (!source || !targetAt || targetAt.slot === source) return;
    const end = Math.min(v.tokens.length, targetAt.slot.to);
    const choice = chooseCode(trigger, v.tokens, at, end);
    if (!choice) return;
    const sources: ActorRef[] = [...source.actors];
    const targets: ActorRef[] = withRightConjuncts(v, targetAt.slot, v.tokens.length).flatMap((s) => s.actors);
    const from = Math.min(source.from, at);
    const to = Math.max(end, source.to);
    events.push(...pairEvents(sources, targets, { code: choice.code, modality: nominalModality(v, at), trigger: at, from, to, via: 'noun' }, cap));
  });
  return events;
}
