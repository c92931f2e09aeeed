// Reported speech at a speech verb: "Putin said that …", "As Putin said, …", "…, he said, …",
// the trailing "…, Lavrov said." / "…, said Lavrov." and the inverted "As declared the spokesman X, …".
import { contentStart } from './clause-start.js';
import { leftOfCue } from './left-of-cue.js';
import type { QuoteScene } from './quote-scene.js';
import { isWord, PREPOSITIONS, TIME_WORDS, wordCount, type Token } from './quote-tokens.js';
import { contentTo, reported, type ReportedSpeech, type SentenceScope } from './reported-content.js';
import { isSpeakerPhrase, resolveSpeaker } from './resolve-speaker.js';
import { speakerForCue } from './speaker-for-cue.js';
import { phraseAfter } from './speaker-phrase.js';
import { cueAt, type CueMatch } from './speech-cue-match.js';

/** Words after the cue of a trailing attribution ("…, Lavrov said on Monday."). */
const MAX_TAIL_WORDS = 4;
const SUBORDINATORS = new Set(['if', 'unless', 'whether', 'because', 'although', 'though', 'once', 'until', 'when', 'while', 'since']);

/** Words from `from` up to the next comma or the end: what follows a trailing attribution before its sentence goes on. */
function wordsUntilComma(tokens: readonly Token[], from: number): number {
  let n = 0;
  for (let k = from; k < tokens.length && tokens[k]!.text !== ','; k += 1) if (tokens[k]!.kind === 'word') n += 1;
  return n;
}

/** After a trailing cue ("…, Lavrov said on Monday."), only a short setting: not an infinitive ("agreed to continue"). */
function endsAttribution(tokens: readonly Token[], from: number): boolean {
  const next = tokens[from];
  if (isWord(next) && (next.lower === 'to' || !(PREPOSITIONS.has(next.lower) || TIME_WORDS.has(next.lower)))) return false;
  return wordsUntilComma(tokens, from) <= MAX_TAIL_WORDS;
}

/** "As declared the spokesman Dmitry Peskov, the Kremlin considers …": translations put the speaker after the verb. */
function asSpeakerAfter(scene: QuoteScene, scope: SentenceScope, cue: CueMatch): ReportedSpeech | null {
  const { tokens, span } = scope;
  if (cue.from !== 1 || tokens[0]!.lower !== 'as' || cue.form.participle || cue.form.takes === 'phrase') return null;
  const range = phraseAfter(tokens, cue.to + 1, scene.mentions, false);
  if (!range || tokens[range.to + 1]?.text !== ',' || !tokens[range.to + 2] || !isSpeakerPhrase(tokens, range, scene.mentions, scene.cues)) return null;
  const content = contentTo(scene, scope, tokens[range.to + 2]!.start, span.end);
  return content ? reported(resolveSpeaker(scene.text, tokens, range, scene.mentions), cue.text, cue.span, content) : null;
}

export function reportedFromVerb(scene: QuoteScene, scope: SentenceScope, cue: CueMatch): ReportedSpeech | null {
  const { tokens, span } = scope;
  const left = leftOfCue(tokens, cue.from, scene.mentions, scene.cues, cue.form.participle);
  const speaker = speakerForCue(scene, tokens, cue);
  const sentenceStart = tokens[0]!.start;
  const inverted = asSpeakerAfter(scene, scope, cue);
  if (inverted) return inverted;
  // "if the EU insists, China could …": a condition, not a report.
  if (left.kind === 'phrase' && left.before && SUBORDINATORS.has(left.before.lower) && tokens[cue.to + 1]?.text === ',') return null;
  if (speaker && left.kind === 'phrase' && left.before?.lower === 'as') {
    if (left.range.from === 1) { // "As Putin said, the West …"
      const comma = tokens.findIndex((t, j) => j > cue.to && j <= cue.to + 8 && t.text === ',');
      const content = comma > 0 && tokens[comma + 1] ? contentTo(scene, scope, tokens[comma + 1]!.start, span.end) : null;
      return content ? reported(speaker, cue.text, cue.span, content) : null;
    }
    // "Such a move, as Russia said, would be …": the aside reports its whole sentence.
    const content = tokens[left.range.from - 2]?.text === ',' ? contentTo(scene, scope, sentenceStart, span.end) : null;
    return content ? reported(speaker, cue.text, cue.span, content) : null;
  }
  const commaBefore = left.kind === 'phrase' && tokens[left.range.from - 1]?.text === ',' && left.range.from > 1;
  const trailing = commaBefore && (cue.form.takes === 'clause' || cue.form.takes === 'that');
  if (speaker && trailing && tokens[cue.to + 1]?.text === ',' && isWord(tokens[cue.to + 2]) && !cueAt(tokens, cue.to + 2, scene.cues, scene.mentions)) {
    // "The Houthis had continued their attacks, he said, including against …": the aside reports its whole sentence.
    const whole = contentTo(scene, scope, sentenceStart, span.end);
    return whole ? reported(speaker, cue.text, cue.span, whole) : null;
  }
  if (speaker) {
    const k = contentStart(scene, tokens, cue);
    const content = k === null ? null : contentTo(scene, scope, tokens[k]!.start, span.end);
    if (content) return reported(speaker, cue.text, cue.span, content);
    // "The situation is dangerous, Lavrov said." / "…, the ministry said, adding that …"
    const comma = left.kind === 'phrase' ? tokens[left.range.from - 1] : undefined;
    if (!trailing || !comma || !endsAttribution(tokens, cue.to + 1)) return null;
    if (cueAt(tokens, 0, scene.cues, scene.mentions)) return null; // "According to KCNA, the two leaders agreed to …"
    const before = contentTo(scene, scope, sentenceStart, comma.start);
    return before && wordCount(scene.text.slice(before.start, before.end)) >= 3 ? reported(speaker, cue.text, cue.span, before) : null;
  }
  if (left.kind === 'comma' && !cue.form.participle && (cue.form.takes === 'clause' || cue.form.takes === 'that')) { // "…, said Lavrov."
    const range = phraseAfter(tokens, cue.to + 1, scene.mentions, false);
    if (!range || !isSpeakerPhrase(tokens, range, scene.mentions, scene.cues) || wordsUntilComma(tokens, range.to + 1) > MAX_TAIL_WORDS) return null;
    const before = contentTo(scene, scope, sentenceStart, tokens[cue.from - 1]!.start);
    return before ? reported(resolveSpeaker(scene.text, tokens, range, scene.mentions), cue.text, cue.span, before) : null;
  }
  return null;
}
