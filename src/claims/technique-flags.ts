// Persuasion techniques of one article (SPEC §2.3): the cue lists matched once over the article's
// tokens, the structural detectors run over the same context, and every candidate merged so that
// flags of one technique never overlap. Cue-list matches of a technique a detector owns are
// flagged only as that detector returns them; all others are flagged as they are, lexical.
import type { Technique } from '../model/analysis.js';
import { appealToValuesDetector } from './detect-appeal-to-values.js';
import { causalOversimplificationDetector } from './detect-causal-oversimplification.js';
import { doubleStandardDetector } from './detect-double-standard.js';
import { exaggerationDetector } from './detect-exaggeration.js';
import { flagWavingDetector } from './detect-flag-waving.js';
import { slogansDetector } from './detect-slogans.js';
import { strawManDetector } from './detect-straw-man.js';
import { whataboutismDetector } from './detect-whataboutism.js';
import { anonymousAuthorityDetector } from './detect-anonymous-authority.js';
import { appealToFearDetector } from './detect-appeal-to-fear.js';
import { consequenceChainDetector } from './detect-consequence-chain.js';
import { conversationKillerDetector } from './detect-conversation-killer.js';
import { doubtDetector } from './detect-doubt.js';
import { falseDilemmaDetector } from './detect-false-dilemma.js';
import { hypocrisyDetector } from './detect-hypocrisy.js';
import { repetitionDetector } from './detect-repetition.js';
import { reputationDetector } from './detect-reputation.js';
import { guiltByAssociationDetector } from './detect-guilt-by-association.js';
import { appealToPopularityDetector } from './detect-appeal-to-popularity.js';
import { nameCallingDetector } from './detect-name-calling.js';
import { mergeTechniqueFlags } from './technique-flag-merge.js';
import { lexicalCandidate, type Candidate } from './technique-candidate.js';
import { techniqueContext, type TechniqueInput } from './technique-context.js';
import type { TechniqueCues } from './technique-cues.js';
import type { TechniqueDetector } from './technique-detector.js';

export const DETECTORS: readonly TechniqueDetector[] = [
  repetitionDetector,
  hypocrisyDetector,
  doubtDetector,
  conversationKillerDetector,
  falseDilemmaDetector,
  appealToFearDetector,
  anonymousAuthorityDetector,
  consequenceChainDetector,
  doubleStandardDetector,
  whataboutismDetector,
  slogansDetector,
  causalOversimplificationDetector,
  strawManDetector,
  exaggerationDetector,
  flagWavingDetector,
  appealToValuesDetector,
  reputationDetector,
  guiltByAssociationDetector,
  appealToPopularityDetector,
  nameCallingDetector,
];

export function techniqueFlags(input: TechniqueInput, cues: TechniqueCues, detectors: readonly TechniqueDetector[] = DETECTORS): Technique[] {
  const ctx = techniqueContext(input, cues);
  const owned = new Set<string>(detectors.flatMap((d) => d.owns ?? []));
  const candidates: Candidate[] = ctx.hits.filter((h) => !owned.has(h.cue.technique)).map(lexicalCandidate);
  for (const d of detectors) candidates.push(...d.detect(ctx));
  return mergeTechniqueFlags(ctx.text, candidates);
}
