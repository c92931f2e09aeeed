// Appeal to authority as it shows in news prose: an authority invoked without being named
// ("experts say", "according to analysts", "there are reports that"). The cue list finds the
// phrase; this detector drops the matches that go on to name their source ("analysts at RAND",
// "according to experts from Harvard", "reports by Reuters"): a named source is attribution, not
// the technique. What is left stays lexical evidence, its cue marked "no named source".
import { lexicalCandidate, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { CueHit } from './technique-cue-matches.js';
import type { TechniqueDetector } from './technique-detector.js';

const LINKS = new Set(['at', 'from', 'of', 'with', 'in', 'by', 'such', 'as', 'including', 'like']);
const LOOK_AHEAD = 4;

function namesItsSource(ctx: TechniqueContext, hit: CueHit): boolean {
  const { tokens } = ctx;
  const to = Math.min(ctx.sentenceTokens[hit.sentence]![1], hit.last + LOOK_AHEAD);
  for (let i = hit.last; i < to; i++) {
    const t = tokens[i]!;
    if (!LINKS.has(t.norm)) continue;
    const at = tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    const next = tokens[at];
    if (!next || next.sentence !== hit.sentence) return false;
    const m = ctx.mentionAt.get(at);
    if (m) {
      if (m.actor.kind !== 'state' && m.actor.kind !== 'region' && m.actor.kind !== 'bloc') return true;
    } else if (/^\p{Lu}/u.test(ctx.text.slice(next.start, next.end))) {
      return true;
    }
  }
  return false;
}

export function detectAnonymousAuthority(ctx: TechniqueContext): Candidate[] {
  return ctx.hits
    .filter((h) => h.cue.technique === 'appeal_to_authority' && !namesItsSource(ctx, h))
    .map((h) => ({ ...lexicalCandidate(h), cue: `"${h.words}" (no named source)` }));
}

export const anonymousAuthorityDetector: TechniqueDetector = {
  name: 'anonymous-authority',
  owns: ['appeal_to_authority'],
  detect: detectAnonymousAuthority,
};
