// The target of an act: the direct object to the right of its verb, else the slot after the most
// preferred preposition, else (for force and withdrawal) a place; with its conjuncts and the
// further objects of an elided verb.
import { slotOf, type ActorSlot, type SentenceView } from './sentence-view.js';
import { isCurrencyWord } from './currency-units.js';
import { precedingPrep } from './clause-roles.js';
import { withRightConjuncts } from './slot-conjuncts.js';

/** Targets after these prepositions, in this order of preference, unless the trigger names its own. */
export const DEFAULT_PREPS = ['to', 'with', 'against', 'on', 'toward', 'towards', 'into', 'at', 'for', 'from', 'over', 'of', 'upon', 'by', 'about', 'between'];
// Slots after these only name where something happened; a target there is the last resort.
const PLACE_PREPS = new Set(['in', 'inside', 'near', 'across', 'throughout', 'within', 'around']);
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'away', 'back', 'aside', 'over']);

export interface TargetChoice { readonly slots: readonly ActorSlot[]; readonly prep: string | null }

/**
 * The target to the right of token `at` up to `end`: a direct object (possibly "the population
 * of X"), else the slot after the most preferred preposition, else, when `placeTargets` (force
 * and withdrawal act on where they happen), a place ("withdrew troops stationed in Germany").
 * `skip` tells slots that cannot be the target (the source's own).
 */
export function findTarget(v: SentenceView, at: number, end: number, preps: readonly string[], skip: (s: ActorSlot) => boolean, placeTargets = false): TargetChoice | null {
  let best: { slot: ActorSlot; rank: number; prep: string | null } | undefined;
  let direct = true;
  for (let i = at + 1; i < end; i += 1) {
    const t = v.tokens[i]!;
    const slot = slotOf(v, i);
    // "8 million US dollars": a country naming a currency is no party to the act.
    if (slot && slot.from === i && isCurrencyWord(v.tokens[slot.to]?.lower ?? '')) { i = slot.to - 1; continue; }
    if (slot && slot.from === i) {
      if (!skip(slot)) {
        const before = precedingPrep(v.tokens, i, at);
        const rank = direct ? -1 : before === null ? 99 : preps.indexOf(before) >= 0 ? preps.indexOf(before) : PLACE_PREPS.has(before) && placeTargets ? 90 : 95;
        if (!best || rank < best.rank) best = { slot, rank, prep: direct ? null : before };
        if (rank === -1) break;
      }
      i = slot.to - 1;
      // "the positions of the Karabakh Armenian forces": a slot right after the skipped one
      // belongs to the same noun phrase.
      if (slotOf(v, slot.to)?.from !== slot.to) direct = false;
      continue;
    }
    // "an anti- Gondor parade": a hyphen inside the object does not end it.
    if ((t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'PUNCT' || t.pos === 'CCONJ') && t.text !== '-') {
      // "cordoned off the roads", "the population of X": the object continues
      if (!(t.pos === 'ADP' && (t.lower === 'of' || (i === at + 1 && PARTICLES.has(t.lower))))) direct = false;
    }
  }
  if (!best || best.rank >= 95) return null;
  const slots = withRightConjuncts(v, best.slot, end);
  if (best.rank === -1) slots.push(...gapped(v, slots[slots.length - 1]!.to, end));
  return { slots: slots.filter((s) => !skip(s)), prep: best.prep };
}

/** Further objects of an elided verb: "met Wang Yi in Beijing on May 13, Sergei Lavrov in Moscow on May 14". */
function gapped(v: SentenceView, from: number, end: number): ActorSlot[] {
  const out: ActorSlot[] = [];
  for (let i = from; i < end; i += 1) {
    const t = v.tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    const slot = slotOf(v, i);
    if (!slot || slot.from !== i) continue;
    let j = i - 1;
    while (j >= from && v.tokens[j]!.pos === 'DET') j -= 1;
    const next = v.tokens[slot.to];
    const ownClause = next && (next.pos === 'VERB' || next.pos === 'AUX');
    if ((v.tokens[j]?.lower === ',' || v.tokens[j]?.lower === 'and') && !ownClause) out.push(slot);
    i = slot.to - 1;
  }
  return out;
}
