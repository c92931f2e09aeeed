// Doubt: casting doubt on a claim, a term or someone's standing by form rather than argument.
// - scare quotes: a short term in quotation marks nobody is quoted as saying (detect-scare-quotes.ts);
// - "so-called" with its object: the quoted term after it (`so-called + scare quotes`, the
//   strongest form) or up to three plain words, or a capitalised name of up to six ("so-called"
//   is doubt even in a neutral use, but stays lexical);
// - questions that doubt ("Is this really …?", "Can anyone believe …?"): the author's own
//   question (not one in quotation marks) with a doubting adverb or verb;
// - the credulous reader mocked ("Anyone who believes X should ask …", credulous-reader.ts).
// Word cues ("alleged", "supposedly", "claimed to be") come from the cue list.
import type { Span } from '../model/span.js';
import { articleQuotePairs, isScareQuote, type QuotePair } from './detect-scare-quotes.js';
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import { finalMark, isQuoteMark, sentenceAt, type TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { mocksBelievers } from './credulous-reader.js';

const SCARE = 0.45;
const SO_CALLED_QUOTED = 0.6;
const SO_CALLED_PLAIN = 0.35;
const DOUBTING_QUESTION = 0.4;
const CREDULOUS = 0.45;
const OBJECT_WORDS = 3;
const NAME_WORDS = 6;

/** Words that end a plain "so-called" object: verbs, function words, comparisons. */
const STOP = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'should', 'that', 'which', 'who', 'whom', 'whose', 'and', 'or', 'but', 'to', 'of', 'in', 'on',
  'for', 'by', 'with', 'as', 'at', 'from', 'than', 'far', 'not', 'this', 'these', 'those', 'it', 'its', 'their', 'they',
]);
const DOUBTING = /\b(?:really|truly|actually|genuinely|seriously|believe|believes|trust|credible|sincere|honest|fair|impartial|neutral|objective|legitimate|independent|trusted|supposed to)\b/i;

function soCalled(ctx: TechniqueContext, pairs: readonly QuotePair[], usedPairs: Set<QuotePair>): Candidate[] {
  const { tokens, text } = ctx;
  const pairAt = new Map(pairs.map((p) => [p.open, p]));
  const out: Candidate[] = [];
  tokens.forEach((t, i) => {
    const two = t.norm === 'so' && tokens[i + 1]?.norm === 'called' && tokens[i + 1]!.sentence === t.sentence;
    if (t.norm !== 'so-called' && !two) return;
    const after = two ? i + 2 : i + 1;
    const next = tokens[after];
    if (next && next.sentence === t.sentence && next.quote) {
      const pair = pairAt.get(next.start);
      if (pair) {
        usedPairs.add(pair);
        const c = structuralCandidate(text, 'doubt', { start: t.start, end: pair.close + 1 }, 'so-called + scare quotes', SO_CALLED_QUOTED);
        if (c) out.push(c);
        return;
      }
    }
    let end = tokens[after - 1]!.end;
    for (let k = after; k < after + NAME_WORDS; k++) {
      const w = tokens[k];
      if (!w || w.sentence !== t.sentence || !w.word || STOP.has(w.norm)) break;
      // Plain words up to three; a capitalised name is taken whole ("so-called Black Sea Grain Initiative").
      const capital = /^\p{Lu}/u.test(text.slice(w.start, w.end));
      if (k >= after + OBJECT_WORDS && !capital) break;
      // A name after plain words is in apposition ("so-called prime minister Arseniy Yatsenyuk"): the doubted term ends before it.
      if (capital && k > after && !/^\p{Lu}/u.test(text.slice(tokens[k - 1]!.start, tokens[k - 1]!.end))) break;
      end = w.end;
    }
    out.push({ technique: 'doubt', start: t.start, end, cue: '"so-called"', confidence: SO_CALLED_PLAIN, structural: false });
  });
  return out;
}

function doubtingQuestions(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s: Span) => {
    if (finalMark(ctx.text, s) !== '?' || isQuoteMark(ctx.text[s.start])) return;
    const sentence = ctx.text.slice(s.start, s.end);
    const marker = DOUBTING.exec(sentence)?.[0];
    if (!marker) return;
    const c = structuralCandidate(ctx.text, 'doubt', s, `question casting doubt ("${marker.toLowerCase()}")`, DOUBTING_QUESTION);
    if (c) out.push(c);
  });
  return out;
}

function credulousReaders(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    if (isQuoteMark(sentence.trimStart()[0]) || !mocksBelievers(sentence)) continue;
    const c = structuralCandidate(ctx.text, 'doubt', withoutFinalStop(ctx.text, s), 'the believers of a claim mocked ("anyone who believes … should …")', CREDULOUS);
    if (c) out.push(c);
  }
  return out;
}

export function detectDoubt(ctx: TechniqueContext): Candidate[] {
  const pairs = articleQuotePairs(ctx);
  const used = new Set<QuotePair>();
  const out = soCalled(ctx, pairs, used);
  for (const pair of pairs) {
    if (used.has(pair)) continue;
    const sentence = ctx.sentences[sentenceAt(ctx.sentences, pair.open)];
    if (!isScareQuote(ctx.text, pair, sentence?.start ?? 0, ctx.quotes)) continue;
    const c = structuralCandidate(ctx.text, 'doubt', { start: pair.open, end: pair.close + 1 }, 'scare quotes', SCARE);
    if (c) out.push(c);
  }
  out.push(...doubtingQuestions(ctx));
  out.push(...credulousReaders(ctx));
  return out;
}

export const doubtDetector: TechniqueDetector = { name: 'doubt', detect: detectDoubt };
