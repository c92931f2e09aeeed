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

/** The longest cue form starting at token `i`. */
export function cueAt(tokens: readonly Token[], i: number, cues: SpeechCues, mentions: readonly PlacedMention[]): CueMatch | null {
  const first = tokens[i];
  if (first?.kind !== 'word') return null;
  for (const form of cues.startingWith(first.lower)) {
    const n = form.words.length;
    let ok = true;
    for (let k = 1; k < n && ok; k += 1) ok = tokens[i + k]?.kind === 'word' && tokens[i + k]!.lower === form.words[k];
    if (!ok) continue;
    if (form.noun) {
      const next = tokens[i + n];
      if (!next || !(next.lower === 'that' || next.text === ':')) continue;
    }
    if (mentionCovering(mentions, first.start)) return null;
    const last = tokens[i + n - 1]!;
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
