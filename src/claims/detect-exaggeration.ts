// Exaggeration by its form: a superlative measured against all of history or the whole world
// ("the most honest vote in the history of …", "the greatest operation in modern history", "the
// biggest … in the world", "ever"). The flag spans the superlative phrase to the end of its clause.
// Word cues ("unprecedented", "total surrender", minimisers such as "nothing more than") stay in
// the cue list.
import { structuralCandidate, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { sentenceText } from './technique-sentence.js';

const SUPERLATIVE = /\b(?:the|its|their|his|her)\s+(?:(?:most|least)\s+[\p{L}-]+|greatest|biggest|largest|worst|best|gravest|highest|deepest|strongest|fiercest|bloodiest|cruellest|cruelest)\b[^,;:.!?]{0,80}?\b(?:in\s+(?:(?:all|the|whole|entire|modern|recent|human|world|living)\s+){0,3}(?:history|memory|the\s+world|the\s+history\s+of)|of\s+all\s+time|ever\b)[^,;:.!?]*/giu;

export function detectExaggeration(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    const text = sentenceText(ctx, i);
    for (const m of text.matchAll(SUPERLATIVE)) {
      const c = structuralCandidate(ctx.text, 'exaggeration', { start: s.start + m.index, end: s.start + m.index + m[0].length }, 'superlative against all history or the world', 0.45);
      if (c) out.push(c);
    }
  });
  return out;
}

export const exaggerationDetector: TechniqueDetector = { name: 'exaggeration', detect: detectExaggeration };
