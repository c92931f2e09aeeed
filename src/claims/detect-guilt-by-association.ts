// Guilt by association: an actor linked to a group, person or deed the audience condemns.
// What structure shows:
// - "the same X who/that <did a past deed>": the present actor identified with the authors of a
//   past deed ("the same advisers who staged the coup", "the same ideology that produced …"): the
//   sentence, 0.45. A present-tense relative ("the same country that is …") is a comparison, left
//   to appeal to hypocrisy, and so is a past deed set against a sermon now ("the same X that bombed
//   A now lectures B": the contrast is the point);
// - a likeness to a stigmatised organisation or figure from the cue list ("worthy of the KGB",
//   "Gestapo-style") in a sentence that names an actor: the cue's span, 0.45; without an actor it
//   stays lexical.
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import { mentionsIn } from './technique-clause.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { isQuoted, sentenceText } from './technique-sentence.js';

const SAME_AUTHORS = /\bthe\s+same\s+(?:[\p{L}-]+\s+){1,4}?(?:who|that|which)\s+(?:once\s+|had\s+|have\s+|has\s+)?(?:organi[sz]ed|staged|produced|armed|funded|financed|trained|created|backed|bombed|started|sponsored|installed|planned|orchestrated|inspired|engineered|invaded|destroyed|toppled|overthrew|gave\s+birth\s+to|brought)\b/iu;
const SERMON_NOW = /\bnow\s+(?:lectur|teach|preach|moralis|moraliz|gives?\s+lessons|demands?|tells?|wants?)/i;
const STIGMA_CUE = /^(?:worthy|reminiscent|style|spirit|methods|playbook|tradition|school|days)|-style$|^stalinist|^mccarthy|^orwellian/;

export function detectGuiltByAssociation(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    const text = sentenceText(ctx, i);
    if (isQuoted(ctx, i) || !SAME_AUTHORS.test(text) || SERMON_NOW.test(text)) return;
    const c = structuralCandidate(ctx.text, 'guilt_by_association', withoutFinalStop(ctx.text, s), '"the same … who <past deed>": identified with the authors of a past deed', 0.45);
    if (c) out.push(c);
  });
  for (const hit of ctx.hits) {
    if (hit.cue.technique !== 'guilt_by_association' || !STIGMA_CUE.test(hit.words)) continue;
    const [from, to] = ctx.sentenceTokens[hit.sentence]!;
    const actor = mentionsIn(ctx, from, to).find((m) => m.first < hit.first || m.first >= hit.last);
    if (!actor) continue;
    const c = structuralCandidate(ctx.text, 'guilt_by_association', { start: hit.start, end: hit.end }, `"${hit.words}" said of ${actor.actor.id}`, 0.45);
    if (c) out.push(c);
  }
  return out;
}

export const guiltByAssociationDetector: TechniqueDetector = { name: 'guilt-by-association', detect: detectGuiltByAssociation };
