// The subject of a verb group: the nearest actor slot to its left within the clause, with its
// conjuncts; a relative pronoun hands the clause its antecedent.
import { slotOf, type ActorSlot, type SentenceView } from './sentence-view.js';
import { isBoundary, isRelative, GERUND_PREPS } from './predicates.js';
import type { TaggedToken } from './tag-sentence.js';
import { precedingPrep } from './clause-roles.js';
import { withLeftConjuncts } from './slot-conjuncts.js';

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);

/**
 * The subject of a verb group starting at `first`: the nearest slot to its left, with its
 * conjuncts, not beyond `limit` nor a clause boundary. A relative pronoun hands the clause its
 * antecedent ("Osgiliath, which attacked …"). 'coordinated' when only a conjunction separates
 * the verb from an earlier predicate, whose subject it shares.
 */
export function findSubject(v: SentenceView, first: number, limit: number): ActorSlot[] | 'coordinated' | null {
  // A slot inside a prepositional phrase ("attempts to integrate with the West were rebuffed")
  // is only a fallback: the subject proper is further left, if anywhere.
  let governed: ActorSlot | undefined;
  for (let i = first - 1; i > limit; i -= 1) {
    const t = v.tokens[i]!;
    // "The European Union (EU) agreed": an aside in brackets after the subject is passed over;
    // "the Revolutionary Guards Corps (IRGC) struck": not when it names the only actor there.
    const open = t.text === ')' ? openingBracket(v.tokens, i, limit) : -1;
    const asideOnly = open >= 0 && !slotOf(v, open - 1) && v.slotAt.subarray(open, i).some((x) => x >= 0);
    if (open >= 0 && !asideOnly) {
      i = open;
      continue;
    }
    const slot = slotOf(v, i);
    if (slot) {
      // "to the German newspaper Bild": a name in apposition to a governed slot is governed too.
      const head = slotOf(v, slot.from - 1) ?? slot;
      const prep = precedingPrep(v.tokens, head.from, limit);
      if ((prep === null || prep === 'of') && !objectOfVerb(v.tokens, slot.from, limit)) return withLeftConjuncts(v, slot);
      governed ??= slot;
      i = slot.from;
      continue;
    }
    if (isRelative(t)) {
      let j = i - 1;
      if (v.tokens[j]?.lower === ',') j -= 1;
      const antecedent = slotOf(v, j);
      return antecedent ? withLeftConjuncts(v, antecedent) : null;
    }
    if (t.pos === 'CCONJ' && onlyModifiers(v.tokens, i + 1, first)) return governed ? withLeftConjuncts(v, governed) : 'coordinated';
    // "…, and in the dogfight an Indian jet was shot down": ", and" ends the clause before it.
    if (t.pos === 'CCONJ' && v.tokens[i - 1]?.text === ',') break;
    // An unresolved pronoun is the subject: the caller resolves it, no slot beyond it is.
    if (SUBJECT_PRONOUNS.has(t.lower) && t.pos === 'PRON') return null;
    if (isBoundary(t)) break;
  }
  return governed ? withLeftConjuncts(v, governed) : null;
}

/** The "(" that the ")" at `close` ends, when within a few words and not beyond `floor`; -1 otherwise. */
function openingBracket(tokens: readonly TaggedToken[], close: number, floor: number): number {
  for (let j = close - 1; j > floor && j >= close - 8; j -= 1) {
    if (tokens[j]!.text === '(') return j;
    if (tokens[j]!.text === ')') return -1;
  }
  return -1;
}

const onlyModifiers = (tokens: readonly TaggedToken[], from: number, to: number): boolean =>
  tokens.slice(from, to).every((t) => t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'AUX' || t.lower === ',');

/** Whether the slot at `i` is a verb's object ("after meeting Xi Jinping, Sánchez urged"): not a subject. */
function objectOfVerb(tokens: readonly TaggedToken[], i: number, floor: number): boolean {
  let j = i - 1;
  while (j > floor && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j -= 1;
  // "after meeting Xi Jinping": a gerund the tagger read as a noun governs its object too
  const gerund = (k: number): boolean => tokens[k]!.lower.endsWith('ing') && GERUND_PREPS.has(tokens[k - 1]?.lower ?? '');
  return j > floor && (tokens[j]!.pos === 'VERB' || gerund(j));
}
