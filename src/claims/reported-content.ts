// A reported statement as found (speaker, cue, content span), the sentence it is read in, and its
// content: from where the cue's content starts to the end of the sentence.
import type { ActorRef } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import type { QuotedRegion } from './quote-marks.js';
import type { QuoteScene } from './quote-scene.js';
import { wordCount, type Token } from './quote-tokens.js';
import type { Speaker } from './resolve-speaker.js';

export interface ReportedSpeech {
  readonly speaker: ActorRef | null;
  readonly speakerText: string;
  readonly speakerSpan: Span;
  readonly cue: string;
  readonly cueSpan: Span;
  readonly span: Span;
}

export interface SentenceScope {
  readonly span: Span;
  readonly tokens: readonly Token[];
  /** The top-level quoted region covering an offset, if any. */
  readonly regionAt: (pos: number) => QuotedRegion | undefined;
  /** Offsets where a direct quote that is kept opens. */
  readonly directOpens: ReadonlySet<number>;
  /** Offsets of cues already attributing a direct quote. */
  readonly used: ReadonlySet<number>;
}

export const MIN_CONTENT_WORDS = 2;

/** The content span from `start` to the sentence's end, without closing punctuation; a quote begun inside runs to its close. */
export function contentTo(scene: QuoteScene, scope: SentenceScope, start: number, end: number): Span | null {
  let e = end;
  const region = scope.regionAt(Math.max(start, e - 1));
  if (region && region.open >= start && region.end > e) e = region.end;
  const { text } = scene;
  while (e > start && /[\s.!?;,:]/.test(text[e - 1]!)) e -= 1;
  if (e <= start || scope.directOpens.has(start)) return null;
  return wordCount(text.slice(start, e)) >= MIN_CONTENT_WORDS ? { start, end: e } : null;
}

export const reported = (speaker: Speaker, cue: string, cueSpan: Span, span: Span): ReportedSpeech => ({ ...speaker, cue, cueSpan, span });
