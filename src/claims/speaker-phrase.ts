// The token range of a speaker phrase, read leftwards from a cue ("the Russian side", "the head
// of the delegation", "China and Russia") or rightwards after one ("…," said Lavrov).
import type { LeftOfCue } from './left-of-cue.js';
import { mentionCovering, type PlacedMention } from './quote-mentions.js';
import {
  DETERMINERS, FIRST_PERSON, FREE_RELATIVE, isCapitalised, isWord, NEGATIONS, PHRASE_STOPS, PRONOUNS, type Token,
} from './quote-tokens.js';
import type { SpeechCues } from './speech-cues.js';

/** Token range [from, to] (inclusive) of a speaker phrase. */
export interface PhraseRange { readonly from: number; readonly to: number }

const MAX_PHRASE_WORDS = 8;
/** Prepositions inside a title ("Ambassador to the United States", "Representative in Geneva"). */
export const TITLE_PREPOSITIONS = new Set(['to', 'in', 'at']);

/** The speaker phrase ending at token `j`, read leftwards ("the Russian side", "the head of the delegation", "China and Russia"). */
export function phraseEndingAt(tokens: readonly Token[], j: number, mentions: readonly PlacedMention[], cues?: SpeechCues): LeftOfCue {
  // "Ambassador of Russia in Germany Sergei Nechayev": a capitalised title just left of "in"/"to" carries the phrase over it.
  const titleBefore = (k: number): boolean => {
    for (let i = k - 1; i >= 0 && i >= k - 4; i -= 1) {
      const t = tokens[i]!;
      if (t.kind !== 'word') return false;
      if (isCapitalised(t) && cues?.isSpeakerNoun(t.lower)) return true;
    }
    return false;
  };
  let from = j + 1;
  let words = 0;
  let k = j;
  while (k >= 0 && words < MAX_PHRASE_WORDS) {
    const t = tokens[k]!;
    const m = t.kind === 'word' ? mentionCovering(mentions, t.start) : undefined;
    if (m) { // a mention is one unit, whatever words it holds ("Lugan In the Republic of Skopje")
      while (k > 0 && tokens[k - 1]!.start >= m.start) k -= 1;
      from = k;
      words += 1;
      k -= 1;
      continue;
    }
    if (t.kind === 'mark') { from = k; k -= 1; continue; }
    if (t.kind === 'punct') break;
    const prev = tokens[k - 1];
    if (t.lower === 'of' && isWord(prev) && !PHRASE_STOPS.has(prev.lower) && from <= j) { from = k; k -= 1; continue; }
    if (t.lower === 'and') { // "China and Russia said", "Britain and ten other countries had warned": a mention before "and"
      if (!prev || from > j || !mentionCovering(mentions, prev.start)) break;
      from = k;
      k -= 1;
      continue;
    }
    if (TITLE_PREPOSITIONS.has(t.lower) && from <= j && titleBefore(k)) { from = k; k -= 1; continue; }
    if (PHRASE_STOPS.has(t.lower) || FREE_RELATIVE.has(t.lower) || NEGATIONS.has(t.lower)) break;
    if (PRONOUNS.has(t.lower) || FIRST_PERSON.has(t.lower)) {
      if (from > j) from = k; // a pronoun is a whole phrase, never part of one
      k -= 1;
      break;
    }
    from = k;
    words += 1;
    k -= 1;
    if (DETERMINERS.has(t.lower)) { // a determiner opens the phrase, unless "the head of" or "Ambassador to the …" goes on
      if (tokens[k]?.lower === 'of' || (TITLE_PREPOSITIONS.has(tokens[k]?.lower ?? '') && titleBefore(k))) continue;
      break;
    }
  }
  const trimmedRange = trimMarks(tokens, from, j);
  if (!trimmedRange) return { kind: 'none' };
  const range = withoutTimeLead(tokens, trimmedRange, mentions);
  return { kind: 'phrase', range, before: tokens[range.from - 1] };
}

// Month names too ("In July Biden said"), but not "may", which is also a modal and a surname.
const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'morning', 'evening', 'night', 'afternoon', 'time', 'weekend', 'hour', 'minute',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july',
  'august', 'september', 'october', 'november', 'december']);

/** "The same day President Maduro", "In July Biden": a time phrase glued before the speaker is not part of it. */
function withoutTimeLead(tokens: readonly Token[], range: PhraseRange, mentions: readonly PlacedMention[]): PhraseRange {
  for (let i = range.from; i <= range.to; i += 1) {
    const t = tokens[i]!;
    if (t.kind === 'word' && mentionCovering(mentions, t.start)) {
      const lead = tokens.slice(range.from, i);
      return lead.some((w) => TIME_NOUNS.has(w.lower) || TIME_NOUNS.has(w.lower.replace(/s$/, ''))) ? { from: i, to: range.to } : range;
    }
  }
  return range;
}

/** Drops marks at the phrase's edges, keeping a closing one that pairs a mark inside (French "Le Monde"). */
function trimMarks(tokens: readonly Token[], from: number, to: number): PhraseRange | null {
  let a = from;
  let b = to;
  while (a <= b && tokens[a]!.kind === 'mark') a += 1;
  while (b >= a && tokens[b]!.kind === 'mark') b -= 1;
  if (a > b) return null;
  let inner = 0;
  for (let i = a; i <= b; i += 1) if (tokens[i]!.kind === 'mark') inner += 1;
  if (inner % 2 === 1 && b < to) b += 1;
  return { from: a, to: b };
}

/** The speaker phrase right after a cue ("…," said Lavrov; "according to a statement by the Kremlin"); `loose` lets it run over prepositions. */
export function phraseAfter(tokens: readonly Token[], from: number, mentions: readonly PlacedMention[], loose: boolean): PhraseRange | null {
  let to = from - 1;
  let words = 0;
  const max = loose ? 14 : MAX_PHRASE_WORDS;
  for (let k = from; k < tokens.length && words < max; k += 1) {
    const t = tokens[k]!;
    const m = t.kind === 'word' ? mentionCovering(mentions, t.start) : undefined;
    if (m) {
      while (k + 1 < tokens.length && tokens[k + 1]!.end <= m.end) k += 1;
      to = k;
      words += 1;
      continue;
    }
    if (t.kind === 'mark') { to = k; continue; }
    if (t.kind === 'punct') break;
    const stop = loose ? ['that', 'which', 'who', 'whom', 'and', 'but'].includes(t.lower) : PHRASE_STOPS.has(t.lower) && t.lower !== 'of';
    if (stop) break;
    to = k;
    words += 1;
  }
  return to >= from ? trimMarks(tokens, from, to) : null;
}
