// Consequential oversimplification (slippery slope): one step said to set off a chain of further
// consequences. Structural evidence: one sentence predicting at least three linked consequences
// ("X will …, which will lead to …"), or two after a condition ("If …, … will …, and then …").
// A temporal ladder is a chain too: "Today …, tomorrow …, and the day after (tomorrow) …", or a step
// said to recur until "the day will come when …" (0.5).
// Single predictions are not chains and are left to the cue list ("slippery slope", "the first
// step toward", "will open the door to").
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { loweredSentence, mayHold, type Lowered } from './technique-precheck.js';

const LINK = /\b(?:will|would|shall|lead(?:s|ing)? to|result(?:s|ing)? in|and then|in turn)\b/gi;
const CONDITION = /^\W*(?:if|once|should|when)\b|,\s*(?:if|once)\b/i;
const RUNG = /\b(?:today|tomorrow|(?:the day )?after tomorrow|the day after|next year|next month|next week|the day will come|then)\b/gi;
const LADDER_START = /\b(?:today|tomorrow|first|every new|each new)\b/i;
/** What LINK and LADDER_START cannot match without (pre-checks). */
const LINK_WORDS = ['will', 'would', 'shall', 'lead', 'result', 'and then', 'in turn'];
const LADDER_WORDS = ['today', 'tomorrow', 'first', 'every new', 'each new'];

/** "Today … tomorrow … after tomorrow": two rungs after a start, in one sentence. */
function ladder(sentence: string, lower: Lowered): string | null {
  if (!mayHold(lower, LADDER_WORDS) || !LADDER_START.test(sentence)) return null;
  const rungs = [...new Set((sentence.match(RUNG) ?? []).map((r) => r.toLowerCase()))];
  if (rungs.length >= 2 && rungs.some((r) => r.includes('tomorrow') || r.startsWith('next') || r.includes('day will'))) return rungs.join(' … ');
  if (/\b(?:every|each) new\b/i.test(sentence) && /\bthe day will come\b/i.test(sentence)) return 'every new … the day will come';
  return null;
}

export function detectConsequenceChain(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  for (const [i, s] of ctx.sentences.entries()) {
    const sentence = ctx.text.slice(s.start, s.end);
    const lower = loweredSentence(ctx, i);
    const rungs = ladder(sentence, lower);
    if (rungs) {
      const c = structuralCandidate(ctx.text, 'consequential_oversimplification', withoutFinalStop(ctx.text, s), `temporal ladder (${rungs})`, 0.5);
      if (c) out.push(c);
      continue;
    }
    const links = mayHold(lower, LINK_WORDS) ? sentence.match(LINK) ?? [] : [];
    const conditional = CONDITION.test(sentence);
    if (links.length < (conditional ? 2 : 3)) continue;
    const cue = `chain of predicted consequences (${conditional ? 'if … ' : ''}${links.map((l) => l.toLowerCase()).join(' … ')})`;
    const c = structuralCandidate(ctx.text, 'consequential_oversimplification', withoutFinalStop(ctx.text, s), cue, 0.45);
    if (c) out.push(c);
  }
  return out;
}

export const consequenceChainDetector: TechniqueDetector = { name: 'consequence-chain', detect: detectConsequenceChain };
