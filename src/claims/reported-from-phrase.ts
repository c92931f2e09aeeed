// Reported speech attributed by a phrase, not a verb: "according to Sputnik, …", "…, which
// according to him would …", "by his words", and a sentence opening "Zakharova: the West …".
import type { QuoteScene } from './quote-scene.js';
import { isWord, type Token } from './quote-tokens.js';
import { contentTo, reported, type ReportedSpeech, type SentenceScope } from './reported-content.js';
import { isSpeakerPhrase, resolveSpeaker, type Speaker } from './resolve-speaker.js';
import { phraseAfter, phraseEndingAt } from './speaker-phrase.js';
import { cueAt, type CueMatch } from './speech-cue-match.js';

/** Possessives of a phrase cue that holds its own speaker ("by his words"). */
const OWN = new Set(['his', 'her', 'their']);
/** Object pronouns after a phrase cue ("according to him"), resolved later like "he". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
/** "…, which according to him would be …": the relative clause after the phrase is the content. */
const RELATIVE_HEADS = new Set(['which', 'who', 'that']);

/** The speaker of a phrase cue and the token its phrase ends at: "according to Sputnik", "according to him", "by his words". */
function phraseSpeaker(scene: QuoteScene, tokens: readonly Token[], cue: CueMatch): { speaker: Speaker; last: number } | null {
  const token = (t: Token): Speaker => ({ speaker: null, speakerText: t.text, speakerSpan: { start: t.start, end: t.end } });
  if (cue.form.self) {
    const own = tokens.slice(cue.from, cue.to + 1).find((t) => OWN.has(t.lower));
    return own ? { speaker: token(own), last: cue.to } : null;
  }
  const next = tokens[cue.to + 1];
  if (isWord(next) && OBJECT_PRONOUNS.has(next.lower)) return { speaker: token(next), last: cue.to + 1 };
  const range = phraseAfter(tokens, cue.to + 1, scene.mentions, true);
  if (!range || !isSpeakerPhrase(tokens, range, scene.mentions, scene.cues, true)) return null; // "according to the plan"
  return { speaker: resolveSpeaker(scene.text, tokens, range, scene.mentions), last: range.to };
}

export function reportedFromPhrase(scene: QuoteScene, scope: SentenceScope, cue: CueMatch): ReportedSpeech | null {
  const { tokens, span } = scope;
  const found = phraseSpeaker(scene, tokens, cue);
  if (!found) return null;
  const { speaker, last } = found;
  const after = tokens[last + 1];
  if (cue.from === 0 || (cue.from === 1 && isWord(tokens[0]))) { // "According to Sputnik, …"
    if (after?.text !== ',' || !tokens[last + 2]) return null;
    const content = contentTo(scene, scope, tokens[last + 2]!.start, span.end);
    return content ? reported(speaker, cue.text, cue.span, content) : null;
  }
  if (RELATIVE_HEADS.has(tokens[cue.from - 1]?.lower ?? '') && isWord(after)) {
    const content = contentTo(scene, scope, after.start, span.end);
    return content ? reported(speaker, cue.text, cue.span, content) : null;
  }
  const comma = tokens[cue.from - 1];
  if (comma?.text !== ',') return null; // "withdraw according to the plan"
  // "…, according to Sputnik." reports what precedes; a parenthetical one reports the whole sentence.
  const parenthetical = after?.text === ',' && isWord(tokens[last + 2]);
  const content = contentTo(scene, scope, tokens[0]!.start, parenthetical ? span.end : comma.start);
  return content ? reported(speaker, cue.text, cue.span, content) : null;
}

/** "Zakharova: the West …": a sentence that opens with a speaker phrase and a colon. */
export function reportedFromColon(scene: QuoteScene, scope: SentenceScope): ReportedSpeech | null {
  const { tokens, span } = scope;
  const colon = tokens.findIndex((t, j) => j <= 10 && t.text === ':');
  if (colon < 1 || scope.used.has(tokens[colon]!.start) || !tokens[colon + 1]) return null;
  const left = phraseEndingAt(tokens, colon - 1, scene.mentions, scene.cues);
  let first = 0;
  while (tokens[first]?.kind === 'mark') first += 1;
  if (left.kind !== 'phrase' || left.range.from !== first || !isSpeakerPhrase(tokens, left.range, scene.mentions, scene.cues, true)) return null;
  for (let j = first; j < colon; j += 1) if (cueAt(tokens, j, scene.cues, scene.mentions)) return null; // "The Chinese side stated:" is the verb's
  const content = contentTo(scene, scope, tokens[colon + 1]!.start, span.end);
  const c = tokens[colon]!;
  return content ? reported(resolveSpeaker(scene.text, tokens, left.range, scene.mentions), ':', { start: c.start, end: c.end }, content) : null;
}
