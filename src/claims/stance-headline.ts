// Headlines in title case ("Senator Slams Corrupt Regime Over Failed Policy"): the tagger reads
// every capitalised word as a name and the stance reading skips capitalised words as names, so a
// headline's evaluations are lost. A title-case sentence is tagged again with its evaluative
// words in lower case; the characters keep their places, so spans and target ranges stay valid.
import { tagSentence, type TaggedToken } from '../events/tag-sentence.js';
import type { StanceLexicon } from './lexicon-index.js';
import { lookupForm, startsPhrase } from './lexicon-index.js';
import type { TokenRange } from './stance-chunks.js';

/** At least this many content words of four letters or more, every one capitalised. */
const MIN_WORDS = 4;
// Headlines may keep short function words in lower case ("Lynch to Step Back from Probe").
const FUNCTION = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'PRON', 'AUX']);

const WORD = /^\p{L}{4,}/u;
const CAPITALISED = /^\p{Lu}/u;

/** Whether the sentence is written in title case (a headline), not merely full of names. */
export function isTitleCase(tokens: readonly TaggedToken[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (!WORD.test(t.text) || FUNCTION.has(t.pos)) continue;
    // One content word in lower case: a sentence that names many people, not a headline.
    if (!CAPITALISED.test(t.text)) return false;
    words += 1;
  }
  return words >= MIN_WORDS;
}

/**
 * The tokens of a title-case sentence tagged again with the words the lexicon knows in lower case
 * (targets keep their case); the tokens as given when the sentence is not in title case or the
 * new tagging does not split it the same way.
 */
export function untitledTokens(tokens: readonly TaggedToken[], targets: readonly TokenRange[], lex: StanceLexicon): readonly TaggedToken[] {
  if (!tokens.length || !isTitleCase(tokens)) return tokens;
  const base = tokens[0]!.start;
  const chars = Array.from({ length: tokens[tokens.length - 1]!.end - base }, () => ' ');
  const inTarget = (i: number): boolean => targets.some((r) => i >= r.from && i < r.to);
  let changed = false;
  tokens.forEach((t, i) => {
    const lower = t.text.toLowerCase();
    const known = !inTarget(i) && CAPITALISED.test(t.text) && lower.length === t.text.length
      && (lookupForm(lex, lower) !== undefined || startsPhrase(lex, lower) || t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'CCONJ');
    if (known) changed = true;
    const text = known ? lower : t.text;
    for (let k = 0; k < text.length && t.start - base + k < chars.length; k += 1) chars[t.start - base + k] = text[k]!;
  });
  if (!changed) return tokens;
  const body = chars.join('');
  const again = tagSentence(body, { start: 0, end: body.length });
  if (again.length !== tokens.length || again.some((t, i) => t.start + base !== tokens[i]!.start || t.end + base !== tokens[i]!.end)) return tokens;
  return again.map((t, i) => {
    const placed = { ...t, start: t.start + base, end: t.end + base };
    const verb = headlineVerb(again, i, lex);
    return verb ? { ...placed, pos: verb.pos, lemma: verb.lemma } : placed;
  });
}

const VERB_KINDS = new Set(['action', 'judgement', 'shifter']);

/**
 * "Senator slams regime": headlines put a verb in -s right after a name, which the tagger takes
 * for a plural noun. Such a word the lexicon lists as an act becomes the verb.
 */
function headlineVerb(tokens: readonly TaggedToken[], i: number, lex: StanceLexicon): TaggedToken | null {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (t.pos !== 'NOUN' || !t.lower.endsWith('s') || before?.pos !== 'PROPN') return null;
  const found = lookupForm(lex, t.lower);
  if (!found || found.form === t.lower) return null;
  const act = found.entries.some((e) => e.pos === 'verb' || (e.pos === undefined && e.kind !== undefined && VERB_KINDS.has(e.kind)));
  return act ? { ...t, pos: 'VERB', lemma: found.form } : null;
}
