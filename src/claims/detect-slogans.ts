// Slogans: brief, striking phrases meant to be remembered and repeated. What their form shows:
// - a short exclamation of the author's (2–6 words: "Victory will be ours!"), not a call to
//   subscribe or share;
// - a short aphorism "A is/means B" (3–5 words, no pronoun or article: "Freedom means order");
// - an antithesis repeating its subject ("We do not seek war, but we do not fear war");
// - a chant: three or more short clauses after a colon, each opening with a verb-like word
//   ("…: end the war, free the hostages, open the crossings");
// - a short exclamation in quotation marks inside a sentence (a chant, a placard: "… chanted
//   “Long live X!”"), 1–6 words, or up to 12 when its clauses open alike ("They took A, they will
//   take B!");
// - an identity of two names as a sentence of its own ("Crimea is Russia"), a claim vowed to last
//   ("…, the strait is ours, and it will stay so"), and a verbless triad opening alike ("One
//   people, one flag, one home.");
// - a short sentence said again in the body, alone or as a clause (detect-repetition.ts flags the
//   repetition; a repeated short line is also a slogan).
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { isExclamation, isQuoted, sentenceText, sentenceWords, wordsOf } from './technique-sentence.js';
import { shortRepeats } from './technique-short-repeats.js';
import { articleQuotePairs } from './detect-scare-quotes.js';

const PROMO = /\b(?:subscribe|like|share|follow|click|download|sign up|join us|read more|comment)\b/i;
const FUNCTION = new Set(['it', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you', 'the', 'a', 'an', 'there', 'what', 'who', 'which', 'here', 'all', 'not', 'no']);
const COPULA = new Set(['is', 'means', 'equals', 'are', 'mean']);
const NOT_CHANT = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'in', 'on', 'to', 'with', 'for', 'by', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'which', 'who', 'as', 'at', 'from']);

/** An actor named in the sentence makes "A is B" a report ("Kiev regime is happy"), not a maxim. */
function hasMention(ctx: TechniqueContext, sentence: number): boolean {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  for (let k = from; k < to; k++) if (ctx.mentionAt.has(k)) return true;
  return false;
}

function aphorism(words: readonly string[]): boolean {
  if (words.length < 3 || words.length > 5 || words.some((w) => FUNCTION.has(w) || /\d/.test(w))) return false;
  const k = words.findIndex((w) => COPULA.has(w));
  return k >= 1 && k === words.length - 2;
}

function antithesis(text: string): boolean {
  const m = /^\s*([\p{L}-]+)\b([^,;]{3,60})[,;]\s*(?:but|yet|and)\s+([\p{L}-]+)\b([^,;]{3,60})$/u.exec(text.replace(/[.!]\s*$/, ''));
  if (!m || m[1]!.toLowerCase() !== m[3]!.toLowerCase()) return false;
  const first = new Set(wordsOf(m[2]!).filter((w) => w.length > 3));
  return wordsOf(m[4]!).some((w) => w.length > 3 && first.has(w)) && /\bnot\b|n't\b|\bnever\b/.test(m[2]! + m[4]!);
}

function chant(text: string): { start: number; end: number } | null {
  const colon = text.lastIndexOf(':');
  if (colon < 0) return null;
  const tail = text.slice(colon + 1).replace(/[.!]\s*$/, '');
  const parts = tail.split(',').map((p) => wordsOf(p));
  if (parts.length < 3 || parts.some((p) => p.length < 2 || p.length > 4 || NOT_CHANT.has(p[0]!) || p.includes('and'))) return null;
  const lead = tail.length - tail.trimStart().length;
  return { start: colon + 1 + lead, end: colon + 1 + tail.trimEnd().length };
}

/** "A is B" where A and B are each one actor mention and nothing else ("Crimea is Russia"). */
function nameIdentity(ctx: TechniqueContext, sentence: number): boolean {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  const words: number[] = [];
  for (let k = from; k < to; k++) if (ctx.tokens[k]!.word) words.push(k);
  const copula = words.findIndex((k) => ctx.tokens[k]!.norm === 'is');
  if (copula < 1 || words.length > 7) return false;
  const left = ctx.mentionAt.get(words[0]!);
  const right = ctx.mentionAt.get(words[copula + 1] ?? -1);
  return !!left && !!right && left.last === words[copula] && right.last === words[words.length - 1]! + 1 && left.actor.id !== right.actor.id;
}

