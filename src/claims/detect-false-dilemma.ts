// False dilemma: presenting two options (or one) as the only ones.
// - a sentence opening with an exclusive "Only" + a relative clause or a modal ("Only those who
//   stick together have a chance to survive.", "Only China can …"), not a time ("Only then");
// - "either … or …" in one sentence: two options; with a word that closes the others off
//   ("must", "only", "no other", "choose") it is structural, alone it stays lexical.
// - "must choose: A, or B" / "has to choose between A and B": a forced choice with its two options.
// "There is no other choice", "no choice but", "the only way" are in the cue list.
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { mocksBelievers } from './credulous-reader.js';
import { sentenceText } from './technique-sentence.js';

const RELATIVE = new Set(['who', 'that', 'which', 'whose']);
const MODAL = new Set(['can', 'could', 'will', 'would', 'may', 'must']);
const NOT_EXCLUSIVE = new Set(['then', 'after', 'when', 'in', 'on', 'at', 'yesterday', 'last', 'this', 'recently', 'a', 'one', 'two', 'three', 'once', 'if', 'by', 'since', 'about', 'for', 'now', 'later']);
const CLOSING_OFF = /\b(?:must|have to|has to|only|no other|no third|choose|choice|no alternative|no middle)\b/i;
const OR_WINDOW = 15;

function onlyThose(ctx: TechniqueContext, sentence: number): Candidate | null {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  let k = from;
  while (k < to && !ctx.tokens[k]!.word) k++;
  const next = ctx.tokens[k + 1]?.norm ?? '';
  if (ctx.tokens[k]?.norm !== 'only' || NOT_EXCLUSIVE.has(next) || /^\d/.test(next)) return null;
  let hit = '';
  for (let j = k + 1; j < Math.min(to, k + 7) && !hit; j++) {
    const w = ctx.tokens[j]!.norm;
    if (j <= k + 4 && RELATIVE.has(w)) hit = w;
    else if (MODAL.has(w)) hit = w;
  }
  // "Only who reads their papers can believe this" mocks a claim's believers: doubt, not a dilemma.
  if (!hit || mocksBelievers(sentenceText(ctx, sentence))) return null;
  return structuralCandidate(ctx.text, 'false_dilemma', withoutFinalStop(ctx.text, ctx.sentences[sentence]!), `sentence-initial "only" … "${hit}" (one way presented as the only one)`, 0.5);
}

function eitherOr(ctx: TechniqueContext, sentence: number): Candidate | null {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  for (let i = from; i < to; i++) {
    if (ctx.tokens[i]!.norm !== 'either') continue;
    for (let j = i + 2; j < Math.min(to, i + OR_WINDOW); j++) {
      if (ctx.tokens[j]!.norm !== 'or') continue;
      const s = ctx.sentences[sentence]!;
      const closing = CLOSING_OFF.exec(ctx.text.slice(s.start, s.end))?.[0]?.toLowerCase();
      const span = withoutFinalStop(ctx.text, s);
      if (!closing) return { technique: 'false_dilemma', ...span, cue: '"either … or"', confidence: 0.25, structural: false };
      return structuralCandidate(ctx.text, 'false_dilemma', span, `"either … or" closing other options off ("${closing}")`, 0.5);
    }
  }
  return null;
}

const MUST_CHOOSE = /\b(?:must|has to|have to|will have to|needs? to|is forced to|are forced to)\s+(?:now\s+)?choose\b\s*(?::\s*[^,;.]{2,60},?\s+or\s+|between\s+[^,;.]{2,60}?\s+(?:and|or)\s+)/i;

function mustChoose(ctx: TechniqueContext, sentence: number): Candidate | null {
  const s = ctx.sentences[sentence]!;
  if (!MUST_CHOOSE.test(ctx.text.slice(s.start, s.end))) return null;
  return structuralCandidate(ctx.text, 'false_dilemma', withoutFinalStop(ctx.text, s), 'forced choice between two options ("must choose: A or B")', 0.5);
}

export function detectFalseDilemma(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((_, i) => {
    const only = onlyThose(ctx, i);
    if (only) out.push(only);
    const either = eitherOr(ctx, i);
    if (either) out.push(either);
    const choose = mustChoose(ctx, i);
    if (choose) out.push(choose);
  });
  return out;
}

export const falseDilemmaDetector: TechniqueDetector = { name: 'false-dilemma', detect: detectFalseDilemma };
