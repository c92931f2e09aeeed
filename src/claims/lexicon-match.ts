// Finds the lexicon's words and phrases in a run of tokens: tagged tokens of a sentence for
// stance, or plain words of the whole text for tone. Phrases win over the single words they
// contain, longest first; hyphens between a phrase's words are skipped ("win-win").
import type { Span } from '../model/span.js';
import { entryFor, lookupForm, type LexiconWord, type StanceLexicon } from './lexicon-index.js';
import type { LexiconPos } from './lexicon-schema.js';

export interface MatchToken extends Span {
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  /** Universal POS tag; null for untagged words. */
  readonly pos: string | null;
}

export interface LexiconHit {
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly entry: LexiconWord;
  readonly span: Span;
}

const POS: Readonly<Record<string, LexiconPos>> = { VERB: 'verb', AUX: 'verb', NOUN: 'noun', PROPN: 'noun', ADJ: 'adj', ADV: 'adv' };
/** Tags whose words are never evaluative here ("like" as a preposition, "no" as a determiner). */
const CLOSED = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'PUNCT', 'SYM', 'AUX']);

// Adverbs that only intensify ("strongly condemned", "greatly improved"): not the evaluation of their adjective.
const INTENSIFIERS = new Set(['greatly', 'strongly', 'firmly', 'deeply', 'highly', 'closely', 'truly', 'fully', 'largely', 'heavily',
  'widely', 'sharply', 'seriously', 'extremely', 'terribly', 'awfully', 'incredibly', 'remarkably', 'exceptionally', 'particularly',
  'especially', 'absolutely', 'perfectly', 'clearly', 'surely', 'purely', 'rightly', 'badly', 'hardly', 'really', 'steadily', 'openly', 'greater']);

export const lexiconPos = (tag: string | null): LexiconPos | null => (tag === null ? null : POS[tag] ?? null);

/** A phrase's word in the text: as written, as lemmatised, or regularly inflected. */
function sameWord(t: MatchToken, w: string): boolean {
  const f = t.lower;
  if (f === w || t.lemma === w) return true;
  if (!f.startsWith(w.slice(0, Math.max(1, w.length - 1)))) return false;
  const stem = w.endsWith('e') ? w.slice(0, -1) : w;
  const y = w.endsWith('y') ? w.slice(0, -1) : null;
  return f === `${w}s` || f === `${w}es` || f === `${w}d` || f === `${w}ed` || f === `${stem}ing` || f === `${stem}ed`
    || (y !== null && (f === `${y}ies` || f === `${y}ied`));
}

const isHyphen = (t: MatchToken): boolean => t.text === '-' || t.text === '‐' || t.text === '–';

/** Token index after `phrase` matched from `i`, or -1. */
function matchPhrase(tokens: readonly MatchToken[], i: number, phrase: LexiconWord, usable: (i: number) => boolean): number {
  let j = i;
  for (let k = 0; k < phrase.words.length; k += 1) {
    if (k > 0 && tokens[j] && isHyphen(tokens[j]!) && j + 1 < tokens.length) j += 1;
    const t = tokens[j];
    if (!t || !usable(j) || !sameWord(t, phrase.words[k]!)) return -1;
    j += 1;
  }
  return j;
}

/** The single-word entry a token carries, given its tag. */
function wordEntry(lex: StanceLexicon, t: MatchToken): LexiconWord | undefined {
  if ((t.pos !== null && CLOSED.has(t.pos)) || INTENSIFIERS.has(t.lower)) return undefined;
  const found = lookupForm(lex, t.lower) ?? (t.lemma !== t.lower ? lookupForm(lex, t.lemma) : undefined);
  if (!found) return undefined;
  // Untagged words (document tone) count only the entries that hold for every part of speech.
  if (t.pos === null) return found.entries.find((e) => e.pos === undefined);
  const pos = lexiconPos(t.pos);
  const entry = entryFor(found.entries, pos);
  if (entry.pos === undefined || entry.pos === pos) return entry;
  // A participle listed as an adjective by its own form ("qualified", "isolated"); an adverb made from an adjective ("brutally").
  if (entry.pos === 'adj' && pos === 'verb' && found.form === t.lower) return entry;
  return entry.pos === 'adj' && pos === 'adv' && t.lower.endsWith('ly') && found.form !== t.lower ? entry : undefined;
}

/** The first (longest) phrase starting with `first` that matches from `i`, and the token index after it. */
function phraseAt(tokens: readonly MatchToken[], i: number, first: string, lex: StanceLexicon, usable: (i: number) => boolean): { phrase: LexiconWord; end: number } | null {
  const phrases = lex.phrases(first);
  if (!phrases) return null;
  for (const phrase of phrases) {
    const end = matchPhrase(tokens, i, phrase, usable);
    if (end >= 0) return { phrase, end };
  }
  return null;
}

/** Every hit in `tokens`; `usable(i)` excludes tokens (an actor's own name, a capitalised name). */
export function matchLexicon(tokens: readonly MatchToken[], lex: StanceLexicon, usable: (i: number) => boolean): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!usable(i)) continue;
    const t = tokens[i]!;
    // The surface form's phrases first, then the lemma's ("stood by" → "stand by").
    const found = phraseAt(tokens, i, t.lower, lex, usable) ?? (t.lemma === t.lower ? null : phraseAt(tokens, i, t.lemma, lex, usable));
    if (found) {
      hits.push({ from: i, to: found.end, entry: found.phrase, span: { start: t.start, end: tokens[found.end - 1]!.end } });
      i = found.end - 1;
      continue;
    }
    const entry = wordEntry(lex, t);
    if (entry) hits.push({ from: i, to: i + 1, entry, span: { start: t.start, end: t.end } });
  }
  return hits;
}
