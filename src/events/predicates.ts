// Which verbs in a sentence head a clause (a predicate with a subject of its own), as opposed to
// participles used as adjectives ("the affected villages", "troops stationed in Germany") and
// gerunds after prepositions ("by manipulating public opinion").
import type { TaggedToken } from './tag-sentence.js';

/**
 * `gerund`: an -ing clause after a preposition of time or manner ("after meeting Xi", "without
 * consulting Kyiv"), whose subject is the main clause's; `participle`: an -ing clause on a noun
 * ("a decree imposing sanctions on Turkey"), whose subject is the previous clause's.
 */
export type VerbUse = 'predicate' | 'reduced-passive' | 'gerund' | 'participle' | 'modifier';

/** Prepositions that open a gerund clause sharing the main clause's subject. */
export const GERUND_PREPS = new Set(['after', 'before', 'while', 'upon', 'since', 'without', 'when', 'despite']);

const RELATIVE = new Set(['which', 'who', 'whom', 'whose']);
const ARTICLES = new Set(['a', 'an', 'the']);
// "his planned meeting": a participle after a possessive is an adjective.
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
// Irregular simple pasts that are never participles: "the minister came to Kabul" is a clause.
const PAST_ONLY = new Set(['came', 'went', 'flew', 'gave', 'took', 'saw', 'began', 'spoke', 'wrote', 'drove', 'rose', 'fell',
  'knew', 'threw', 'grew', 'drew', 'shook', 'chose', 'broke', 'froze', 'stole', 'ran', 'forgave', 'withdrew', 'undertook', 'overtook', 'arose', 'swore', 'tore', 'wore', 'struck',
  // "the minister said on Monday": a statement verb, not "talks held in".
  'said']);
export const isRelative = (t: TaggedToken | undefined): boolean => !!t && (RELATIVE.has(t.lower) || (t.lower === 'that' && t.pos !== 'SCONJ'));

/** Tokens that end a clause: subordinators, relative pronouns, semicolons, colons, dashes. */
export const isBoundary = (t: TaggedToken): boolean =>
  t.pos === 'SCONJ' || RELATIVE.has(t.lower) || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–';

/** Index of the token before the adverbs that lead up to token `i` ("politically, financially and logistically"). */
export function pastAdverbs(tokens: readonly TaggedToken[], i: number): number {
  let j = i - 1;
  if (tokens[j]?.pos !== 'ADV') return j;
  while (j >= 0 && (tokens[j]!.pos === 'ADV' || ((tokens[j]!.text === ',' || tokens[j]!.pos === 'CCONJ') && tokens[j - 1]?.pos === 'ADV'))) j -= 1;
  // "crime, politically … supported": a comma may set the adverbs off from their noun.
  return tokens[j]?.text === ',' ? j - 1 : j;
}

export function verbUse(tokens: readonly TaggedToken[], i: number): VerbUse {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before) return t.lower.endsWith('ing') || t.lower.endsWith('ed') ? 'modifier' : 'predicate';
  // "Resolution 2375, which caps …": a verb right after a relative pronoun heads its clause.
  if (RELATIVE.has(before.lower) && before.lower !== 'whose') return 'predicate';
  if (before.pos === 'DET' || before.pos === 'ADJ' || POSSESSIVE.has(before.lower) || before.lower === "'s" || before.lower === '’s') return 'modifier';
  // "in a televised address": an uninflected word after an article and a participle is the noun it modifies.
  if (before.pos === 'VERB' && before.lower.endsWith('ed') && ARTICLES.has(tokens[i - 2]?.lower ?? '') && t.lemma === t.lower) return 'modifier';
  if (GERUND_PREPS.has(before.lower) && t.lower.endsWith('ing')) return 'gerund';
  if (before.pos === 'ADP' && before.lower !== 'to') return 'modifier';
  // "expressed hopes", "says talks": an -s form right after a verb is its object noun.
  if (before.pos === 'VERB' && /[^s]s$/.test(t.lower) && t.lemma !== t.lower) return 'modifier';
  // Irregular participles too ("memos sent by", "talks held in"): an inflected form not in -s or -ing.
  const participle = !PAST_ONLY.has(t.lower) && (t.lower.endsWith('ed') || t.lower.endsWith('en') || (t.lemma !== t.lower && !/(?:s|ing)$/.test(t.lower)));
  // "abandon improved relations", "wants expanded ties": a participle between a verb and its object is an adjective.
  if (participle && before.pos === 'VERB' && (after?.pos === 'ADJ' || after?.pos === 'NOUN')) return 'modifier';
  // "crime, financially and logistically supported by Belgrade": adverbs may stand between the noun and its participle.
  const noun = tokens[pastAdverbs(tokens, i)];
  if (participle && (noun?.pos === 'NOUN' || noun?.pos === 'PROPN' || noun?.pos === 'PRON') && after?.lower === 'by') return 'reduced-passive';
  if (participle && before.pos === 'NOUN' && (after?.pos === 'ADP' && after.lower !== 'by')) return 'modifier';
  if (t.lower.endsWith('ing') && before.pos === 'NOUN' && after && after.pos !== 'ADP' && after.pos !== 'PUNCT') return 'participle';
  // "issued a statement, calling Trump …": an -ing clause after a comma adds to the clause before
  // it, whose subject it shares (a free adjunct), when it has an object or complement of its own.
  if (t.lower.endsWith('ing') && before.text === ',' && i > 1 && after && (after.pos === 'DET' || after.pos === 'PROPN' || after.pos === 'PRON' || after.lower === 'that')) return 'participle';
  if (t.lower.endsWith('ing') && before.pos !== 'AUX' && before.lower !== 'to' && !isRelative(before)) return 'modifier';
  return 'predicate';
}
