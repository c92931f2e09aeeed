// Evaluations inside each noun phrase: a modifier on a named head ("the hypocritical X"), an
// evaluated thing on its owner ("X's hegemony"), a judgement noun on whom it judges, a label on the actor.
import type { TaggedToken } from '../events/tag-sentence.js';
import { targeted } from './chunk-targets.js';
import type { Give } from './contribution-sink.js';
import type { Scored } from './score-hits.js';
import type { Chunks } from './stance-chunks.js';

/** A label on the actor's own phrase ("the Kiev regime") is the text's name for it: stronger than a plain noun. */
const LABEL = 1.5;
const NOUN_PATIENT_PREPS = new Set(['of', 'for', 'against', 'toward', 'towards', 'on', 'in', 'with', 'to', 'from', 'about', 'over']);

/** Inside each noun phrase: modifiers on a named head, evaluations of a thing on its owner, judgement nouns on whom they judge. */
export function readNounPhrases(tokens: readonly TaggedToken[], chunks: Chunks, scored: readonly Scored[], hitAt: Int32Array, give: Give): void {
  chunks.list.forEach((c, k) => {
    for (let i = c.from; i < c.to; i += 1) {
      const h = hitAt[i]!;
      if (h < 0 || scored[h]!.hit.from !== i) continue;
      const { hit, weight } = scored[h]!;
      if (hit.entry.kind === 'judgement') {
        // "mistrust of the West", "respect for China": the phrase after the noun is judged, not its owner.
        const prep = tokens[c.to];
        const next = chunks.at[c.to + 1];
        if (prep && NOUN_PATIENT_PREPS.has(prep.lower) && next !== undefined && next >= 0) give([next], weight * 0.8, hit.span);
        continue;
      }
      // "fatally shooting Herrera", "shooting victim X": an act's noun before a name is not said of it.
      const act = hit.entry.kind === 'action' || hit.entry.kind === 'shifter';
      if (act && chunks.target[c.head]! >= 0) continue;
      if (hit.entry.kind === 'label' && c.head >= hit.from && c.head < hit.to) {
        // "the Kiev regime", "the regime of Assad", "Kiev, the junta,": the label names the actor itself.
        const before = chunks.at[c.from - 2];
        const apposed = tokens[c.from - 1]?.text === ',' && before !== undefined && before >= 0 && targeted(chunks, before) ? [before] : [];
        give([k, ...apposed], weight * LABEL, hit.span, true);
        continue;
      }
      if (!relational(chunks, k)) give([k], weight, hit.span);
    }
  });
}

/** "the Russia-Ukraine conflict", "China-US relations": a thing between two named owners judges neither. */
function relational(chunks: Chunks, c: number): boolean {
  const chunk = chunks.list[c]!;
  if (chunks.target[chunk.head]! >= 0) return false;
  const owners = new Set<number>();
  const add = (from: number, to: number): void => { for (let i = from; i < to; i += 1) if (chunks.target[i]! >= 0) owners.add(chunks.target[i]!); };
  add(chunk.from, chunk.to);
  if (chunk.of !== null) add(chunks.list[chunk.of]!.from, chunks.list[chunk.of]!.to);
  return owners.size > 1;
}
