// Whom a speaker phrase names: whether it can be a speaker at all, and the actor its head mention
// refers to (or the phrase as written when it names no known actor).
import type { ActorRef } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { mentionsWithin, type PlacedMention } from './quote-mentions.js';
import { DETERMINERS, FIRST_PERSON, isCapitalised, isWord, PREPOSITIONS, PRONOUNS, type Token } from './quote-tokens.js';
import { TITLE_PREPOSITIONS, type PhraseRange } from './speaker-phrase.js';
import type { SpeechCues } from './speech-cues.js';

export interface Speaker {
  readonly speaker: ActorRef | null;
  readonly speakerText: string;
  readonly speakerSpan: Span;
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
