// Refrains: a phrase of three to six plain words said again in another sentence ("harsh revenge
// awaits the traitors", "calm and measured"). Names are no refrain: no word may be capitalised
// (except a sentence's first word) or part of an actor mention, and the phrase opens and ends on
// content words, at least two of them, so "in the region of" or "the Security Council" is never
// one. Words of news reporting ("issued a statement", "told the press") are the wire's frame, not
// a refrain, and so are fixed terms built with "of" ("rule of law", "act of war") and phrases
// opening on an indefinite pronoun ("everything that happened"). The longest repeated stretch is
// kept, flagged at its first occurrence.
import type { Span } from '../model/span.js';
import type { TechniqueContext } from './technique-context.js';
import { content, type PhraseRepeat } from './technique-catchphrases.js';

const MIN_N = 3;
const MAX_N = 6;
const INDEFINITE = new Set(['everything', 'anything', 'nothing', 'something', 'everyone', 'anyone', 'someone', 'nobody']);
const REPORTING = new Set(['said', 'says', 'told', 'statement', 'statements', 'issued', 'announced', 'reported', 'according', 'spokesman', 'spokesperson', 'press', 'conference', 'briefing', 'interview']);

/** A word of a sentence with what a window asks of it, worked out once however many windows hold it. */
interface Word {
  readonly tok: number;
  readonly norm: string;
  /** Not plain (capitalised, in a name, with a digit), a word of reporting, or "of": no refrain holds it. */
  readonly barred: boolean;
  readonly content: boolean;
  readonly indefinite: boolean;
}

/** A sentence's words, with running counts so that a window is judged without reading its words. */
interface SentenceWords {
  readonly words: readonly Word[];
  /** Barred and content words among the first `k` words, at index `k`. */
  readonly barredBefore: Int32Array;
  readonly contentBefore: Int32Array;
}

const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const hasAsciiDigit = (w: string): boolean => {
  for (let i = 0; i < w.length; i++) if (isAsciiDigit(w.charCodeAt(i))) return true;
  return false;
};
const UPPER = /^\p{Lu}/u;
/** Whether the character opens with a capital letter (ASCII read without a regular expression). */
const isCapital = (ch: string): boolean => {
  const c = ch.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER.test(ch);
};

/** Each sentence's word tokens, marked as they may stand in a refrain. */
function sentenceWordsOf(ctx: TechniqueContext): SentenceWords[] {
  const inName = new Set<number>();
  for (const m of ctx.mentionAt.values()) for (let k = m.first; k < m.last; k++) inName.add(k);
  return ctx.sentenceTokens.map(([from, to]) => {
    const words: Word[] = [];
    for (let k = from; k < to; k++) {
      const t = ctx.tokens[k]!;
      if (!t.word) continue;
      const capital = words.length > 0 && isCapital(ctx.text[t.start]!);
      const plain = !capital && !inName.has(k) && !hasAsciiDigit(t.norm);
      const barred = !plain || REPORTING.has(t.norm) || t.norm === 'of';
      // A window holding a barred word is no refrain, whatever else it holds: its other flags are never read.
      words.push({ tok: k, norm: t.norm, barred, content: !barred && content(t.norm), indefinite: !barred && INDEFINITE.has(t.norm) });
    }
    const barredBefore = new Int32Array(words.length + 1);
    const contentBefore = new Int32Array(words.length + 1);
    words.forEach((w, k) => {
      barredBefore[k + 1] = barredBefore[k]! + (w.barred ? 1 : 0);
      contentBefore[k + 1] = contentBefore[k]! + (w.content ? 1 : 0);
    });
    return { words, barredBefore, contentBefore };
  });
}

/** Whether words `[w, w + n)` of the sentence make a refrain. */
function isRefrain(s: SentenceWords, w: number, n: number): boolean {
  const first = s.words[w]!;
  const last = s.words[w + n - 1]!;
  return s.barredBefore[w + n] === s.barredBefore[w] && !first.indefinite && first.content && last.content
    && s.contentBefore[w + n]! - s.contentBefore[w]! >= 2;
}

const keyOf = (words: readonly Word[], w: number, n: number): string => {
  let key = words[w]!.norm;
  for (let k = 1; k < n; k++) key += ` ${words[w + k]!.norm}`;
  return key;
};

export function refrains(ctx: TechniqueContext): PhraseRepeat[] {
  const sentences = sentenceWordsOf(ctx);
  const out: PhraseRepeat[] = [];
  const taken: Span[] = [];
  for (let n = MAX_N; n >= MIN_N; n--) {
    // Sentences are read in order, so a phrase's sentences are counted by the last one seen.
    const seen = new Map<string, { span: Span; sentences: number; last: number }>();
    sentences.forEach((s, si) => {
      for (let w = 0; w + n <= s.words.length; w++) {
        if (!isRefrain(s, w, n)) continue;
        const key = keyOf(s.words, w, n);
        const known = seen.get(key);
        if (known) {
          if (known.last !== si) { known.sentences++; known.last = si; }
        } else {
          const span = { start: ctx.tokens[s.words[w]!.tok]!.start, end: ctx.tokens[s.words[w + n - 1]!.tok]!.end };
          seen.set(key, { span, sentences: 1, last: si });
        }
      }
    });
    for (const [key, { span, sentences: count }] of seen) {
      if (count < 2 || taken.some((t) => t.start <= span.start && t.end >= span.end)) continue;
      taken.push(span);
      out.push({ span, cue: `phrase "${key}" repeated ×${count}` });
    }
  }
  return out;
}
