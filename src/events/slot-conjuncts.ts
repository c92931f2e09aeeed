// Coordinated actor slots: "Mordor, Rohan and Bree" as one role, read to the left of a verb (a
// subject list) or to its right (a list of targets), without running into the next clause.
import { slotOf, type ActorSlot, type SentenceView } from './sentence-view.js';

const JOINERS = new Set(['and', ',', 'or', 'nor', '&']);
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
export function withLeftConjuncts(v: SentenceView, slot: ActorSlot): ActorSlot[] {
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
