// Repetition: the same sentence said again, or the title said again in the body. Sentences are
// compared normalised (case, quotation marks, punctuation and spacing ignored) and need five words,
// so "Why?" twice is no technique. One flag per repeated sentence, at its FIRST occurrence in the
// body, the count in the cue (`repeated sentence ×3`); for the title, at the body sentence that
// repeats it (the title itself is not in the text). A body sentence or heading that repeats a
// stretch of the title (at least six words) is flagged more weakly. A stretch of seven words or
// more said again in another sentence is flagged at its first occurrence (`phrase of 12 words
// repeated`), and so is a short sentence (3–6 words) said again alone or as a clause. Shorter
// still: a catchphrase of the title said twice or more in the body, and anaphora
// (technique-catchphrases.ts), and a refrain of three to six plain words said again in another
// sentence (technique-refrains.ts), 0.5.
//
// Repetition the extract stage removed as scrape noise (captions repeating the title, teasers) is
// no longer in the text and is never counted: it is the site's, not the author's.
import type { Span } from '../model/span.js';
import { splitSentences } from '../text/split-sentences.js';
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { shortRepeats } from './technique-short-repeats.js';
import { keyWords, sentenceKey, sentenceKeyOf } from './technique-sentence.js';
import { anaphora, repeatedCuePhrases, titleCatchphrases } from './technique-catchphrases.js';
import { refrains } from './technique-refrains.js';

const MIN_WORDS = 5;
const MIN_PART_WORDS = 6;
/** A stretch of this many words said again in another sentence is repetition too. */
const PHRASE_WORDS = 7;

const words = keyWords;

const containsWords = (outer: string, inner: string): boolean => ` ${outer} `.includes(` ${inner} `);

function repeatConfidence(count: number, inTitle: boolean): number {
  const base = count >= 3 ? 0.8 : count === 2 ? 0.65 : 0.5;
  return Math.min(0.85, base + (inTitle && count >= 2 ? 0.05 : 0));
}

function repeatCue(count: number, inTitle: boolean, opening: boolean): string {
  if (!inTitle) return `repeated sentence ×${count}`;
  if (count === 1) return opening ? "title repeated as the body's opening sentence" : 'title repeated in the body';
  return `title repeated in the body ×${count}`;
}

