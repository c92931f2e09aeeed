// Consequential oversimplification (slippery slope): one step said to set off a chain of further
// consequences. Structural evidence: one sentence predicting at least three linked consequences
// ("X will …, which will lead to …"), or two after a condition ("If …, … will …, and then …").
// Single predictions are not chains and are left to the cue list ("slippery slope", "the first
// step toward", "will open the door to").
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';

const LINK = /\b(?:will|would|shall|lead(?:s|ing)? to|result(?:s|ing)? in|and then|in turn)\b/gi;
const CONDITION = /^\W*(?:if|once|should|when)\b|,\s*(?:if|once)\b/i;

export function detectConsequenceChain(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  for (const s of ctx.sentences) {
    const sentence = ctx.text.slice(s.start, s.end);
    const links = sentence.match(LINK) ?? [];
    const conditional = CONDITION.test(sentence);
    if (links.length < (conditional ? 2 : 3)) continue;
    const cue = `chain of predicted consequences (${conditional ? 'if … ' : ''}${links.map((l) => l.toLowerCase()).join(' … ')})`;
    const c = structuralCandidate(ctx.text, 'consequential_oversimplification', withoutFinalStop(ctx.text, s), cue, 0.45);
    if (c) out.push(c);
  }
  return out;
}

export const consequenceChainDetector: TechniqueDetector = { name: 'consequence-chain', detect: detectConsequenceChain };
