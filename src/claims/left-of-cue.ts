// What stands left of a cue verb: its speaker phrase (over adverbs, dates, asides and inserted
// clauses), the sentence's subject (", saying", "and said"), or a comma of its own.
import { mentionCovering, mentionsWithin, type PlacedMention } from './quote-mentions.js';
import { BETWEEN, isWord, MODALS, NEGATIONS, NOUN_MARKERS, PASSIVE, PREPOSITIONS, type Token } from './quote-tokens.js';
import { phraseEndingAt, type PhraseRange } from './speaker-phrase.js';
import type { SpeechCues } from './speech-cues.js';

/** What stands before a cue: a speaker phrase, the sentence's subject (", saying", "and said"), a comma ("…, said Lavrov"), or nothing usable. */
export type LeftOfCue =
  | { readonly kind: 'phrase'; readonly range: PhraseRange; readonly before: Token | undefined }
  | { readonly kind: 'subject' }
  | { readonly kind: 'comma' }
  | { readonly kind: 'none' };

const NOT_ADVERBS = new Set(['ally', 'family', 'rally', 'assembly', 'reply', 'supply', 'daily', 'weekly', 'monthly', 'anomaly', 'monopoly', 'italy', 'july', 'only', 'early']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const isAdverb = (t: Token): boolean => BETWEEN.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.text) && !NOT_ADVERBS.has(t.lower));
const SETTING_PREPOSITIONS = new Set(['on', 'in', 'at']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'am']);
/** Verbs that govern a speech verb the subject still performs: "hurried to explain", "chose to stress". */
const GOVERNING_VERBS = new Set(['hurried', 'hastened', 'rushed', 'continued', 'continues', 'chose', 'decided', 'tried', 'sought', 'moved']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A date set off by commas before token `comma` (", 25 January,"): the index of its opening comma, else null. */
function dateAsideStart(tokens: readonly Token[], comma: number): number | null {
  let k = comma - 1;
  let words = 0;
  while (k >= 0 && tokens[k]!.kind === 'word' && (MONTHS.has(tokens[k]!.lower) || WEEKDAYS.has(tokens[k]!.lower) || /^\d{1,4}(?:st|nd|rd|th)?$/.test(tokens[k]!.lower))) {
    k -= 1;
    words += 1;
  }
  return words > 0 && words <= 3 && tokens[k]?.text === ',' ? k : null;
}

/** Reads what stands left of the cue at token `cue` (adverbs and "has" skipped); a participle's comma is its own (", saying"). */
export function leftOfCue(tokens: readonly Token[], cue: number, mentions: readonly PlacedMention[], cues: SpeechCues, participle = false): LeftOfCue {
  let j = cue - 1;
  for (;;) {
    const t = tokens[j];
    if (isWord(t) && isAdverb(t)) j -= 1;
    else if (isWord(t) && WEEKDAYS.has(t.lower) && SETTING_PREPOSITIONS.has(tokens[j - 1]?.lower ?? '')) j -= 2; // "Putin on Tuesday said"
    else if (isWord(t) && BE_FORMS.has(t.lower) && /ing$/.test(tokens[cue]?.lower ?? '')) j -= 1; // "he was complaining that"
    // "the ministry hurried to explain that": a governing verb before "to" leaves the subject in front.
    else if (t?.lower === 'to' && isWord(tokens[j - 1]) && GOVERNING_VERBS.has(tokens[j - 1]!.lower)) j -= 2;
    else if (t?.text === ',' && dateAsideStart(tokens, j) !== null) j = dateAsideStart(tokens, j)! - 1; // "Scholz on Wednesday, 25 January, announced"
    else break;
  }
  const w = tokens[j];
  if (!w) return { kind: 'none' };
  if (w.kind === 'mark' && tokens[j - 1]?.text === ',') return { kind: 'comma' }; // “…,” adding that …
  if (w.kind === 'punct') return w.text !== ',' ? { kind: 'none' } : participle ? { kind: 'comma' } : besideComma(tokens, j, mentions, cues);
  if (w.lower === 'and') return { kind: 'subject' };
  if (w.kind === 'word' && (NEGATIONS.has(w.lower) || MODALS.has(w.lower) || PASSIVE.has(w.lower) || NOUN_MARKERS.has(w.lower))) return { kind: 'none' };
  if (/'s$/.test(w.lower) && !mentionCovering(mentions, w.start)) return { kind: 'none' }; // "Moscow's claims": a noun
  if (w.lower === 'who') { // "Lavrov, who said that …": the antecedent speaks
    const k = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
    return k >= 0 ? phraseEndingAt(tokens, k, mentions, cues) : { kind: 'none' };
  }
  return phraseEndingAt(tokens, j, mentions, cues);
}

/** How far back a relative clause or apposition between a speaker and its verb is looked for. */
const MAX_INSERT_TOKENS = 14;
const RELATIVES = new Set(['which', 'who', 'whose']);
const MAX_ASIDE_WORDS = 12;

/**
 * A comma right before the cue: "The Turkish side, which mediated the deal, believes …" and
 * "Lavrov, the Russian foreign minister, said …" have their speaker before the inserted clause;
 * otherwise it is a comma of its own (", saying", "…, said Lavrov").
 */
function besideComma(tokens: readonly Token[], comma: number, mentions: readonly PlacedMention[], cues: SpeechCues): LeftOfCue {
  for (let k = comma - 1; k >= 0 && k >= comma - MAX_INSERT_TOKENS; k -= 1) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== ',') break;
    if (t.text !== ',' || k === 0) continue;
    const opener = tokens[k + 1]!;
    // "Rutte went further and, speaking about …, said": the aside sits between "and" and its verb.
    if (tokens[k - 1]?.lower === 'and' && (/ing$/.test(opener.lower) || PREPOSITIONS.has(opener.lower))) return { kind: 'subject' };
    const before = phraseEndingAt(tokens, k - 1, mentions, cues);
    if (before.kind !== 'phrase') break;
    if (RELATIVES.has(opener.lower)) return before;
    // An apposition or a short aside: "Tokayev, as the host, said", "Chen Binhua, spokesperson of the Taiwan Affairs Office, said".
    const inserted = tokens.slice(k + 1, comma);
    if (inserted.length > MAX_ASIDE_WORDS || !inserted.every((w) => w.kind === 'word')) break;
    const beforeSpan = { start: tokens[before.range.from]!.start, end: tokens[before.range.to]!.end };
    if (mentionsWithin(mentions, beforeSpan).length > 0) return before;
    const titled = [...inserted, ...tokens.slice(before.range.from, before.range.to + 1)].some((w) => cues.isSpeakerNoun(w.lower));
    // A name with its title: the phrase runs over the title, whose mentions say whom the person speaks for.
    if (titled) return { kind: 'phrase', range: { from: before.range.from, to: comma - 1 }, before: before.before };
    break;
  }
  return { kind: 'comma' };
}