/** A one-sentence paragraph without a final stop: a heading. */
function isHeading(ctx: TechniqueContext, paragraphs: ReadonlySet<string>, s: Span): boolean {
  return !/[.!?…]["”’]?$/.test(ctx.text.slice(s.start, s.end)) && paragraphs.has(`${s.start}:${s.end}`);
}

export function detectRepetition(ctx: TechniqueContext): Candidate[] {
  const { text } = ctx;
  const titleKeys = ctx.title ? splitSentences(ctx.title).map((s) => sentenceKey(ctx.title!.slice(s.start, s.end))) : [];
  const groups = new Map<string, number[]>();
  ctx.sentences.forEach((_, i) => {
    const key = sentenceKeyOf(ctx, i);
    if (words(key) < MIN_WORDS) return;
    const list = groups.get(key);
    if (list) list.push(i); else groups.set(key, [i]);
  });

  const out: Candidate[] = [];
  const flagged = new Set<number>();
  for (const [key, members] of groups) {
    const inTitle = titleKeys.includes(key);
    if (members.length < 2 && !inTitle) continue;
    const first = members[0]!;
    flagged.add(first);
    const c = structuralCandidate(text, 'repetition', ctx.sentences[first]!, repeatCue(members.length, inTitle, first === 0), repeatConfidence(members.length, inTitle));
    if (c) out.push(c);
  }

  const longTitleKeys = titleKeys.filter((k) => words(k) >= MIN_PART_WORDS);
  const paragraphs = new Set(ctx.paragraphs.map((p) => `${p.start}:${p.end}`));
  for (const [key, members] of groups) {
    const first = members[0]!;
    if (flagged.has(first)) continue;
    const long = words(key) >= MIN_PART_WORDS;
    const partial = longTitleKeys.some((t) => (long && containsWords(t, key)) || containsWords(key, t));
    if (!partial) continue;
    const s = ctx.sentences[first]!;
    const c = structuralCandidate(text, 'repetition', s, isHeading(ctx, paragraphs, s) ? 'heading repeats the title' : 'sentence repeats part of the title', 0.45);
    if (c) out.push(c);
  }
  const flaggedStarts = new Set([...flagged].map((i) => ctx.sentences[i]!.start));
  for (const r of shortRepeats(ctx)) {
    if (flaggedStarts.has(r.span.start)) continue; // said again whole: flagged above
    const c = structuralCandidate(text, 'repetition', r.span, `short sentence repeated ×${r.count}`, 0.5);
    if (c) out.push(c);
  }
  out.push(...repeatedPhrases(ctx, flagged));
  const whole = [...flagged].map((i) => ctx.sentences[i]!);
  for (const r of [...titleCatchphrases(ctx), ...repeatedCuePhrases(ctx), ...anaphora(ctx), ...refrains(ctx)]) {
    if (whole.some((w) => r.span.start < w.end && r.span.end > w.start)) continue; // inside a sentence said again whole
    const c = structuralCandidate(text, 'repetition', withoutFinalStop(text, r.span), r.cue, 0.5);
    if (c) out.push(c);
  }
  return out;
}

/** Stretches of PHRASE_WORDS words or more said again in another sentence, flagged at their first occurrence. */
function repeatedPhrases(ctx: TechniqueContext, flagged: ReadonlySet<number>): Candidate[] {
  // Each word as a number (equal words, equal numbers), so a stretch is hashed without building strings.
  const ids = new Map<string, number>();
  const idAt = new Int32Array(ctx.tokens.length); // by token; read only for word tokens
  const words = ctx.sentenceTokens.map(([from, to]) => {
    const list: number[] = [];
    for (let k = from; k < to; k++) {
      const t = ctx.tokens[k]!;
      if (!t.word) continue;
      list.push(k);
      let n = ids.get(t.norm);
      if (n === undefined) ids.set(t.norm, (n = ids.size));
      idAt[k] = n;
    }
    return list;
  });
  const id = (k: number): number => idAt[k]!;
  const same = (a: readonly number[], i: number, b: readonly number[], j: number, n: number): boolean => {
    for (let k = 0; k < n; k++) if (id(a[i + k]!) !== id(b[j + k]!)) return false;
    return true;
  };
  // First occurrence of each distinct stretch, bucketed by a hash of its words.
  const firstAt = new Map<number, [number, number][]>();
  const found = new Map<number, [number, number]>(); // sentence → [first word, last word] of its repeated stretch
  words.forEach((list, si) => {
    for (let w = 0; w + PHRASE_WORDS <= list.length; w++) {
      let h = 0;
      for (let k = 0; k < PHRASE_WORDS; k++) h = (Math.imul(h, 31) + id(list[w + k]!)) | 0;
      const bucket = firstAt.get(h);
      const prev = bucket?.find(([ps, pw]) => same(words[ps]!, pw, list, w, PHRASE_WORDS));
      if (!prev) {
        if (bucket) bucket.push([si, w]); else firstAt.set(h, [[si, w]]);
        continue;
      }
      const [ps, pw] = prev;
      if (ps === si || flagged.has(ps)) continue;
      const span = found.get(ps);
      const a = list.length, pl = words[ps]!;
      let len = PHRASE_WORDS;
      while (pw + len < pl.length && w + len < a && id(pl[pw + len]!) === id(list[w + len]!)) len++;
      const stretch: [number, number] = [pl[pw]!, pl[pw + len - 1]!];
      found.set(ps, span ? [Math.min(span[0], stretch[0]), Math.max(span[1], stretch[1])] : stretch);
    }
  });
  const out: Candidate[] = [];
  for (const [, [a, b]] of found) {
    const n = ctx.tokens.slice(a, b + 1).filter((t) => t.word).length;
    const c = structuralCandidate(ctx.text, 'repetition', { start: ctx.tokens[a]!.start, end: ctx.tokens[b]!.end }, `phrase of ${n} words repeated`, 0.55);
    if (c) out.push(c);
  }
  return out;
}

export const repetitionDetector: TechniqueDetector = { name: 'repetition', detect: detectRepetition };
