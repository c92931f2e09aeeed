// Questioning the reputation: an attack on the character or record of a person or body rather
// than on what it says. What structure shows, in the author's own sentences:
// - a record denied in a relative clause on a person or body ("a man who has never won a free
//   election", "a government that has not kept one promise"): that clause;
// - a reputation reduced to one thing ("a politician known mainly for …", "famous at home only
//   for …"): the clause;
// - the verdict on a character ("… has said everything about himself"): the sentence;
// - a description of a person or body set against its own people ("who calls foreign armies
//   against his own country", "is now hiding from his own people") or against itself ("X, who
//   himself …, now …"): the sentence.
// Cue words ("notorious", "discredited", "self-proclaimed") stay in the cue list.
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import { clauseStartBefore } from './technique-clause.js';
import { tokenAtOrAfter, type TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { loweredSentence, mayHold } from './technique-precheck.js';
import { isQuoted, sentenceText } from './technique-sentence.js';

const RECORD_DENIED = /\b(?:who|that|which)\s+(?:has|have|had)\s+(?:not|never)\s+(?:once\s+|yet\s+|ever\s+)?(?:won|kept|held|told|fulfilled|delivered|honoured|honored|respected|paid|achieved|won|faced|accepted|allowed|tolerated)\b[^,;:.!?]*/giu;
const KNOWN_FOR = /\b(?:known|famous|famed|remembered|noted)\s+(?:[\p{L}-]+\s+){0,3}?(?:mainly|only|chiefly|primarily|mostly|above all|solely)\s+for\b[^,;:.!?]*/giu;
const SAID_ALL = /\b(?:says|said|tells|told)\s+(?:us\s+|you\s+)?(?:everything|all|enough)\s+(?:(?:we|you|one)\s+need\s+to\s+know\s+)?about\s+(?:himself|herself|itself|themselves|him|her|them)\b/i;
const DESCRIBED = /(?:^|,\s*|\b(?:a|the|this|that)\s+(?:man|woman|leader|president|politician|ruler|premier|minister|government|regime|party|general)\s+)(?:who|whose|which)\s+(?:himself|herself|itself|themselves)?\b/i;
const OWN_SIDE = /\b(?:his|her|its|their)\s+own\s+(?:people|country|nation|citizens|voters|compatriots|army|party)\b/i;
const SELF_AFTER_WHO = /\b(?:who|which)\s+(?:himself|herself|itself|themselves)\b[^,]{3,120},\s*(?:[\p{L}-]+\s+){0,2}?(?:now|today|suddenly)\b/iu;

function clauseCandidates(ctx: TechniqueContext, sentence: number, re: RegExp, cue: string): Candidate[] {
  const s = ctx.sentences[sentence]!;
  const out: Candidate[] = [];
  for (const m of sentenceText(ctx, sentence).matchAll(re)) {
    const at = s.start + m.index;
    const start = ctx.tokens[clauseStartBefore(ctx, tokenAtOrAfter(ctx.tokens, at), 6)]?.start ?? at;
    const c = structuralCandidate(ctx.text, 'questioning_the_reputation', { start: Math.min(start, at), end: at + m[0].length }, cue, 0.45);
    if (c) out.push(c);
  }
  return out;
}

export function detectReputation(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    if (isQuoted(ctx, i)) return;
    const text = sentenceText(ctx, i);
    const lower = loweredSentence(ctx, i);
    if (mayHold(lower, ['not', 'never'])) out.push(...clauseCandidates(ctx, i, RECORD_DENIED, 'a record denied ("who has never …")'));
    if (mayHold(lower, ['for'])) out.push(...clauseCandidates(ctx, i, KNOWN_FOR, 'a reputation reduced to one thing ("known mainly for")'));
    // The reflexive pronouns all end in "self" or "selves"; OWN_SIDE needs "own".
    const cue = mayHold(lower, ['about']) && SAID_ALL.test(text) ? 'verdict on a character ("said everything about himself")'
      : mayHold(lower, ['sel']) && SELF_AFTER_WHO.test(text) ? 'a person set against his own record ("who himself …, now …")'
        : mayHold(lower, ['own']) && DESCRIBED.test(text) && OWN_SIDE.test(text) ? 'a person or body described against its own people' : null;
    if (!cue) return;
    const c = structuralCandidate(ctx.text, 'questioning_the_reputation', withoutFinalStop(ctx.text, s), cue, 0.45);
    if (c) out.push(c);
  });
  return out;
}

export const reputationDetector: TechniqueDetector = { name: 'reputation', detect: detectReputation };
