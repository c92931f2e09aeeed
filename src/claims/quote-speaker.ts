// Who speaks: the speaker phrase before a cue ("Belarusian President Lukashenko also bluntly
// said", "French \"Le Monde\" once accused", "the Russian side stated") and the actor it names,
// taken from the actors layer's mentions. A phrase that names no known actor still gives the
// speaker as written ("a senior official", speaker null).
import type { ActorRef } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { mentionCovering, mentionsWithin, type PlacedMention } from './quote-mentions.js';
import {
  BETWEEN, DETERMINERS, FIRST_PERSON, FREE_RELATIVE, isCapitalised, isWord, MODALS, NEGATIONS, NOUN_MARKERS, PASSIVE,
  PHRASE_STOPS, PREPOSITIONS, PRONOUNS, TIME_WORDS, type Token,
} from './quote-tokens.js';
import type { QuoteScene } from './quote-scene.js';
import { cueEndingAt, type CueMatch } from './speech-cue-match.js';
import type { SpeechCues } from './speech-cues.js';

export interface Speaker {
  readonly speaker: ActorRef | null;
  readonly speakerText: string;
  readonly speakerSpan: Span;
}

/** Token range [from, to] (inclusive) of a speaker phrase. */
export interface PhraseRange { readonly from: number; readonly to: number }

/** What stands before a cue: a speaker phrase, the sentence's subject (", saying", "and said"), a comma ("…, said Lavrov"), or nothing usable. */
export type LeftOfCue =
  | { readonly kind: 'phrase'; readonly range: PhraseRange; readonly before: Token | undefined }
  | { readonly kind: 'subject' }
  | { readonly kind: 'comma' }
  | { readonly kind: 'none' };

