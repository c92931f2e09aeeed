// Causal oversimplification: one cause named for a complex outcome. Structural forms:
// - the cleft that singles a cause out: "It is X that destroyed / caused / wrecked …";
// - the counterfactual: "Without X, Y would (long ago) have been …";
// - "the only / real / root cause (source, culprit, winner) of … is …" as the sentence's claim;
// - "X is the only reason why …"; "… for one reason (only): …" / "for one purpose: …" (the colon
//   or dash announces the single cause);
// - the cleft also names the one who gains ("It is X that profits from …": cui bono as the cause);
// - a whole laid on one cause: "Everything that happened is the result of X", "Every drop of
//   blood … is on X's hands", "It all started with X" (a universal subject, one cause).
// Single cue words ("the root cause", "to blame for") stay in the cue list.
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { loweredSentence, mayHold } from './technique-precheck.js';
import { isQuoted, sentenceText } from './technique-sentence.js';

const CAUSE_STEMS = ['destroy', 'ruin', 'wreck', 'caus', 'provok', 'start', 'sabotag', 'kill', 'derail', 'creat', 'undermin', 'torpedo', 'blow', 'drove', 'driv', 'push', 'led', 'lead', 'trigger', 'spark', 'fuel', 'gain', 'benefit', 'profit'];
const CAUSE_VERB = `(?:${CAUSE_STEMS.join('|')})\\w*`;
const CLEFT = new RegExp(`^\\W*(?:but\\s+|and\\s+)?it\\s+(?:is|was)\\s+(?!not\\b|time\\b|clear\\b|obvious\\b|true\\b|important\\b|necessary\\b|possible\\b|likely\\b)[^,;]{3,80}?\\s+(?:that|who|which)\\s+(?:has\\s+|have\\s+|had\\s+)?${CAUSE_VERB}\\b`, 'i');
const WITHOUT = /^\W*without\s+[^,]{3,80},\s*[^,]{3,100}\bwould\s+(?:have\s+)?(?:\w+\s+){0,3}?(?:be|been|live|lived|have|had|enjoy\w*)\b/i;
const FOR_ONE = /\bfor\s+(?:one|a single|only one|just one)\s+(?:reason|purpose|motive|goal|aim|cause)(?:\s+(?:only|alone))?\s*[:—–]/i;
const ONLY_REASON = /\b(?:is|was|are|were)\s+the\s+(?:only|sole|single|one)\s+(?:reason|cause|motive|explanation)\s+(?:why|for|that)\b/i;
const WHOLE_ON_ONE = /^\W*(?:and\s+|but\s+)?(?:every|everything|all)\b[^;:]{0,100}?\b(?:(?:is|are|was|were)\s+(?:(?:the|a|only\s+the)\s+)?(?:(?:direct|inevitable|logical)\s+)?(?:result|consequence|fault|work|product|doing)\s+of|(?:is|are|was|were|lies|lie)\s+on\s+(?:the\s+)?[\p{L}'’]+\s+hands)\b|^\W*(?:and\s+|but\s+)?(?:it\s+all|everything|all\s+this|the\s+rot)\s+(?:started|began|starts|begins)\s+with\b/iu;
const SINGLE = /\b(?:the|its)\s+(?:only|sole|single|real|true|root|main)\s+(?:cause|source|reason|culprit|root|winner|beneficiary|explanation)\s+(?:of\s+[^,;:]{2,80}?\s+)?(?:is|was|lies)\b|\bhas\s+only\s+one\s+(?:source|cause|reason|culprit|explanation)\b|^\W*the\s+root\s+of\b/i;

export function detectCausalOversimplification(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    if (isQuoted(ctx, i)) return;
    const text = sentenceText(ctx, i);
    // Each form is tried only when the sentence holds words it cannot match without.
    const lower = loweredSentence(ctx, i);
    const cue = mayHold(lower, CAUSE_STEMS) && CLEFT.test(text) ? 'cleft singling out one cause ("it is … that …")'
      : mayHold(lower, ['without']) && WITHOUT.test(text) ? 'counterfactual "without X, … would …"'
        : mayHold(lower, ['only', 'sole', 'single', 'real', 'true', 'root', 'main', 'one']) && (SINGLE.test(text) || ONLY_REASON.test(text)) ? 'one cause named as the only one'
          : mayHold(lower, ['for']) && FOR_ONE.test(text) ? '"for one reason:" announcing a single cause'
            : mayHold(lower, ['every', 'all', 'rot']) && WHOLE_ON_ONE.test(text) ? 'a whole laid on one cause ("everything … is the result of …")' : null;
    if (!cue) return;
    const c = structuralCandidate(ctx.text, 'causal_oversimplification', withoutFinalStop(ctx.text, s), cue, 0.45);
    if (c) out.push(c);
  });
  return out;
}

export const causalOversimplificationDetector: TechniqueDetector = { name: 'causal-oversimplification', detect: detectCausalOversimplification };
