// The subject of a that-clause a verb governs ("Gollum allowed that Mordor isn't …"), for a verb
// with no target of its own.
import { slotOf, type ActorSlot, type SentenceView } from './sentence-view.js';
import { isBoundary } from './predicates.js';
import { SKIPPABLE, withRightConjuncts } from './slot-conjuncts.js';

const COMPLEMENT_WITHIN = 6;

/**
 * "Gollum allowed that Mordor isn't …": the subject of a that-clause after the verb or its object,
 * with its conjuncts, for a verb that has no target of its own; null when the clause has no actor
 * for a subject.
 */
export function complementSubject(v: SentenceView, at: number, isPredicate: (i: number) => boolean): ActorSlot[] | null {
  // "that" right after the verb, or after its object ("expressed hopes on Thursday that …").
  let i = at + 1;
  while (i < Math.min(v.tokens.length, at + COMPLEMENT_WITHIN) && v.tokens[i]!.lower !== 'that') {
    const t = v.tokens[i]!;
    if (v.slotAt[i]! >= 0 || isPredicate(i) || t.pos === 'AUX' || isBoundary(t) || t.text === ',') return null;
    i += 1;
  }
  if (v.tokens[i]?.lower !== 'that') return null;
  let j = i + 1;
  while (j < v.tokens.length && SKIPPABLE.has(v.tokens[j]!.pos) && v.slotAt[j]! < 0) j += 1;
  // "asked that states of NATO send …", "that the leaders of Gondor meet": a noun of a party
  // stands for it.
  if (v.tokens[j]?.pos === 'NOUN' && v.slotAt[j]! < 0 && v.tokens[j + 1]?.lower === 'of') {
    j += 2;
    while (j < v.tokens.length && SKIPPABLE.has(v.tokens[j]!.pos) && v.slotAt[j]! < 0) j += 1;
  }
  const slot = slotOf(v, j);
  if (!slot || slot.from !== j) return null;
  const slots = withRightConjuncts(v, slot, v.tokens.length, true);
  const next = v.tokens[pastAppositive(v, slots[slots.length - 1]!.to)];
  return next && (next.pos === 'VERB' || next.pos === 'AUX') ? slots : null;
}

/** Index past an appositive at `i` (", the state's fiercest foe,"), or `i` when there is none. */
function pastAppositive(v: SentenceView, i: number): number {
  if (v.tokens[i]?.text !== ',') return i;
  for (let j = i + 1; j < Math.min(v.tokens.length, i + 10); j += 1) {
    const t = v.tokens[j]!;
    if (t.text === ',') return j + 1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isBoundary(t)) return i;
  }
  return i;
}
