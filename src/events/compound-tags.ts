// Hyphenated compounds the tagger splits into words of their own: "live-fire drills" comes out
// as live/VERB - fire/NOUN, "US-made jets" as made/VERB, "large-scale exercises" with exercises
// as a VERB. A part of a compound is never a clause's verb, and an adjectival compound ("long-range",
// "large-scale") is followed by its noun; left as tagged, the false verbs split the clause and
// hide its object ("held live-fire exercises around Taiwan").
import type { TaggedToken } from './tag-sentence.js';

/** Whether the token at `i` is a hyphen written without spaces between two words. */
const gluedHyphen = (tokens: readonly TaggedToken[], i: number): boolean => {
  const t = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!t && !!before && !!after && t.text === '-' && before.end === t.start && t.end === after.start;
};

const nounLike = (t: TaggedToken | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN');

/** The tokens with the parts of hyphenated compounds retagged; the same array when there are none. */
export function compoundTags(tokens: readonly TaggedToken[]): readonly TaggedToken[] {
  if (!tokens.some((t) => t.text === '-')) return tokens;
  const out = [...tokens];
  tokens.forEach((t, i) => {
    if (!gluedHyphen(tokens, i)) return;
    const first = tokens[i - 1]!;
    const second = tokens[i + 1]!;
    const next = tokens[i + 2];
    // "live-fire", "cease-fire": the first part modifies the second.
    if (first.pos === 'VERB') out[i - 1] = { ...first, pos: 'ADJ' };
    // "US-made jets", "Iranian-built drones"; not "test-fired a missile", whose second part is the verb.
    if (second.pos === 'VERB' && nounLike(next)) out[i + 1] = { ...second, pos: 'ADJ' };
    // "large-scale exercises", "high-level talks": the word after an adjective-noun compound is its noun.
    if (first.pos === 'ADJ' && second.pos === 'NOUN' && next?.pos === 'VERB' && /[^s]s$/.test(next.lower)) out[i + 2] = { ...next, pos: 'NOUN' };
  });
  return out;
}
