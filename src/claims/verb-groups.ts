// The verb group of each predicate: where it starts (auxiliaries, negation, adverbs) and what it
// says of the act — negated, modal, a demand, passive, an infinitive.
import type { TaggedToken } from '../events/tag-sentence.js';
import { QUOTES, type Use } from './predicate-uses.js';

export interface Group { first: number; negated: boolean; modal: boolean; deontic: boolean; passive: boolean; infinitive: boolean }

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'hardly', 'scarcely']);
const DEONTIC = new Set(['should', 'must', 'ought']);
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'shall', 'ca', 'wo', "'ll", "'d"]);
const PARTICIPLE = /(?:ed|en|wn|ne|lt|pt|ung|ought|aught|id)$/;

function verbGroupOf(tokens: readonly TaggedToken[], p: number, copula: boolean): Group {
  let negated = false;
  let modal = false;
  let deontic = false;
  let aux: TaggedToken | undefined;
  let j = p - 1;
  for (; j >= 0; j -= 1) {
    const t = tokens[j]!;
    if ((NEGATION.has(t.lower) || t.lemma === 'not') && tokens[j + 1]?.lower !== 'only') negated = true;
    else if (t.pos === 'AUX' || MODALS.has(t.lower)) { aux ??= t; modal ||= MODALS.has(t.lower); deontic ||= DEONTIC.has(t.lower); }
    // "only reluctantly and belatedly endorsed": coordinated adverbs stay in the group.
    else if (t.pos === 'CCONJ' && tokens[j - 1]?.pos === 'ADV' && tokens[j + 1]?.pos === 'ADV') continue;
    // 'have “already given up': a quotation mark inside the group.
    else if (QUOTES.has(t.text) && j < p - 1) continue;
    else if (t.pos !== 'ADV' && !(t.pos === 'PART' && t.lower !== 'to')) break;
  }
  const verb = tokens[p]!;
  const passive = !copula && (aux?.lemma === 'be' || aux?.lemma === 'get') && !verb.lower.endsWith('ing') && (verb.lower !== verb.lemma || PARTICIPLE.test(verb.lower));
  return { first: j + 1, negated, modal, deontic, passive, infinitive: tokens[j]?.lower === 'to' };
}

/** The groups of predicates `preds` (token indices, in order), whose uses are `uses`. */
export function verbGroups(tokens: readonly TaggedToken[], preds: readonly number[], uses: readonly (Use | null)[]): Group[] {
  const groups = preds.map((p) => verbGroupOf(tokens, p, uses[p] === 'copula'));
  // "was shot and killed": a coordinated participle shares the voice and negation of the verb before.
  groups.forEach((g, k) => {
    const prev = groups[k - 1];
    const verb = tokens[preds[k]!]!;
    // "is not groundless": a copula's negation follows it.
    if (uses[preds[k]!] === 'copula') {
      for (let j = preds[k]! + 1; j < tokens.length && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART'); j += 1) {
        if ((NEGATION.has(tokens[j]!.lower) || tokens[j]!.lemma === 'not') && tokens[j + 1]?.lower !== 'only') g.negated = true;
      }
      // "is no longer a partner": "no" is tagged a determiner.
      const p = preds[k]!;
      if (tokens[p + 1]?.lower === 'no' && tokens[p + 2]?.lower === 'longer') g.negated = true;
    }
    if (prev && k > 0 && tokens[g.first - 1]?.pos === 'CCONJ' && g.first - 1 === preds[k - 1]! + 1 && PARTICIPLE.test(verb.lower)) {
      g.passive ||= prev.passive;
      g.negated ||= prev.negated;
    }
  });
  return groups;
}
