// What the technique detectors read: the article's text, title and sentences, its tokens (once,
// normalised for the cue patterns), the actor mentions laid over the tokens, the quotes, events
// and stance layers, and the cue-list matches. Built once per article by the techniques stage.
import type { Actor, Event, Quote, Stance } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { techniqueCueMatches, type CueHit } from './technique-cue-matches.js';
import { normalizeToken } from './technique-cue-pattern.js';
import type { TechniqueCues } from './technique-cues.js';

export interface CueToken {
  readonly start: number;
  readonly end: number;
  /** Lower case, plain apostrophes and hyphens (what cue patterns compare). */
  readonly norm: string;
  readonly sentence: number;
  readonly word: boolean;
  readonly quote: boolean;
}

export interface MentionOnTokens {
  readonly actor: Actor;
  readonly start: number;
  readonly end: number;
  /** Token range `[first, last)` covered by the mention. */
  readonly first: number;
  readonly last: number;
}

export interface TechniqueInput {
  readonly text: string;
  readonly title: string | null;
  readonly sentences: readonly Span[];
  readonly paragraphs: readonly Span[];
  readonly actors: readonly Actor[];
  readonly quotes: readonly Quote[];
  readonly events: readonly Event[];
  readonly stance: readonly Stance[];
}

export interface TechniqueContext extends TechniqueInput {
  readonly tokens: readonly CueToken[];
  /** Token range `[from, to)` of each sentence. */
  readonly sentenceTokens: readonly (readonly [number, number])[];
  /** Word tokens of each sentence (counted once: detectors ask per cue match). */
  readonly sentenceWords: readonly number[];
  /** Actor mentions by their first token (the longest when several start there). */
  readonly mentionAt: ReadonlyMap<number, MentionOnTokens>;
  readonly hits: readonly CueHit[];
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '«', '»', '‘', '’', "'", '‟', '‚']);
export const isQuoteMark = (ch: string | undefined): boolean => ch !== undefined && QUOTE_MARKS.has(ch);
const WORDISH = /[\p{L}\p{N}]/u;
const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * Whether a token holds a letter or digit. Punctuation and symbol tokens never do (letters and
 * digits all go to words and numbers); a word or number opening on an ASCII letter or digit does.
 */
function isWordish(t: Token): boolean {
  if (t.kind === 'punct' || t.kind === 'symbol') return false;
  return isAsciiAlnum(t.text.charCodeAt(0)) || WORDISH.test(t.text);
}

function tokensOf(text: string, sentences: readonly Span[]): { tokens: CueToken[]; sentenceTokens: [number, number][] } {
  const tokens: CueToken[] = [];
  const sentenceTokens: [number, number][] = [];
  sentences.forEach((s, sentence) => {
    const from = tokens.length;
    for (const t of tokenize(text, s)) {
      tokens.push({ start: t.start, end: t.end, norm: normalizeToken(t.text), sentence, word: isWordish(t), quote: QUOTE_MARKS.has(t.text) });
    }
    sentenceTokens.push([from, tokens.length]);
  });
  return { tokens, sentenceTokens };
}

/** Index of the first token starting at or after `pos` (tokens sorted by start). */
export function tokenAtOrAfter(tokens: readonly CueToken[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function mentionsOnTokens(actors: readonly Actor[], tokens: readonly CueToken[]): Map<number, MentionOnTokens> {
  const byFirst = new Map<number, MentionOnTokens>();
  for (const actor of actors) {
    for (const m of actor.mentions) {
      const first = tokenAtOrAfter(tokens, m.start);
      let last = first;
      while (last < tokens.length && tokens[last]!.end <= m.end) last++;
      if (last === first || tokens[first]!.start !== m.start) continue;
      const known = byFirst.get(first);
      if (!known || known.last < last) byFirst.set(first, { actor, start: m.start, end: m.end, first, last });
    }
  }
  return byFirst;
}

export function techniqueContext(input: TechniqueInput, cues: TechniqueCues): TechniqueContext {
  const { tokens, sentenceTokens } = tokensOf(input.text, input.sentences);
  const mentionAt = mentionsOnTokens(input.actors, tokens);
  const hits = techniqueCueMatches({ tokens, sentenceTokens, mentionAt }, cues);
  const sentenceWords = sentenceTokens.map(([from, to]) => {
    let n = 0;
    for (let i = from; i < to; i++) if (tokens[i]!.word) n++;
    return n;
  });
  return { ...input, tokens, sentenceTokens, sentenceWords, mentionAt, hits };
}

/** Index of the sentence containing `pos`, or -1. */
export function sentenceAt(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The last character of a sentence other than closing quotation marks and spaces. */
export function finalMark(text: string, s: Span): string {
  let i = s.end - 1;
  while (i > s.start && (isQuoteMark(text[i]) || text[i] === ' ' || text[i] === ')')) i--;
  return text[i] ?? '';
}

/** Word tokens of a sentence. */
export const wordCount = (ctx: TechniqueContext, sentence: number): number => ctx.sentenceWords[sentence] ?? 0;

const articleMemo = new WeakMap<TechniqueContext, Map<unknown, unknown>>();

/**
 * A value derived from the whole article (every sentence's words, the quotation-mark pairs…),
 * computed once per context however many detectors ask: `compute` (a module-level function) is
 * the key.
 */
export function perArticle<T>(ctx: TechniqueContext, compute: (ctx: TechniqueContext) => T): T {
  let memo = articleMemo.get(ctx);
  if (!memo) articleMemo.set(ctx, (memo = new Map()));
  if (!memo.has(compute)) memo.set(compute, compute(ctx));
  return memo.get(compute) as T;
}

/**
 * A per-sentence test computed at most once per sentence, however many cue matches or mentions
 * ask: a regular expression run over a sentence per match would make a long sentence quadratic.
 */
export function perSentence<T>(compute: (sentence: number) => T): (sentence: number) => T {
  const memo = new Map<number, T>();
  return (sentence) => {
    if (!memo.has(sentence)) memo.set(sentence, compute(sentence));
    return memo.get(sentence)!;
  };
}
