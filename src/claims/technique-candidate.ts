// A technique flag before merging: its span, the cue that fired, its confidence, and whether the
// evidence is structural (repetition, a question answered, a quote without a speaker, a predicted
// harm in the events layer…) or only a cue-list match, which caps what merging can give it.
import type { Span } from '../model/span.js';
import { trimSpan } from '../text/trim-span.js';
import type { CueHit } from './technique-cue-matches.js';
import type { TechniqueName } from './technique-names.js';

export interface Candidate {
  readonly technique: TechniqueName;
  readonly start: number;
  readonly end: number;
  readonly cue: string;
  readonly confidence: number;
  readonly structural: boolean;
}

/** A cue-list match as a flag: its words as the cue, the file's confidence, lexical. */
export const lexicalCandidate = (hit: CueHit): Candidate => ({
  technique: hit.cue.technique,
  start: hit.start,
  end: hit.end,
  cue: `"${hit.words}"`,
  confidence: hit.cue.confidence,
  structural: false,
});

/** A structural flag over `span` (trimmed; null when only whitespace is left). */
export function structuralCandidate(text: string, technique: TechniqueName, span: Span, cue: string, confidence: number): Candidate | null {
  const s = trimSpan(text, span.start, span.end);
  return s ? { technique, start: s.start, end: s.end, cue, confidence, structural: true } : null;
}

/** The sentence without its final punctuation and spaces (a flag shows the claim, not the stop). */
export function withoutFinalStop(text: string, s: Span): Span {
  let end = s.end;
  while (end > s.start && /[\s.!?;:,]/.test(text[end - 1]!)) end--;
  return { start: s.start, end };
}
