// Who speaks: the speaker phrase before a cue ("Belarusian President Lukashenko also bluntly
// said", "French \"Le Monde\" once accused", "the Russian side stated") and the actor it names,
// taken from the actors layer's mentions. A phrase that names no known actor still gives the
// speaker as written ("a senior official", speaker null).
import type { ActorRef } from '../model/analysis.js';
import { leftOfCue } from './left-of-cue.js';
import { mentionCovering, type PlacedMention } from './quote-mentions.js';
import type { QuoteScene } from './quote-scene.js';
import {
  DETERMINERS, FIRST_PERSON, FREE_RELATIVE, isCapitalised, isWord, PHRASE_STOPS, PREPOSITIONS, PRONOUNS, TIME_WORDS, type Token,
} from './quote-tokens.js';
import { isSpeakerPhrase, resolveSpeaker, type Speaker } from './resolve-speaker.js';
import { cueEndingAt, type CueMatch } from './speech-cue-match.js';

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
