// Where the reported content after a cue starts: a clause after "that", a colon or comma (or right
// away for `clause` cues), a characterisation's object, else one of the verb's other complements.
import type { QuoteScene } from './quote-scene.js';
import { CONJUNCTIONS, isWord, NOT_CONTENT_START, OBJECT_WORDS, PHRASE_STOPS, PREPOSITIONS, TIME_WORDS, type Token } from './quote-tokens.js';
import { complementStart } from './speech-complement.js';
import { cueAt, type CueMatch } from './speech-cue-match.js';

/** "that" may come this many words after a `that` cue ("told RIA Novosti on Friday that"). */
const MAX_OBJECT_WORDS = 5;
/** How far after a characterising verb its link ("as", "of") or quoted complement may come. */
const MAX_LINK_DISTANCE = 8;
const MAX_BARE_OBJECT_WORDS = 3;
const OBJECT_FOLLOWERS = new Set(['and', 'but', 'to', 'in', 'at', 'on', 'when', 'because', 'as', 'for']);

/** A characterisation's content is its object and complement: "described the strikes as …", "called the draft “…”". */
function objectStart(tokens: readonly Token[], cue: CueMatch): number | null {
  const first = tokens[cue.to + 1];
  if (!isWord(first) || PREPOSITIONS.has(first.lower)) return null; // "called for", "called on"
  let bare = true; // the object so far is a plain short phrase
  for (let j = cue.to + 2; j < tokens.length && j <= cue.to + 1 + MAX_LINK_DISTANCE; j += 1) {
    const t = tokens[j]!;
    if (t.kind === 'word' && cue.form.links.includes(t.lower)) return cue.to + 1; // "accused Damascus and Moscow of …"
    // A quoted complement right after a short object: "called the draft “divorced from reality”".
    if (t.kind === 'mark') return bare && j - cue.to - 1 <= MAX_BARE_OBJECT_WORDS ? cue.to + 1 : null;
    if (t.kind === 'punct') return null;
    if (PHRASE_STOPS.has(t.lower)) bare = false;
  }
  return null;
}

/** Where the reported content after a cue starts: a clause, else one of the verb's other complements ("urged X to …"). */
export function contentStart(scene: QuoteScene, tokens: readonly Token[], cue: CueMatch): number | null {
  return (cue.form.takes === 'quote' ? null : clauseStart(scene, tokens, cue)) ?? complementStart(tokens, cue);
}

/** Where the reported clause after a cue starts: after "that", a colon or comma, or (for `clause` cues) right away. */
export function clauseStart(scene: QuoteScene, tokens: readonly Token[], cue: CueMatch): number | null {
  if (cue.form.takes === 'object') return objectStart(tokens, cue);
  let k = cue.to + 1;
  let introduced = false;
  // "said frankly that", "stressed many times that": an adverbial between the cue and "that".
  for (let j = k; j < tokens.length && j <= k + 3 && isWord(tokens[j]) && isAdverbial(tokens[j]!); j += 1) {
    if (tokens[j + 1]?.lower === 'that') { k = j + 1; break; }
  }
  if (tokens[k]?.text === ',' || tokens[k]?.text === ':') {
    k += 1;
    introduced = true;
    // "reported, citing diplomats, that …": an aside before "that".
    for (let j = k; j < tokens.length && j <= k + MAX_OBJECT_WORDS; j += 1) {
      if (tokens[j]!.text === ',' && tokens[j + 1]?.lower === 'that') { k = j + 1; break; }
      if (tokens[j]!.kind !== 'word') break;
    }
  }
  if (tokens[k]?.lower === 'that') {
    k += 1;
    introduced = true;
    if (tokens[k]?.text === ',') k += 1; // "said that, with the mediation of …, an agreement"
  }
  else if (!introduced) {
    const first = tokens[k];
    const settingFirst = isWord(first) && (PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower));
    // "claimed he had left": a pronoun that can only be a subject opens a clause, "that" or not.
    if (isWord(first) && NOMINATIVE.has(first.text)) introduced = true;
    else if (cue.form.takes === 'that' || settingFirst) {
      let found = -1;
      for (let j = k; j < tokens.length && j <= k + MAX_OBJECT_WORDS && found < 0; j += 1) {
        const t = tokens[j]!;
        if (t.lower === 'that' || (settingFirst && t.text === ',')) found = j;
        else if (t.kind !== 'word') break;
      }
      if (found >= 0) { k = found + 1; introduced = true; }
      else if (cue.form.takes === 'that' || (settingFirst && PREPOSITIONS.has(first.lower))) return null; // "insists on becoming …"
    }
  }
  const first = tokens[k];
  if (!first) return null;
  if (first.kind === 'word' && CONJUNCTIONS.has(first.lower)) return null;
  if (cueAt(tokens, k, scene.cues, scene.mentions)) return null; // "responded, saying that …": the next cue's content
  if (first.kind === 'word' && !introduced && NOT_CONTENT_START.has(first.lower)) return null; // "said to be", "warned of"
  if (first.kind === 'word' && OBJECT_WORDS.has(first.lower)) { // "said this, and …": an object, not a clause
    const next = tokens[k + 1];
    if (!next || next.kind !== 'word' || OBJECT_FOLLOWERS.has(next.lower)) return null;
  }
  return k;
}

/** Pronouns that are never objects (case-sensitive: "I", not "i"). */
const NOMINATIVE = new Set(['I', 'he', 'she', 'we', 'they', 'He', 'She', 'We', 'They']);
const ADVERBIALS = new Set(['many', 'several', 'times', 'again', 'once', 'also', 'repeatedly', 'earlier', 'later', 'today', 'yesterday']);
const isAdverbial = (t: Token): boolean => ADVERBIALS.has(t.lower) || /^[a-z]{3,}ly$/.test(t.text);
