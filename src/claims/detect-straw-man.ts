// Straw man: the opponent's position restated in a form easy to knock down, introduced by a verb
// that puts words in their mouth ("X like to claim that …", "want Europeans to believe that …",
// "would have us believe …"). The cue list finds the introducer; the flag covers the claim put in
// their mouth, to the end of the sentence. Stronger (structural) when the one said to claim it is
// named: an actor mention or a group noun before the cue.
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import { mentionsIn } from './technique-clause.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';

const HOLDERS = /^(?:apologists?|propagandists?|critics?|opponents?|hawks?|politicians|officials|supporters|advocates|defenders|they|media|pundits|ideologues|lobbyists?)$/;
const LOOK_BACK = 6;

export function detectStrawMan(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of ctx.hits) {
    if (hit.cue.technique !== 'straw_man') continue;
    const s = ctx.sentences[hit.sentence]!;
    const [from] = ctx.sentenceTokens[hit.sentence]!;
    const back = Math.max(from, hit.first - LOOK_BACK);
    const actor = mentionsIn(ctx, back, hit.first)[0];
    const group = ctx.tokens.slice(back, hit.first).find((t) => HOLDERS.test(t.norm));
    const end = withoutFinalStop(ctx.text, s).end;
    if (end <= hit.end) continue;
    const who = actor ? `actor ${actor.actor.id}` : group ? `"${group.norm}"` : null;
    const span = { start: hit.start, end };
    const c = who
      ? structuralCandidate(ctx.text, 'straw_man', span, `"${hit.words}" + the claim put in the mouth of ${who}`, 0.45)
      : { technique: 'straw_man' as const, ...span, cue: `"${hit.words}"`, confidence: hit.cue.confidence, structural: false };
    if (c) out.push(c);
  }
  return out;
}

export const strawManDetector: TechniqueDetector = { name: 'straw-man', detect: detectStrawMan };
