// How each token of a sentence serves the stance reader's clauses: a finite predicate, a copula, an
// -ing clause of a subject, a participle on a noun, or nothing (a modifier inside a phrase).
import { isCopula } from '../events/clause-subject.js';
import { GERUND_PREPS, verbUse, type VerbUse } from '../events/predicates.js';
import type { TaggedToken } from '../events/tag-sentence.js';
import type { Chunks } from './stance-chunks.js';

export type Use = VerbUse | 'copula';

export const RELATIVE = new Set(['which', 'who', 'whom', 'that']);
export const ING_PREPS = new Set([...GERUND_PREPS, 'by', 'through', 'via', 'in', 'from', 'for', 'of', 'on', 'against', 'instead']);
export const QUOTES = new Set(['"', '“', '”', '‘', '’', "'"]);
// Verbs that link a subject to a description like a copula: "looks weak", "remains committed".
const LINKING = new Set(['look', 'seem', 'appear', 'become', 'remain', 'sound', 'feel', 'stay', 'prove', 'grow', 'turn', 'get']);

export const isBoundary = (t: TaggedToken): boolean =>
  t.pos === 'SCONJ' || (RELATIVE.has(t.lower) && t.pos === 'PRON') || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–';

/** Whether a finite verb follows `i` before a coordinator or a clause boundary ("troops stationed in Germany were …"). */
function finiteFollows(tokens: readonly TaggedToken[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    if (t.pos === 'CCONJ' || isBoundary(t) || t.text === ',') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[j - 1]?.lower !== 'to')) return true;
  }
  return false;
}

const NOUN_LINKING = new Set(['become', 'remain', 'prove', 'seem']);
const complementFollows = (tokens: readonly TaggedToken[], i: number): boolean => {
  let j = i + 1;
  while (tokens[j]?.pos === 'ADV') j += 1;
  const t = tokens[j];
  // "looks weak"; "became a hero" (not "got a job").
  return !!t && (t.pos === 'ADJ' || (t.pos === 'DET' && NOUN_LINKING.has(tokens[i]!.lemma)));
};

/** The use of each token as a predicate, or null. */
export function predicateUses(tokens: readonly TaggedToken[], chunks: Chunks): (Use | null)[] {
  let last: Use | null = null;
  return tokens.map((t, i) => {
    let use: Use | null = null;
    if (t.pos === 'AUX') {
      // 'have “already given up': a verb after a quotation mark makes the auxiliary no copula.
      const verbAfterQuote = QUOTES.has(tokens[i + 1]?.text ?? '') && !isCopula(tokens, i + 1);
      use = isCopula(tokens, i) && !verbAfterQuote ? 'copula' : null;
    }
    if (t.pos === 'VERB' && LINKING.has(t.lemma) && complementFollows(tokens, i)) use = 'copula';
    else if (t.pos === 'VERB' && chunks.at[i]! < 0) {
      use = verbUse(tokens, i);
      // "pressuring Russia by manipulating public opinion and hyping up …": -ing clauses of the main subject.
      const quoted = QUOTES.has(tokens[i - 1]?.text ?? '');
      const before = tokens[quoted ? i - 2 : i - 1]?.lower ?? '';
      if (use === 'modifier' && t.lower.endsWith('ing') && (ING_PREPS.has(before) || (last === 'gerund' && (before === 'and' || before === 'or' || before === ',')))) use = 'gerund';
      // "O'Reilly fired back, calling Putin a killer": an -ing clause after a comma is the subject's.
      if (use === 'modifier' && t.lower.endsWith('ing') && before === ',' && last !== null) use = 'gerund';
      // "Criticizing the previous governments, Modi dismissed …": an opening -ing clause.
      if (use === 'modifier' && t.lower.endsWith('ing') && tokens.slice(0, i).every((x) => x.pos === 'PUNCT' || x.pos === 'ADV')) use = 'gerund';
      // "the mayor lied to voters": a past form after a noun is its predicate when no other verb follows in the clause.
      if (use === 'modifier' && t.lower !== t.lemma && !t.lower.endsWith('ing') && chunks.at[i - 1]! >= 0 && !finiteFollows(tokens, i)) use = 'predicate';
      // 'is “helping” Germany': a verb in quotation marks after an auxiliary.
      if (use === 'modifier' && QUOTES.has(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.pos === 'AUX') use = 'predicate';
      if (use === 'modifier') use = null;
    }
    if (use) last = use;
    return use;
  });
}
