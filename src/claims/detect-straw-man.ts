// Straw man: the opponent's position restated in a form easy to knock down, introduced by a verb
// that puts words in their mouth ("X like to claim that …", "want Europeans to believe that …",
// "would have us believe …"). The cue list finds the introducer; the flag covers the claim put in
// their mouth, to the end of the sentence. Stronger (structural) when the one said to claim it is
// named: an actor mention or a group noun before the cue. Without a cue phrase, two forms:
// - a disparaged source telling its audience what the other side wants ("X's propaganda tells the
//   world that Y wants to …", "the regime's defenders now tell us that …"): the sentence, 0.45;
// - "In the eyes of X, Y should …": a prescription put in X's mouth (0.4).
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import { mentionsIn } from './technique-clause.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { loweredSentence, mayHold } from './technique-precheck.js';

const HOLDERS = /^(?:apologists?|propagandists?|critics?|opponents?|hawks?|politicians|officials|supporters|advocates|defenders|they|media|pundits|ideologues|lobbyists?)$/;
const LOOK_BACK = 6;

const SOURCE_TELLS = /\b(?:propaganda|propagandists?|apologists?|defenders|mouthpieces?|lobby|lobbyists|cheerleaders|spin doctors|media)\b(?:\s+[^,.;:]{0,40}?)?\s+(?:now\s+|keeps?\s+|always\s+|would\s+)?(?:tells?|told|assures?|assured|insists?|claims?|have|has)\s+(?:(?:us|you|the world|everyone|readers|the public|viewers|people)\s+)?(?:believe\s+)?that\b/iu;
/** What SOURCE_TELLS cannot match without (pre-check), besides "that". */
const SOURCE_WORDS = ['propagand', 'apologist', 'defenders', 'mouthpiece', 'lobby', 'cheerleaders', 'spin doctors', 'media'];
const IN_THE_EYES = /^\W*in\s+the\s+eyes\s+of\s+[^,]{2,40},\s*[^,;]{2,80}?\b(?:should|must|ought to|is supposed to|are supposed to|has to|have to)\b/i;

function sentenceForms(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  const cued = new Set(ctx.hits.filter((h) => h.cue.technique === 'straw_man').map((h) => h.sentence));
  ctx.sentences.forEach((s, i) => {
    if (cued.has(i)) return; // the cue phrase already gives the claim its span
    const text = ctx.text.slice(s.start, s.end);
    const [from, to] = ctx.sentenceTokens[i]!;
    const lower = loweredSentence(ctx, i);
    const cue = mayHold(lower, ['that']) && mayHold(lower, SOURCE_WORDS) && SOURCE_TELLS.test(text) ? 'a disparaged source said to tell what the other side wants'
      : mayHold(lower, ['eyes']) && IN_THE_EYES.test(text) && mentionsIn(ctx, from, to).length ? '"in the eyes of X, … should": a prescription put in X\'s mouth' : null;
    if (!cue) return;
    const c = structuralCandidate(ctx.text, 'straw_man', withoutFinalStop(ctx.text, s), cue, cue.startsWith('a disparaged') ? 0.45 : 0.4);
    if (c) out.push(c);
  });
  return out;
}

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
  return [...out, ...sentenceForms(ctx)];
}

export const strawManDetector: TechniqueDetector = { name: 'straw-man', detect: detectStrawMan };