const VOWED_TO_LAST = /\b(?:is|are)\s+[^,;]{1,40},\s*and\s+(?:it|this|they|so\s+it)\s+(?:will|shall)\s+(?:stay|remain|always\s+be|be)\s+(?:so|that\s+way|forever)\b/i;

/** Three or more short parts (two to four words) opening with the same word, and nothing else. */
function triad(text: string): boolean {
  const parts = text.replace(/[.!]\s*$/, '').split(',').map((p) => wordsOf(p));
  if (parts.length < 3 || parts.some((p) => p.length < 2 || p.length > 4)) return false;
  const head = parts[0]![0]!;
  return !NOT_CHANT.has(head) && parts.every((p) => p[0] === head);
}

const QUOTED_MAX = 6;
const QUOTED_PARALLEL_MAX = 12;

/** Clauses opening with the same word ("they stole …, they will steal …"). */
function parallel(words: readonly string[], inner: string): boolean {
  const heads = inner.split(/[,;]/).map((c) => wordsOf(c)[0]).filter(Boolean);
  return heads.length >= 2 && new Set(heads).size === 1 && words.length <= QUOTED_PARALLEL_MAX;
}

function quotedExclamations(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  for (const pair of articleQuotePairs(ctx)) {
    const inner = ctx.text.slice(pair.open + 1, pair.close).trim();
    if (!inner.endsWith('!')) continue;
    const words = wordsOf(inner);
    if (words.length < 1 || PROMO.test(inner) || (words.length > QUOTED_MAX && !parallel(words, inner))) continue;
    const c = structuralCandidate(ctx.text, 'slogans', { start: pair.open + 1, end: pair.close }, 'short quoted exclamation', 0.45);
    if (c) out.push(c);
  }
  return out;
}

export function detectSlogans(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  const push = (c: Candidate | null): void => { if (c) out.push(c); };
  ctx.sentences.forEach((s, i) => {
    const text = sentenceText(ctx, i);
    const words = sentenceWords(ctx, i);
    const span = withoutFinalStop(ctx.text, s);
    if (!isQuoted(ctx, i) && isExclamation(ctx, s) && words.length >= 2 && words.length <= 6 && !PROMO.test(text)) {
      push(structuralCandidate(ctx.text, 'slogans', span, 'short exclamation', 0.45));
    }
    if (aphorism(words) && !hasMention(ctx, i)) push(structuralCandidate(ctx.text, 'slogans', span, 'short aphorism "A is B"', 0.4));
    if (nameIdentity(ctx, i)) push(structuralCandidate(ctx.text, 'slogans', span, 'identity of two names ("A is B")', 0.45));
    if (words.length <= 12 && !isQuoted(ctx, i) && triad(text)) push(structuralCandidate(ctx.text, 'slogans', span, 'triad of short parts opening alike', 0.45));
    if (words.length <= 20 && VOWED_TO_LAST.test(text)) push(structuralCandidate(ctx.text, 'slogans', span, 'a claim vowed to last ("…, and it will stay so")', 0.4));
    if (words.length <= 16 && antithesis(text)) push(structuralCandidate(ctx.text, 'slogans', span, 'antithesis repeating its subject', 0.45));
    const c = chant(text);
    if (c) push(structuralCandidate(ctx.text, 'slogans', { start: s.start + c.start, end: s.start + c.end }, 'chant of short clauses', 0.4));
  });
  // A short quoted aphorism inside a longer sentence ("'Uncertainty is weakness,' he added").
  for (const q of ctx.quotes) {
    if (!q.direct || !aphorism(wordsOf(q.text))) continue;
    push(structuralCandidate(ctx.text, 'slogans', q.span, 'short aphorism "A is B", quoted', 0.4));
  }
  out.push(...quotedExclamations(ctx));
  for (const r of shortRepeats(ctx)) push(structuralCandidate(ctx.text, 'slogans', r.span, `short sentence repeated ×${r.count}`, 0.5));
  return out;
}

export const slogansDetector: TechniqueDetector = { name: 'slogans', detect: detectSlogans };
