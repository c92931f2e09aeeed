// The evaluative words of a sentence and their weight where they stand: names are not
// evaluations, so-called and scare quotes make praise ironic, "little"/"least" deny the word.
import type { TaggedToken } from '../events/tag-sentence.js';
import type { Span } from '../model/span.js';
import { DOUBT } from './doubted-actors.js';
import type { StanceLexicon } from './lexicon-index.js';
import { matchLexicon, type LexiconHit } from './lexicon-match.js';
import { isQuoteMark, type Chunks } from './stance-chunks.js';

/** `factor`: irony and quotation; `weight`: the entry's weight times the factor. */
export interface Scored { readonly hit: LexiconHit; readonly factor: number; readonly weight: number }

/** A so-called or scare-quoted positive word is ironic; a negative one is distanced. */
const IRONIC = -0.5;
const DISTANCED = 0.5;
const DOUBTED = 0;
// "little progress", "no respect", "lack of trust": the quantity denies the noun.
const DENIERS = new Set(['no', 'little', 'few', 'zero', 'lack', 'lacks', 'lacked', 'lacking', 'absence', 'without', 'never', 'nor']);

/** Negation reverses: strongly for praise ("not qualified"), weakly for blame ("not aggressive" is faint praise). */
export const negate = (v: number): number => (v > 0 ? -0.7 * v : -0.3 * v);

/** Capitalised words inside a sentence (or opening a name at its start) are names ("Justice Department", "Peace Corps"), not evaluations. */
function nameWords(tokens: readonly TaggedToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let initial = true;
  tokens.forEach((t, i) => {
    // An initial word opens a name when a capitalised name follows it ("Democratic National Committee", "Great Britain").
    const next = tokens[i + 1];
    const opens = initial && next !== undefined && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
    if (/^\p{Lu}\p{Ll}/u.test(t.text) && (!initial || opens)) out[i] = 1;
    if (/\p{L}/u.test(t.text)) initial = false;
    if (isQuoteMark(t) || t.text === ':' || t.text === '(') initial = true;
  });
  return out;
}

/** Factor for so-called and scare quotes: "so-called “threat”", "“helping” Germany". */
function irony(tokens: readonly TaggedToken[], h: LexiconHit, weight: number): number {
  for (let j = h.from - 1, seen = 0; j >= 0 && seen < 3; j -= 1) {
    const t = tokens[j]!;
    if (isQuoteMark(t) || t.text === '-') continue;
    seen += 1;
    if (DOUBT.has(t.lower) || (t.lower === 'called' && tokens[j - 2]?.lower === 'so')) return weight > 0 ? IRONIC : DOUBTED;
  }
  let open = -1;
  for (let j = h.from - 1; j >= Math.max(0, h.from - 4); j -= 1) if (isQuoteMark(tokens[j])) { open = j; break; }
  if (open < 0) return 1;
  for (let j = h.to; j <= Math.min(tokens.length - 1, open + 5); j += 1) {
    if (isQuoteMark(tokens[j])) return weight > 0 ? IRONIC : DISTANCED;
  }
  return 1;
}

/** A noun denied by a quantifier before it in its phrase: "little progress", "lack of trust". */
function denied(tokens: readonly TaggedToken[], chunks: Chunks, h: LexiconHit): boolean {
  if (tokens[h.from]!.pos !== 'NOUN') return false;
  let j = h.from - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADJ' && chunks.at[j] === chunks.at[h.from]) j -= 1;
  if (tokens[j]?.lower === 'of') j -= 1;
  return DENIERS.has(tokens[j]?.lower ?? '');
}

/** "the least popular", "less credible": the degree word reverses an adjective or adverb. */
function lessened(tokens: readonly TaggedToken[], h: LexiconHit): boolean {
  const pos = tokens[h.from]!.pos;
  const before = tokens[h.from - 1]?.lower;
  return (pos === 'ADJ' || pos === 'ADV') && (before === 'least' || before === 'less');
}

/** The lexicon's words in `tokens` outside targets and names, each weighed in place (`weightAt`: how much its span counts). */
export function scoreHits(tokens: readonly TaggedToken[], chunks: Chunks, lex: StanceLexicon, weightAt?: (span: Span) => number): Scored[] {
  const names = nameWords(tokens);
  const hits = matchLexicon(tokens, lex, (i) => chunks.target[i]! < 0 && names[i] === 0);
  return hits.map((hit) => {
    const factor = irony(tokens, hit, hit.entry.weight || (hit.entry.patient ?? 0)) * (weightAt?.(hit.span) ?? 1);
    const weight = hit.entry.weight * factor;
    return { hit, factor, weight: denied(tokens, chunks, hit) || lessened(tokens, hit) ? negate(weight) : weight };
  });
}
