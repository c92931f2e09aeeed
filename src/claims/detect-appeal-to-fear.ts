// Appeal to fear: a predicted harm to the reader's side ("will drag Europe into war", "China will
// be the next target", "the flames will spread to …"). The evidence is structural when
// - the events layer codes a predicted act of threat, coercion, assault or fighting (CAMEO roots
//   13, 17–20; future or hypothetical, in a sentence that predicts, so not a mere "wants to")
//   against an actor: the flag is that sentence. (15, force posture, is left out: its target is
//   usually where troops go, not who is harmed);
// - a fear cue of the cue list ("the next target", "drag … into war") sits in a sentence that
//   predicts (will, would, could, may, if, inevitably …): without that it stays lexical.
// The reader's side is not known, so any harmed actor counts, except one the stance layer finds
// the article hostile to (a threat to the out-group is not meant to frighten the reader).
import type { Event } from '../model/analysis.js';
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import { perSentence, type TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';

const HARM_ROOTS = new Set(['13', '17', '18', '19', '20']);
const PREDICTED = new Set(['future', 'hypothetical']);
const FUTURE = /\b(?:will|would|could|may|might|shall|going to|bound to|inevitabl[ey]|sooner or later|if|once)\b|'ll\b/i;
const HOSTILE = -0.2;

function outGroup(ctx: TechniqueContext, e: Event): boolean {
  const t = e.target;
  if (!t) return false;
  return ctx.stance.some((s) => (s.actor === t.id || s.country === t.country) && s.score <= HOSTILE);
}

export function detectAppealToFear(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  const prediction = perSentence((i) => {
    const s = ctx.sentences[i];
    return s ? FUTURE.exec(ctx.text.slice(s.start, s.end))?.[0]?.toLowerCase() : undefined;
  });
  for (const e of ctx.events) {
    if (!PREDICTED.has(e.modality) || !HARM_ROOTS.has(e.root) || !e.target || outGroup(ctx, e)) continue;
    const s = ctx.sentences[e.sentence];
    if (!s || !prediction(e.sentence)) continue;
    const c = structuralCandidate(ctx.text, 'appeal_to_fear', withoutFinalStop(ctx.text, s), `predicted harm to ${e.target.id} (${e.modality} ${e.cameo})`, 0.5);
    if (c) out.push(c);
  }
  for (const hit of ctx.hits) {
    if (hit.cue.technique !== 'appeal_to_fear') continue;
    const s = ctx.sentences[hit.sentence]!;
    const marker = prediction(hit.sentence);
    if (!marker) continue;
    const c = structuralCandidate(ctx.text, 'appeal_to_fear', withoutFinalStop(ctx.text, s), `"${hit.words}" + prediction ("${marker}")`, 0.45);
    if (c) out.push(c);
  }
  return out;
}

export const appealToFearDetector: TechniqueDetector = { name: 'appeal-to-fear', detect: detectAppealToFear };
