// Who fills a clause's roles: the subject to the left of its verb group, the object or the
// prepositional target to its right, the agent after "by". Scans stay within the clause: they
// stop at subordinators, relative pronouns and the next predicate.
import { slotOf, type ActorSlot, type SentenceView } from './sentence-view.js';
import { GERUND_PREPS, isBoundary, isRelative } from './predicates.js';
import type { TaggedToken } from './tag-sentence.js';
import { isCurrencyWord } from './currency-units.js';

/** Targets after these prepositions, in this order of preference, unless the trigger names its own. */
export const DEFAULT_PREPS = ['to', 'with', 'against', 'on', 'toward', 'towards', 'into', 'at', 'for', 'from', 'over', 'of', 'upon', 'by', 'about', 'between'];
// Slots after these only name where something happened; a target there is the last resort.
const PLACE_PREPS = new Set(['in', 'inside', 'near', 'across', 'throughout', 'within', 'around']);
const JOINERS = new Set(['and', ',', 'or', 'nor', '&']);
const PARTICLES = new Set(['off', 'up', 'out', 'down', 'away', 'back', 'aside', 'over']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
export const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM', 'ADV']);


/** Whether the joiner at `i` is a conjunction after a comma (", and"), which joins clauses as often as names. */
const clauseJoin = (v: SentenceView, i: number): boolean => v.tokens[i]!.lower !== ',' && v.tokens[i - 1]?.lower === ',';

/** Whether the slot starting at `from` is the object of a preposition other than "of". */
function governed(v: SentenceView, from: number): boolean {
  let j = from - 1;
  while (j >= 0 && SKIPPABLE.has(v.tokens[j]!.pos)) j -= 1;
  const t = v.tokens[j];
  return !!t && t.pos === 'ADP' && t.lower !== 'of';
}

/** The slot at `i` and the slots coordinated with it to its left ("Mordor, Rohan, Fornost and Bree"). */
function withLeftConjuncts(v: SentenceView, slot: ActorSlot): ActorSlot[] {
  const out = [slot];
  let i = slot.from - 1;
  // A comma joins a list only after an "and"/"or" ("Mordor, Rohan and Bree"): "the army, the
  // Quds Force fired" is a parenthesis, not two subjects — unless the slot is itself followed by
  // "and" ("Macron, Merkel and May expressed …", the last name no actor we know).
  let listed = v.tokens[slot.to]?.lower === 'and' || v.tokens[slot.to]?.lower === 'or';
  for (;;) {
    while (i >= 0 && SKIPPABLE.has(v.tokens[i]!.pos) && v.slotAt[i]! < 0) i -= 1;
    const joiner = v.tokens[i];
    if (!joiner || !JOINERS.has(joiner.lower) || (joiner.lower === ',' && !listed)) break;
    if (joiner.lower !== ',') listed = true;
    let j = i - 1;
    if (v.tokens[j]?.lower === ',') j -= 1; // Oxford comma
    while (j >= 0 && SKIPPABLE.has(v.tokens[j]!.pos) && v.slotAt[j]! < 0) j -= 1;
    // "Moon Jae-in": the rest of a hyphenated name the mention stopped short of.
    while (j > 0 && v.slotAt[j]! < 0 && v.tokens[j]!.start === v.tokens[j - 1]!.end) j -= 1;
    const left = slotOf(v, j);
    if (!left) break;
    // "recalled its envoys from Riyadh, and Qatar was expelled": after ", and" a slot governed by
    // a preposition ends the previous clause; it is no conjunct of this subject ("of" phrases are).
    if (clauseJoin(v, i) && governed(v, left.from)) break;
    out.unshift(left);
    i = left.from - 1;
    // "…, South Korean President Moon and Abe": name words the mention left out before it.
    while (i >= 0 && v.tokens[i]!.pos === 'PROPN' && v.slotAt[i]! < 0) i -= 1;
  }
  return out;
}

/** The slot starting at or after `i` and those coordinated with it to its right. */
export function withRightConjuncts(v: SentenceView, slot: ActorSlot, end: number, ownVerbs = false): ActorSlot[] {
  const out = [slot];
  let i = slot.to;
  for (;;) {
    let j = i;
    if (v.tokens[j]?.lower === ',') j += 1;
    if (v.tokens[j] && JOINERS.has(v.tokens[j]!.lower) && v.tokens[j]!.lower !== ',') j += 1;
    if (j === i) break;
    while (j < end && SKIPPABLE.has(v.tokens[j]!.pos) && v.slotAt[j]! < 0) j += 1;
    const next = j < end ? slotOf(v, j) : undefined;
    if (!next || next.from !== j) break;
    // "asylum in Gondor, AFP reported": after a bare comma, a slot before its own verb is that
    // verb's subject; so after ", and" ("from Oman, and Kenya was expelled") unless the caller
    // reads a subject list itself.
    const own = v.tokens[next.to];
    const commaBefore = v.tokens[j - 1]?.lower === ',' || (!ownVerbs && v.tokens[j - 2]?.lower === ',' && JOINERS.has(v.tokens[j - 1]!.lower));
    if (commaBefore && own && (own.pos === 'VERB' || own.pos === 'AUX')) break;
    out.push(next);
    i = next.to;
  }
  return out;
}

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
    const slot = slotOf(v, i);
    if (slot) {
      const prep = precedingPrep(v.tokens, slot.from, limit);
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

const onlyModifiers = (tokens: readonly TaggedToken[], from: number, to: number): boolean =>
  tokens.slice(from, to).every((t) => t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'AUX' || t.lower === ',');

/** End (exclusive) of the clause to the right of token `at`: the next boundary or `nextPredicate`. */
export function rightEnd(v: SentenceView, at: number, nextPredicate: number): number {
  const stop = Math.min(nextPredicate, v.tokens.length);
  for (let i = at + 1; i < stop; i += 1) {
    const t = v.tokens[i]!;
    if (isBoundary(t)) return i;
    // ", and" / "but" before a new clause of the sentence
    if ((t.lower === 'but' || t.lower === 'while') && t.pos !== 'ADP') return i;
  }
  return stop;
}

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

/** Whether the slot at `i` is a verb's object ("after meeting Xi Jinping, Sánchez urged"): not a subject. */
function objectOfVerb(tokens: readonly TaggedToken[], i: number, floor: number): boolean {
  let j = i - 1;
  while (j > floor && (tokens[j]!.pos === 'DET' || tokens[j]!.pos === 'ADJ')) j -= 1;
  // "after meeting Xi Jinping": a gerund the tagger read as a noun governs its object too
  const gerund = (k: number): boolean => tokens[k]!.lower.endsWith('ing') && GERUND_PREPS.has(tokens[k - 1]?.lower ?? '');
  return j > floor && (tokens[j]!.pos === 'VERB' || gerund(j));
}

/** The preposition governing the slot at `i` (skipping determiners and adjectives), if any after `floor`. */
export function precedingPrep(tokens: readonly TaggedToken[], i: number, floor: number): string | null {
  let j = i - 1;
  // "to the affected villages": a participle after a determiner is an adjective.
  const adjectival = (k: number): boolean => tokens[k]!.pos === 'VERB' && tokens[k - 1]?.pos === 'DET';
  while (j > floor && (SKIPPABLE.has(tokens[j]!.pos) || tokens[j]!.pos === 'NOUN' || adjectival(j))) j -= 1;
  const t = tokens[j];
  return j > floor && t && (t.pos === 'ADP' || t.lower === 'to') ? t.lower : null;
}

/** The slot after `word` ("by", "from") between `at` and `end`, with its conjuncts. */
export function slotAfter(v: SentenceView, words: ReadonlySet<string>, at: number, end: number): ActorSlot[] | null {
  for (let i = at + 1; i < end; i += 1) {
    if (!words.has(v.tokens[i]!.lower)) continue;
    let j = i + 1;
    while (j < end && SKIPPABLE.has(v.tokens[j]!.pos) && v.slotAt[j]! < 0) j += 1;
    const slot = j < end ? slotOf(v, j) : undefined;
    if (slot) return withRightConjuncts(v, slot, end);
  }
  return null;
}

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

