// Finding speech cues among tokens: a cue form ("said", "pointed out", "according to") starting
// or ending at a token. A word inside an actor mention is never a cue ("the Baltic states"), and a
// form that is mostly a noun ("claims") is one only when "that" or a colon follows.
import type { Span } from '../model/span.js';
import { mentionCovering, type PlacedMention } from './quote-mentions.js';
import type { Token } from './quote-tokens.js';
import type { CueForm, SpeechCues } from './speech-cues.js';

export interface CueMatch {
  readonly form: CueForm;
  /** Token range [from, to], inclusive. */
  readonly from: number;
  readonly to: number;
  readonly span: Span;
  /** The cue as written, lower case. */
  readonly text: string;
}

const MAX_FORM_WORDS = 4;

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'am']);

/** "was complaining", "has been already saying": a form of "be" before the -ing form, adverbs between. */
function isProgressive(tokens: readonly Token[], i: number): boolean {
  let p = i - 1;
  while (p >= 0 && tokens[p]!.kind === 'word' && /^[a-z]{3,}ly$|^(?:already|also|still|now|again)$/.test(tokens[p]!.lower)) p -= 1;
  return BE.has(tokens[p]?.lower ?? '');
}

/** "As TASS reports, …": a noun form right after "as" and an actor is the verb. */
function afterAsSpeaker(tokens: readonly Token[], i: number, mentions: readonly PlacedMention[]): boolean {
  const prev = tokens[i - 1];
  const m = prev?.kind === 'word' ? mentionCovering(mentions, prev.start) : undefined;
  if (!m || /['’]s$/.test(prev!.text)) return false;
  let p = i - 1;
  while (p > 0 && tokens[p - 1]!.start >= m.start) p -= 1;
  return tokens[p - 1]?.lower === 'as';
}

/** The longest cue form starting at token `i`. */
export function cueAt(tokens: readonly Token[], i: number, cues: SpeechCues, mentions: readonly PlacedMention[]): CueMatch | null {
  const first = tokens[i];
  if (first?.kind !== 'word') return null;
  for (let form of cues.startingWith(first.lower)) {
    const n = form.words.length;
    let ok = true;
    for (let k = 1; k < n && ok; k += 1) ok = tokens[i + k]?.kind === 'word' && tokens[i + k]!.lower === form.words[k];
    if (!ok) continue;
    if (form.noun) {
      const next = tokens[i + n];
      if (!(next && (next.lower === 'that' || next.text === ':')) && !afterAsSpeaker(tokens, i, mentions)) continue;
    }
    if (mentionCovering(mentions, first.start)) return null;
    const last = tokens[i + n - 1]!;
    // "he was complaining that": a progressive is a finite verb with its own subject, not a participle.
    if (form.participle && isProgressive(tokens, i)) form = { ...form, participle: false };
    return { form, from: i, to: i + n - 1, span: { start: first.start, end: last.end }, text: tokens.slice(i, i + n).map((t) => t.lower).join(' ') };
  }
  return null;
}

/** The cue form ending exactly at token `end`. */
export function cueEndingAt(tokens: readonly Token[], end: number, cues: SpeechCues, mentions: readonly PlacedMention[]): CueMatch | null {
  for (let start = end; start >= 0 && start > end - MAX_FORM_WORDS; start -= 1) {
    const m = cueAt(tokens, start, cues, mentions);
    if (m && m.to === end) return m;
  }
  return null;
}
