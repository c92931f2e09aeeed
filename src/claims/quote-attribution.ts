// Who said a direct quote: the cue and speaker just before its opening mark ("Putin said: “…”",
// "according to Sputnik, “…”", "Zakharova: “…”", ", saying: “…”") or just after its closing
// one ("“…,” the minister said.", "“…” French “Le Monde” once accused Trump.", "“…,” said Lavrov").
import type { ActorRef } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { leftOfCue } from './left-of-cue.js';
import type { QuoteScene } from './quote-scene.js';
import { DETERMINERS, isWord, PHRASE_STOPS, PREPOSITIONS, TIME_WORDS, type Token } from './quote-tokens.js';
import { isSpeakerPhrase, resolveSpeaker, type Speaker } from './resolve-speaker.js';
import { speakerForCue, subjectBefore } from './speaker-for-cue.js';
import { phraseAfter, phraseEndingAt, type PhraseRange } from './speaker-phrase.js';
import { cueAt, cueEndingAt, type CueMatch } from './speech-cue-match.js';

export interface Attribution {
  readonly speaker: ActorRef | null;
  readonly speakerText: string;
  readonly speakerSpan: Span;
  readonly cue: string;
  readonly cueSpan: Span;
}

/** At most this many words between a cue and the colon or comma before a quote ("told reporters on Monday:"). */
const MAX_OBJECT_WORDS = 6;
/** A characterisation's object before a quoted complement with no link: "called the draft “…”". */
const MAX_BARE_OBJECT_WORDS = 3;
/** Words that join a characterisation's object to a quoted complement ("as", "of"). */
const LINKS = new Set(['as', 'of', 'for']);
/** At most this many words after a trailing attribution ("… accused Trump.", "… said on Monday."). */
const MAX_TAIL_WORDS = 6;
const MAX_SETTING_WORDS = 12;

const attribution = (speaker: Speaker, cue: string, cueSpan: Span): Attribution => ({ ...speaker, cue, cueSpan });
const fromCue = (speaker: Speaker | null, cue: CueMatch): Attribution | null => (speaker ? attribution(speaker, cue.text, cue.span) : null);

/** A phrase cue ("according to") whose loose speaker phrase ends exactly at token `end`. */
function accordingTo(scene: QuoteScene, tokens: readonly Token[], end: number): Attribution | null {
  for (let p = end - 1; p >= 0 && p >= end - 16; p -= 1) {
    if (tokens[p]!.kind === 'punct') break;
    const cue = cueAt(tokens, p, scene.cues, scene.mentions);
    if (cue?.form.takes !== 'phrase') continue;
    const range = phraseAfter(tokens, cue.to + 1, scene.mentions, true);
    if (!range || range.to !== end || !isSpeakerPhrase(tokens, range, scene.mentions, scene.cues, true)) return null;
    return attribution(resolveSpeaker(scene.text, tokens, range, scene.mentions), cue.text, cue.span);
  }
  return null;
}

const firstWordAt = (tokens: readonly Token[], i: number): number => {
  let k = i;
  while (tokens[k]?.kind === 'mark') k += 1;
  return k;
};

/** Coordinated objects of a characterisation: "called the incident and the video of the arrest “…”". */
const MAX_COORDINATED_OBJECT_WORDS = 7;

/** A short plain object ("the draft", "it"), or noun phrases joined by "and" before a determiner. */
function bareObject(skipped: readonly Token[]): boolean {
  if (!skipped.some((t) => !DETERMINERS.has(t.lower))) return false;
  const stops = skipped.filter((t, i) => PHRASE_STOPS.has(t.lower) && !(t.lower === 'and' && DETERMINERS.has(skipped[i + 1]?.lower ?? '')));
  if (stops.length > 0) return false;
  const coordinated = skipped.some((t) => t.lower === 'and');
  return skipped.length <= (coordinated ? MAX_COORDINATED_OBJECT_WORDS : MAX_BARE_OBJECT_WORDS);
}

/** Whether a quote right after the words lead[from..to] (between its cue and its mark) is that cue's speech. */
function introduces(cue: CueMatch, lead: readonly Token[], from: number, to: number, intro: Token | undefined): boolean {
  const skipped = lead.slice(from, to + 1);
  if (cue.form.takes === 'object') { // "described the operation as ‘…’", "accused the mainland of “…”", "called the draft “…”"
    if (skipped.length === 0) return false;
    if (intro !== undefined) return cue.form.links.includes(intro.lower);
    // A quoted complement right after a short object: "called it “…”", not "criticizes allies at every turn and “…”".
    return bareObject(skipped);
  }
  if (intro !== undefined && LINKS.has(intro.lower)) return false;
  if (skipped.length > MAX_OBJECT_WORDS) return false;
  // Right before the mark with nothing between, only a `clause` verb introduces speech: "promised “strategic autonomy”" is an object.
  if (skipped.length === 0) return intro !== undefined || cue.form.takes === 'clause';
  // Words between the cue and the quote are an addressee or a setting, and need a colon, comma or "that".
  if (!intro) return false;
  return cue.form.takes !== 'clause' || PREPOSITIONS.has(skipped[0]!.lower) || TIME_WORDS.has(skipped[0]!.lower);
}