const NOT_ADVERBS = new Set(['ally', 'family', 'rally', 'assembly', 'reply', 'supply', 'daily', 'weekly', 'monthly', 'anomaly', 'monopoly', 'italy', 'july', 'only', 'early']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const isAdverb = (t: Token): boolean => BETWEEN.has(t.lower) || (/^[a-z]{3,}ly$/.test(t.text) && !NOT_ADVERBS.has(t.lower));
const MAX_PHRASE_WORDS = 8;
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
/** Prepositions inside a title ("Ambassador to the United States", "Representative in Geneva"). */
const TITLE_PREPOSITIONS = new Set(['to', 'in', 'at']);

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

const TIME_NOUNS = new Set(['day', 'week', 'month', 'year', 'morning', 'evening', 'night', 'afternoon', 'time', 'weekend', 'hour', 'minute',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** "The same day President Maduro": a time phrase glued before the speaker is not part of it. */
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

/** Whether a phrase can be a speaker: it names an actor, is a pronoun, a proper name, or a speaker noun. */
export function isSpeakerPhrase(tokens: readonly Token[], range: PhraseRange, mentions: readonly PlacedMention[], cues: SpeechCues, strict = false): boolean {
  const words = tokens.slice(range.from, range.to + 1).filter(isWord);
  if (words.length === 0) return false;
  if (words.length === 1 && FIRST_PERSON.has(words[0]!.lower)) return false; // the author's own voice is no quote
  const span = { start: tokens[range.from]!.start, end: tokens[range.to]!.end };
  if (mentionsWithin(mentions, span).length) return true;
  if (words.some((w) => cues.isSpeakerNoun(w.lower))) return true;
  if (strict) return false;
  if (words.length === 1 && PRONOUNS.has(words[0]!.lower)) return true;
  return words.some((w) => isCapitalised(w) && !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower));
}

/** The speaker a phrase names: its head mention (the last one; the first of "X and Y"), or none. */
export function resolveSpeaker(text: string, tokens: readonly Token[], range: PhraseRange, mentions: readonly PlacedMention[]): Speaker {
  const span = { start: tokens[range.from]!.start, end: tokens[range.to]!.end };
  const phrase = tokens.slice(range.from, range.to + 1);
  const inside = mentionsWithin(mentions, span).filter((m) => {
    // "Blue House spokesman Kim Eui-kyeom": a person mention followed by more of a name matched only part of it.
    const next = phrase.find((t) => t.start >= m.end);
    if (next && next.start === m.end + 1 && next.kind === 'word' && isCapitalised(next) && m.actors.every((a) => a.id.startsWith('person:'))) return false;
    // "Ambassador to the United States …": where a speaker is posted is not whom they speak for.
    let p = phrase.findIndex((t) => t.start >= m.start) - 1;
    while (p >= 0 && DETERMINERS.has(phrase[p]!.lower)) p -= 1;
    return !(p >= 0 && TITLE_PREPOSITIONS.has(phrase[p]!.lower));
  });
  const compound = tokens.slice(range.from, range.to + 1).some((t) => t.lower === 'and');
  const head = compound ? inside[0] : inside.reduce<PlacedMention | undefined>((best, m) => (!best || m.start >= best.end ? m : best), undefined);
  return { speaker: head?.actors[0] ?? null, speakerText: text.slice(span.start, span.end), speakerSpan: span };
}

/** The sentence's subject, for ", saying …" and "… and stated …": its first actor not governed by a preposition or possessive. */
export function subjectBefore(text: string, tokens: readonly Token[], cue: number, mentions: readonly PlacedMention[], of?: ActorRef): Speaker | null {
  for (let i = 0; i < cue; i += 1) {
    const t = tokens[i]!;
    const m = t.kind === 'word' ? mentionCovering(mentions, t.start) : undefined;
    if (!of && t.kind === 'word' && !m && (t.lower === 'he' || t.lower === 'she')) { // "he attacked Spain … and threatened"
      return { speaker: null, speakerText: t.text, speakerSpan: { start: t.start, end: t.end } };
    }
    if (!m || m.start !== t.start || (of && !m.actors.some((a) => a.id === of.id))) continue;
    let p = i - 1; // "At the UN Security Council": governed over its determiners
    while (isWord(tokens[p]) && DETERMINERS.has(tokens[p]!.lower)) p -= 1;
    const prev = tokens[p];
    const governed = isWord(prev) && (PREPOSITIONS.has(prev.lower) || prev.lower === 'of');
    if (governed || /['’]s$/.test(text.slice(m.start, m.end))) continue;
    return { speaker: m.actors[0] ?? null, speakerText: text.slice(m.start, m.end), speakerSpan: { start: m.start, end: m.end } };
  }
  return null;
}

/** How many words an opening setting ("Before the summit,") and an opening role phrase may have. */
const MAX_SETTING_TOKENS = 8;
const MAX_ROLE_WORDS = 4;

/**
 * The sentence's subject when it names a role the gazetteer does not know ("The president came out
 * … and said", "the CNSP spokesman … read a statement"): the words from the start (after an opening
 * setting ending in a comma) up to and including the first speaker noun before token `before`.
 */
export function openingRole(scene: QuoteScene, tokens: readonly Token[], before: number): Speaker | null {
  let i = 0;
  while (tokens[i]?.kind === 'mark') i += 1;
  const first = tokens[i];
  if (isWord(first) && (PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower))) {
    const comma = tokens.findIndex((t, j) => j > i && j <= i + MAX_SETTING_TOKENS && t.text === ',');
    if (comma < 0) return null;
    i = comma + 1;
  }
  for (let j = i; j < before && j < i + MAX_ROLE_WORDS; j += 1) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || (PHRASE_STOPS.has(t.lower) && t.lower !== 'of') || PRONOUNS.has(t.lower)) return null;
    if (!scene.cues.isSpeakerNoun(t.lower)) continue;
    // The person named right after the role is part of the phrase ("spokesman Colonel-Major Amadou Abdramane").
    let end = j;
    while (end + 1 < before && end < j + 3 && isWord(tokens[end + 1]) && isCapitalised(tokens[end + 1]!)) end += 1;
    const span = { start: tokens[i]!.start, end: tokens[end]!.end };
    return { speaker: null, speakerText: scene.text.slice(span.start, span.end), speakerSpan: span };
  }
  return null;
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

/** Who speaks at a cue verb: the phrase before it, the sentence's subject for ", saying" and "and said", or null when no speaker is readable. */
export function speakerForCue(scene: QuoteScene, tokens: readonly Token[], cue: CueMatch, lenient = false, depth = 0): Speaker | null {
  const { text, mentions } = scene;
  const left = leftOfCue(tokens, cue.from, mentions, scene.cues, cue.form.participle);
  const fromEvents = (): Speaker | null => {
    const ref = scene.eventSources.get(cue.span.start);
    if (!ref) return null;
    const named = subjectBefore(text, tokens, cue.from, mentions, ref);
    return named ? { ...named, speaker: ref } : null;
  };
  // "…,” he said, adding that …": the participle continues the cue before its comma.
  if (left.kind === 'comma' && cue.form.participle && depth < 2) {
    const previous = cueEndingAt(tokens, cue.from - 2, scene.cues, mentions);
    if (previous && !previous.form.participle) {
      const speaker = speakerForCue(scene, tokens, previous, lenient, depth + 1);
      if (speaker) return speaker;
    }
  }
  // ", saying", "and said", "issued a statement saying": the sentence's subject speaks.
  // The head noun may carry a number or designation: "Resolution 2722 demanding".
  const head = left.kind === 'phrase' ? tokens.slice(Math.max(left.range.from, left.range.to - 1), left.range.to + 1).filter((t) => !/^\d/.test(t.text)).at(-1) : undefined;
  const statement = cue.form.participle && head !== undefined && scene.cues.isSpeakerNoun(head.lower);
  if (left.kind === 'subject' || (left.kind === 'comma' && cue.form.participle) || statement) {
    return fromEvents() ?? subjectBefore(text, tokens, cue.from, mentions) ?? openingRole(scene, tokens, cue.from);
  }
  if (left.kind !== 'phrase' || cue.form.participle) return null;
  // "What the Russian side said …" reports nothing; "released on the official website stated …": the phrase is a prepositional object, not the subject.
  const before = left.before?.lower ?? '';
  // "in which its members promised": a relative after a preposition has its own subject.
  const relative = before === 'which' && PREPOSITIONS.has(tokens[left.range.from - 2]?.lower ?? '');
  if ((FREE_RELATIVE.has(before) && !relative) || (PREPOSITIONS.has(before) && before !== 'as')) return null;
  const proven = isSpeakerPhrase(tokens, left.range, mentions, scene.cues);
  if (!proven && !(lenient && !FIRST_PERSON.has(tokens[left.range.to]!.lower))) return null;
  const speaker = resolveSpeaker(text, tokens, left.range, mentions);
  if (speaker.speaker === null && left.range.from === left.range.to && ['it', 'they'].includes(tokens[left.range.from]!.lower)) {
    const ref = scene.eventSources.get(cue.span.start); // "it announced": the events stage may know what "it" is
    if (ref) return { ...speaker, speaker: ref };
  }
  return speaker;
}
