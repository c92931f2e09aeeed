// The cues of one candidate list (those that may start on a token) grouped by their second slot:
// the commonest first words ("the", "no", "it") start dozens of cues, and nearly all of them fail
// on the next token. Looking that token up first tries only the cues it can continue, in list
// order, so the matches and their order are those of trying every cue.
import type { Cue } from './technique-cues.js';

export interface SecondSlotIndex {
  /** List positions of the cues whose second slot is these words exactly (no prefix alternative). */
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** List positions of every other cue: first slot an actor; second a prefix, gap, actor or quotation mark, or none. */
  readonly always: readonly number[];
  /** Merged positions by next word, for the words that need a merge (at most the keys of byWord). */
  readonly merged: Map<string, readonly number[]>;
}

const NONE: readonly number[] = [];
const memo = new WeakMap<readonly Cue[], SecondSlotIndex>();

/** The index of a candidate list (built once per list: the lists belong to the shared cue set). */
export function secondSlotIndex(list: readonly Cue[]): SecondSlotIndex {
  const known = memo.get(list);
  if (known) return known;
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  list.forEach((cue, k) => {
    const [first, second] = cue.compiled.slots;
    // An actor mention may span several tokens: what follows it is not the next token.
    if (first?.kind === 'actor' || second?.kind !== 'words' || second.prefixes.length > 0) { always.push(k); return; }
    for (const w of second.exact) {
      const at = byWord.get(w);
      if (at) at.push(k); else byWord.set(w, [k]);
    }
  });
  const index = { byWord, always, merged: new Map<string, readonly number[]>() };
  memo.set(list, index);
  return index;
}

/**
 * List positions, ascending, of the cues that may match when the token after the first is `next`
 * (undefined at the end of the sentence, where no second word slot can match).
 */
export function candidatePositions(index: SecondSlotIndex, next: string | undefined): readonly number[] {
  if (next === undefined) return index.always;
  const some = index.byWord.get(next) ?? NONE;
  if (some.length === 0) return index.always;
  if (index.always.length === 0) return some;
  // The same next word asks again for the same merge (the lists are shared by every article).
  const known = index.merged.get(next);
  if (known) return known;
  const out: number[] = [];
  let a = 0;
  let b = 0;
  while (a < some.length || b < index.always.length) {
    out.push(b >= index.always.length || (a < some.length && some[a]! < index.always[b]!) ? some[a++]! : index.always[b++]!);
  }
  index.merged.set(next, out);
  return out;
}
