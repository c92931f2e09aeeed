// Tags corrected with what the actor layer knows. The tagger reads names word by word: the
// "Ministry of Silly Walks" holds a VERB ("Walks") that splits the clause before its real verb,
// and after a plural subject a bare verb that is also an adjective or a noun ("Fornost and Gondor
// welcome a resumption …") comes out as ADJ, leaving the clause without a verb.
import type { TaggedToken } from './tag-sentence.js';
import type { TriggerLookup } from './coded-event.js';
import type { SentenceView } from './sentence-view.js';

const startsNounPhrase = (t: TaggedToken | undefined): boolean => !!t && (t.pos === 'DET' || t.pos === 'PRON' && /^(their|its|his|her|our)$/.test(t.lower));

/** Whether a slot at `from` stands where a clause's subject does: first in the sentence or after a comma or conjunction. */
function subjectPlace(tokens: readonly TaggedToken[], from: number): boolean {
  const before = tokens[from - 1];
  if (before?.pos === 'DET') return subjectPlace(tokens, from - 1);
  return !before || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** The view with words inside actor names never verbs, and a bare verb after a subject slot read as the verb. */
export function slotTags(view: SentenceView, triggers: TriggerLookup): SentenceView {
  const { tokens, slots } = view;
  let out: TaggedToken[] | undefined;
  const set = (i: number, pos: string): void => {
    out ??= [...tokens];
    out[i] = { ...tokens[i]!, pos };
  };
  for (const slot of slots) {
    // "by official Belgrade": "official" before a name describes it (the tagger reads a noun).
    const prev = tokens[slot.from - 1];
    if (prev?.lower === 'official' && prev.pos === 'NOUN') set(slot.from - 1, 'ADJ');
    // A name is never a clause's verb: "Silly Walks", "Save the Children".
    for (let i = slot.from + 1; i < slot.to; i += 1) if (tokens[i]!.pos === 'VERB') set(i, 'PROPN');
    const next = tokens[slot.to];
    // "X and Y welcome a …": a bare form (no -s, -ed) that the dictionary knows as a verb,
    // followed by a noun phrase, right after a subject.
    if (!next || (next.pos !== 'ADJ' && next.pos !== 'NOUN') || next.lower !== next.lemma) continue;
    if (!subjectPlace(tokens, slot.from) || !startsNounPhrase(tokens[slot.to + 1]) || !triggers.verb(next.lemma)) continue;
    set(slot.to, 'VERB');
  }
  return out ? { ...view, tokens: out } : view;
}
