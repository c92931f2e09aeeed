// Document tone, GDELT-like: (positive − negative evaluative words) per 100 words, from a plain
// lexicon count over the words of the text — no tagging, no structure, no negation, as GDELT's
// own tone is computed. Only lexicon entries that hold for every part of speech are counted, since
// untagged words cannot tell "force" the verb from "forces" the troops.
import type { Span } from '../model/span.js';
import { lookupForm, startsPhrase, type StanceLexicon } from './lexicon-index.js';
import { matchLexicon, type LexiconHit, type MatchToken } from './lexicon-match.js';

export interface ToneCount {
  /** −100…100, rounded to two decimals. */
  readonly tone: number;
  readonly words: number;
  readonly positive: number;
  readonly negative: number;
  /** The evaluative words counted, in text order. */
  readonly hits: readonly LexiconHit[];
  /** Start offsets of every word the lexicon lists for some part of speech or as a phrase's first word: where stance can be found. */
  readonly candidates: readonly number[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const OPENERS = /[.!?:;"“‘(\n]\s*$/;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** Words of `text` in `span` (all of it by default), with capitalised words inside a sentence marked as names. */
export function plainWords(text: string, span: Span = { start: 0, end: text.length }): { words: MatchToken[]; names: Uint8Array } {
  const words: MatchToken[] = [];
  const flags: number[] = [];
  const body = text.slice(span.start, span.end);
  for (const m of body.matchAll(WORD)) {
    const start = span.start + m.index;
    const lower = m[0].toLowerCase();
    words.push({ start, end: start + m[0].length, text: m[0], lower, lemma: lower, pos: null });
    // A capitalised word that does not open a sentence is part of a name ("Peace Corps"); only a
    // capitalised word needs the look back (most words are not).
    const name = CAPITALISED.test(m[0]) && m.index !== 0 && !OPENERS.test(body.slice(Math.max(0, m.index - 3), m.index));
    flags.push(name ? 1 : 0);
  }
  return { words, names: Uint8Array.from(flags) };
}

export function countTone(text: string, lex: StanceLexicon, span?: Span): ToneCount {
  const { words, names } = plainWords(text, span);
  const hits = matchLexicon(words, lex, (i) => names[i] === 0).filter((h) => h.entry.weight !== 0);
  const positive = hits.filter((h) => h.entry.weight > 0).length;
  const negative = hits.length - positive;
  const raw = words.length ? (100 * (positive - negative)) / words.length : 0;
  const candidates = words.filter((w) => lookupForm(lex, w.lower) || startsPhrase(lex, w.lower)).map((w) => w.start);
  return { tone: Math.round(Math.max(-100, Math.min(100, raw)) * 100) / 100, words: words.length, positive, negative, hits, candidates };
}
