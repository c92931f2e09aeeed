// Two shapes of repetition shorter than a sentence (detect-repetition.ts uses both):
// - the title's catchphrase hammered in the body: a phrase of two to four words of the title, at
//   least two of them content words and none a name (an actor's, or capitalised wherever it
//   occurs), said twice or more in the body
//   ("iron fist", "plays with fire"); words are compared by a crude stem so "play"/"plays" agree;
// - anaphora: clauses of one sentence, or two sentences in a row, opening with the same three
//   words, one of them a content word ("The coast will not forget, and the coast will not forgive");
// - a charged phrase of the cue lists (two words or more: "play with fire", "iron fist") matched in
//   two sentences or more, in any inflection (the same cue fired).
import type { Span } from '../model/span.js';
import type { TechniqueContext } from './technique-context.js';
import { sentenceWords, wordsOf } from './technique-sentence.js';
import type { Cue } from './technique-cues.js';
import type { CueHit } from './technique-cue-matches.js';

export interface PhraseRepeat { readonly span: Span; readonly cue: string }

const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'and', 'or', 'but', 'as', 'is', 'are', 'was',
  'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'not', 'no', 'its', 'his', 'her', 'their',
  'our', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'you', 'i', 'after', 'before', 'over', 'into',
  'says', 'said', 'say', 'new', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'days',
  'years', 'day', 'year', 'more', 'than', 'who', 'what', 'why', 'how', 'about', 'against', 'between', 'up', 'out', 'do',
]);
/** What `.` in a regular expression does not match. */
const LINE_BREAK = new Set(['\n', '\r', '\u2028', '\u2029']);
const MIN_N = 2;
const MAX_N = 4;
const ANAPHORA_WORDS = 3;

/** A crude stem: -ing, -ed, -es or -s cut, then a doubled last letter made single ("stopp" → "stop"). */
function stem(w: string): string {
  let n = w.length;
  if (w.endsWith('ing')) n -= 3;
  else if (w.endsWith('ed') || w.endsWith('es')) n -= 2;
  else if (w.endsWith('s')) n -= 1;
  if (n >= 2 && w.charCodeAt(n - 1) === w.charCodeAt(n - 2) && !LINE_BREAK.has(w[n - 1]!)) n -= 1;
  return n === w.length ? w : w.slice(0, n);
}
export const content = (w: string): boolean => w.length >= 3 && !STOP.has(w) && !/\d/.test(w);

/** Body word tokens (index into ctx.tokens) with their stems, outside actor mentions. */
function bodyWords(ctx: TechniqueContext): { tok: number; stem: string; inName: boolean }[] {
  const inName = new Set<number>();
  for (const m of ctx.mentionAt.values()) for (let k = m.first; k < m.last; k++) inName.add(k);
  const out: { tok: number; stem: string; inName: boolean }[] = [];
  ctx.tokens.forEach((t, k) => { if (t.word) out.push({ tok: k, stem: stem(t.norm), inName: inName.has(k) }); });
  return out;
}

/** Techniques whose multi-word cues are catchphrases when hammered. */
const CHARGED = new Set(['loaded_language', 'name_calling', 'appeal_to_fear', 'flag_waving', 'slogans']);

export function repeatedCuePhrases(ctx: TechniqueContext): PhraseRepeat[] {
  const bySentence = new Map<Cue, CueHit[]>();
  for (const hit of ctx.hits) {
    if (!CHARGED.has(hit.cue.technique) || hit.words.split(' ').filter((w) => /\p{L}/u.test(w)).length < 2) continue;
    const list = bySentence.get(hit.cue);
    if (list) { if (!list.some((h) => h.sentence === hit.sentence)) list.push(hit); } else bySentence.set(hit.cue, [hit]);
  }
  const out: PhraseRepeat[] = [];
  for (const hits of bySentence.values()) {
    if (hits.length < 2) continue;
    out.push({ span: { start: hits[0]!.start, end: hits[0]!.end }, cue: `charged phrase "${hits[0]!.words}" repeated ×${hits.length}` });
  }
  return out;
}

export function titleCatchphrases(ctx: TechniqueContext): PhraseRepeat[] {
  if (!ctx.title) return [];
  const title = wordsOf(ctx.title);
  const body = bodyWords(ctx);
  const out: PhraseRepeat[] = [];
  const taken: Span[] = [];
  // Body positions by stem, so a title phrase is compared only where its first word occurs.
  const byStem = new Map<string, number[]>();
  body.forEach((w, b) => { const list = byStem.get(w.stem); if (list) list.push(b); else byStem.set(w.stem, [b]); });
  for (let n = MAX_N; n >= MIN_N; n--) {
    for (let i = 0; i + n <= title.length; i++) {
      const phrase = title.slice(i, i + n);
      if (phrase.filter(content).length < 2 || !content(phrase[0]!) || !content(phrase[n - 1]!)) continue;
      const stems = phrase.map(stem);
      const at: number[] = [];
      for (const b of byStem.get(stems[0]!) ?? []) {
        if (b + n > body.length) break;
        let ok = true;
        for (let k = 0; k < n && ok; k++) {
          const w = body[b + k]!;
          ok = w.stem === stems[k] && !w.inName && (k === 0 || ctx.tokens[w.tok]!.sentence === ctx.tokens[body[b]!.tok]!.sentence);
        }
        if (ok) at.push(b);
      }
      // A name the actors layer does not know ("Red Sea") is capitalised wherever it occurs.
      const isName = at.every((b) => body.slice(b, b + n).every((w) => /^\p{Lu}/u.test(ctx.text[ctx.tokens[w.tok]!.start]!)));
      if (at.length < 2 || isName) continue;
      const span = { start: ctx.tokens[body[at[0]!]!.tok]!.start, end: ctx.tokens[body[at[0]! + n - 1]!.tok]!.end };
      if (taken.some((t) => t.start <= span.start && t.end >= span.end)) continue;
      taken.push(span);
      out.push({ span, cue: `title's phrase repeated in the body ×${at.length}` });
    }
  }
  return out;
}

const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'yet']);

/** The first ANAPHORA_WORDS words of a clause's words (a leading conjunction dropped). */
function openingOf(w: readonly string[]): string | null {
  const skip = CONJUNCTIONS.has(w[0] ?? '') ? 1 : 0;
  if (w.length - skip < ANAPHORA_WORDS + 1) return null;
  const head = w.slice(skip, skip + ANAPHORA_WORDS);
  return head.some(content) ? head.join(' ') : null;
}

const CLAUSE_MARK = /[,;:—–]/;
/** Words `openingOf` reads: a conjunction, the opening, and one more to know the clause is longer. */
const OPENING_SPAN = ANAPHORA_WORDS + 2;

export function anaphora(ctx: TechniqueContext): PhraseRepeat[] {
  const out: PhraseRepeat[] = [];
  const starts = ctx.sentences.map((_, i) => openingOf(sentenceWords(ctx, i)));
  ctx.sentences.forEach((s, i) => {
    const text = ctx.text.slice(s.start, s.end);
    // A sentence of one clause has no two clauses opening alike.
    const clauses = CLAUSE_MARK.test(text) ? text.split(CLAUSE_MARK).map((c) => openingOf(wordsOf(c, OPENING_SPAN))).filter((k): k is string => k !== null) : [];
    if (new Set(clauses).size < clauses.length) out.push({ span: s, cue: 'anaphora: clauses opening alike' });
    else if (starts[i] && starts[i] === starts[i + 1]) out.push({ span: { start: s.start, end: ctx.sentences[i + 1]!.end }, cue: 'anaphora: sentences opening alike' });
  });
  return out;
}
