// Conversation killer: words that end the discussion instead of arguing it. The structure that
// gives it away is the author's own question answered at once with a categorical short sentence
// ("But will the West make concessions? The answer is undoubtedly negative."), or a stock phrase
// ("needless to say", "anyone with a discerning eye can see") standing as a short sentence of its
// own. The stock phrases are in the cue list; elsewhere in a sentence they stay lexical. A short
// concessive maxim naming no actor ("Truth may be slow, but it always arrives") is one too (0.4).
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import { finalMark, isQuoteMark, wordCount, type TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';

const ANSWER_WORDS = 12;
const ALONE_WORDS = 10;
const CATEGORICAL = /\b(?:the answer is|of course|obviously|clearly|certainly|undoubtedly|definitely|no doubt|absolutely|needless to say|not at all|impossible|never)\b|^\s*(?:no|yes)\b/i;

/** "X may be late, but it will never be absent": a concession closed by a categorical, no actor named. */
const CONCESSIVE = /^\W*[\p{L}-]+(?:\s+[\p{L}-]+){0,2}\s+(?:may|might|can)\s+[^,]{2,40},\s*but\s+[^,]{2,50}\b(?:never|always)\b/iu;
const MAXIM_WORDS = 12;

function concessiveMaxim(ctx: TechniqueContext, i: number): Candidate | null {
  const s = ctx.sentences[i]!;
  const [from, to] = ctx.sentenceTokens[i]!;
  if (wordCount(ctx, i) > MAXIM_WORDS || isQuoteMark(ctx.text[s.start]) || !CONCESSIVE.test(ctx.text.slice(s.start, s.end))) return null;
  for (let k = from; k < to; k++) if (ctx.mentionAt.has(k)) return null;
  return structuralCandidate(ctx.text, 'conversation_killer', withoutFinalStop(ctx.text, s), 'concessive maxim ("… may …, but … never …")', 0.4);
}

function answeredQuestion(ctx: TechniqueContext, i: number, cueWords: string | undefined): Candidate | null {
  const question = ctx.sentences[i - 1];
  const s = ctx.sentences[i]!;
  if (!question || finalMark(ctx.text, question) !== '?' || isQuoteMark(ctx.text[question.start])) return null;
  if (/\n\s*\n/.test(ctx.text.slice(question.end, s.start)) || wordCount(ctx, i) > ANSWER_WORDS) return null;
  if (finalMark(ctx.text, s) === '?') return null;
  const marker = cueWords ?? CATEGORICAL.exec(ctx.text.slice(s.start, s.end))?.[0]?.trim().toLowerCase();
  if (!marker) return null;
  return structuralCandidate(ctx.text, 'conversation_killer', withoutFinalStop(ctx.text, s), `"${marker}" answering the author's own question`, 0.55);
}

export function detectConversationKiller(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  const cueIn = new Map<number, string>();
  for (const hit of ctx.hits) if (hit.cue.technique === 'conversation_killer' && !cueIn.has(hit.sentence)) cueIn.set(hit.sentence, hit.words);
  const answers = new Set<number>();
  for (let i = 1; i < ctx.sentences.length; i++) {
    const c = answeredQuestion(ctx, i, cueIn.get(i));
    if (c) { out.push(c); answers.add(i); }
  }
  for (let i = 0; i < ctx.sentences.length; i++) {
    const c = answers.has(i) ? null : concessiveMaxim(ctx, i);
    if (c) out.push(c);
  }
  for (const hit of ctx.hits) {
    if (hit.cue.technique !== 'conversation_killer' || answers.has(hit.sentence) || wordCount(ctx, hit.sentence) > ALONE_WORDS) continue;
    const c = structuralCandidate(ctx.text, 'conversation_killer', withoutFinalStop(ctx.text, ctx.sentences[hit.sentence]!), `"${hit.words}" as a sentence of its own`, 0.5);
    if (c) out.push(c);
  }
  return out;
}

export const conversationKillerDetector: TechniqueDetector = { name: 'conversation-killer', detect: detectConversationKiller };