export function attributeBefore(scene: QuoteScene, lead: readonly Token[]): Attribution | null {
  let k = lead.length - 1;
  let intro: Token | undefined;
  if (lead[k]?.text === ':' || lead[k]?.text === ',') intro = lead[k--];
  if (lead[k]?.lower === 'that' || (!intro && LINKS.has(lead[k]?.lower ?? ''))) intro = lead[k--];
  if (k < 0) return null;
  let nounCue: Attribution | null = null;
  for (let gap = 0; gap <= MAX_COORDINATED_OBJECT_WORDS && k - gap >= 0; gap += 1) {
    const end = k - gap;
    if (gap > 0 && !isWord(lead[end + 1])) break;
    const cue = cueEndingAt(lead, end, scene.cues, scene.mentions);
    if (!cue) continue;
    if (cue.form.takes === 'phrase' || !introduces(cue, lead, end + 1, k, intro)) break;
    // The quote's structure already shows speech: a speaker phrase that proves nothing else is still kept as written.
    const found = fromCue(speakerForCue(scene, lead, cue, true), cue);
    // "gave him the answer:": a cue word used as a noun; the clause before the colon may still name the speaker.
    if (found?.speaker || intro?.text !== ':') return found;
    nounCue = found;
    break;
  }
  if (intro && (intro.text === ',' || intro.lower === 'that')) return accordingTo(scene, lead, k);
  if (intro?.text === ':') { // "Zakharova: “…”": the sentence so far is the speaker phrase
    const left = phraseEndingAt(lead, k, scene.mentions, scene.cues);
    if (left.kind !== 'phrase' || left.range.from !== firstWordAt(lead, 0)) return clauseSubject(scene, lead, k, intro) ?? nounCue;
    if (!isSpeakerPhrase(lead, left.range, scene.mentions, scene.cues, true)) return nounCue;
    for (let j = left.range.from; j <= k; j += 1) if (cueAt(lead, j, scene.cues, scene.mentions)) return nounCue;
    return attribution(resolveSpeaker(scene.text, lead, left.range, scene.mentions), ':', { start: intro.start, end: intro.end });
  }
  return null;
}

/** Words an opening subject may carry before the actor's name ("A stony-faced Joe Biden"). */
const MAX_SUBJECT_LEAD = 3;

/**
 * "Erdoğan addressed Obama directly: “…”", "Rouhani gave him the answer: “…”": a clause before the
 * colon whose subject is a known actor (opening the clause, after a setting ending in a comma)
 * introduces that actor's words, whatever its verb.
 */
function clauseSubject(scene: QuoteScene, lead: readonly Token[], k: number, colon: Token): Attribution | null {
  const subject = subjectBefore(scene.text, lead, k, scene.mentions);
  if (!subject?.speaker) return null;
  const at = lead.findIndex((t) => t.start === subject.speakerSpan.start);
  const comma = lead.slice(0, at).map((t) => t.text).lastIndexOf(',');
  const opening = lead.slice(comma + 1, at).filter((t) => t.kind !== 'mark');
  if (at < 0 || opening.length > MAX_SUBJECT_LEAD || opening.some((t) => t.kind !== 'word' || PHRASE_STOPS.has(t.lower))) return null;
  // The subject's own verb follows it: a name inside a setting ("In Ankara, crowds …") is no subject.
  if (!isWord(lead.find((t) => t.start >= subject.speakerSpan.end))) return null;
  return attribution(subject, ':', { start: colon.start, end: colon.end });
}

const wordsIn = (tokens: readonly Token[], from: number): number => tokens.slice(from).filter(isWord).length;

/** After the cue of a trailing attribution comes at most a short object or time before a comma, never content of its own. */
function tailEnds(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  if (next && (next.lower === 'that' || next.text === ':' || next.kind === 'mark')) return false;
  const comma = tokens.findIndex((t, i) => i >= after && t.text === ',');
  const rest = comma < 0 ? tokens.slice(after) : tokens.slice(after, comma);
  // A setting may run longer: "said in a speech at Vilnius University on Wednesday evening".
  const setting = isWord(rest[0]) && (PREPOSITIONS.has(rest[0].lower) || TIME_WORDS.has(rest[0].lower));
  return wordsIn(rest, 0) <= (setting ? MAX_SETTING_WORDS : MAX_TAIL_WORDS);
}

/** The attribution right after a quote's closing mark; `tail` are the tokens up to the end of that sentence. */
export function attributeAfter(scene: QuoteScene, tail: readonly Token[]): Attribution | null {
  let i = 0;
  while (tail[i]?.kind === 'punct' && ',—–'.includes(tail[i]!.text)) i += 1;
  const first = cueAt(tail, i, scene.cues, scene.mentions);
  if (first?.form.takes === 'phrase') return tail.length > 0 ? accordingTo(scene, tail, tail.length - 1) : null;
  if (first && !first.form.participle) { // "…," said Lavrov
    const range: PhraseRange | null = phraseAfter(tail, first.to + 1, scene.mentions, false);
    if (!range || !isSpeakerPhrase(tail, range, scene.mentions, scene.cues) || !tailEnds(tail, range.to + 1)) return null;
    return attribution(resolveSpeaker(scene.text, tail, range, scene.mentions), first.text, first.span);
  }
  const start = firstWordAt(tail, i);
  for (let c = start + 1; c < tail.length && c <= start + 12; c += 1) {
    const cue = cueAt(tail, c, scene.cues, scene.mentions);
    if (!cue) continue;
    if (cue.form.takes === 'phrase' || cue.form.participle) return null;
    const left = leftOfCue(tail, c, scene.mentions, scene.cues);
    // The speaker phrase must open the tail: "“…” French “Le Monde” once accused Trump."
    if (left.kind !== 'phrase' || tail.slice(i, left.range.from).some((t) => t.kind !== 'mark')) return null;
    if (!tailEnds(tail, cue.to + 1)) return null;
    return fromCue(speakerForCue(scene, tail, cue), cue);
  }
  return null;
}
