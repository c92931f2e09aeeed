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

interface Word { readonly tok: number; readonly norm: string; readonly plain: boolean }

/** Each sentence's word tokens, marked plain when they may stand in a refrain. */
function sentenceWordsOf(ctx: TechniqueContext): Word[][] {
  const inName = new Set<number>();
  for (const m of ctx.mentionAt.values()) for (let k = m.first; k < m.last; k++) inName.add(k);
  return ctx.sentenceTokens.map(([from, to]) => {
    const out: Word[] = [];
    for (let k = from; k < to; k++) {
      const t = ctx.tokens[k]!;
      if (!t.word) continue;
      const capital = /^\p{Lu}/u.test(ctx.text[t.start]!) && out.length > 0;
      out.push({ tok: k, norm: t.norm, plain: !capital && !inName.has(k) && !/\d/.test(t.norm) });
    }
    return out;
  });
}

function isRefrain(words: readonly Word[]): boolean {
  if (!words.every((w) => w.plain)) return false;
  const norms = words.map((w) => w.norm);
  if (norms.some((w) => REPORTING.has(w) || w === 'of') || INDEFINITE.has(norms[0]!)) return false;
  return content(norms[0]!) && content(norms[norms.length - 1]!) && norms.filter(content).length >= 2;
}

export function refrains(ctx: TechniqueContext): PhraseRepeat[] {
  const sentences = sentenceWordsOf(ctx);
  const out: PhraseRepeat[] = [];
  const taken: Span[] = [];
  for (let n = MAX_N; n >= MIN_N; n--) {
    const seen = new Map<string, { span: Span; sentences: Set<number> }>();
    sentences.forEach((words, si) => {
      for (let w = 0; w + n <= words.length; w++) {
        const phrase = words.slice(w, w + n);
        if (!isRefrain(phrase)) continue;
        const key = phrase.map((p) => p.norm).join(' ');
        const span = { start: ctx.tokens[phrase[0]!.tok]!.start, end: ctx.tokens[phrase[n - 1]!.tok]!.end };
        const known = seen.get(key);
        if (known) known.sentences.add(si); else seen.set(key, { span, sentences: new Set([si]) });
      }
    });
    for (const [key, { span, sentences: where }] of seen) {
      if (where.size < 2 || taken.some((t) => t.start <= span.start && t.end >= span.end)) continue;
      taken.push(span);
      out.push({ span, cue: `phrase "${key}" repeated ×${where.size}` });
    }
  }
  return out;
}
