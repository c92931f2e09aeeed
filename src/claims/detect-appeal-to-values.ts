// Appeal to values: a value the audience holds made the argument. What structure shows: a short
// sentence (at most 12 words) whose subject is a value noun ("Justice", "Human dignity",
// "Freedom and democracy") and whose predicate is categorical ("cannot be …", "is not …",
// "must …", "will never …"): the value is asserted, not argued.
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { isQuestion, sentenceText, wordsOf } from './technique-sentence.js';

const MAX_WORDS = 12;
const VALUES = 'democracy|freedom|liberty|justice|dignity|human dignity|humanity|conscience|sincerity|honesty|truth|fairness|equality|morality|decency|honou?r|faith|trust|solidarity|peace|human rights|the rule of law|sovereignty|tolerance|compassion|mercy|integrity|loyalty|friendship';
const VALUE_SUBJECT = new RegExp(`^\\W*(?:(?:true|real|genuine|human|basic|universal)\\s+)?(?:${VALUES})(?:\\s+(?:and|or)\\s+(?:(?:true|real|human)\\s+)?(?:${VALUES}))?\\s+(?:cannot|can't|can never|is not|isn't|are not|aren't|must|will never|will always|does not|do not|never|always|has no|have no)\\b`, 'i');

export function detectAppealToValues(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    if (isQuestion(ctx, s)) return;
    const text = sentenceText(ctx, i);
    if (wordsOf(text).length > MAX_WORDS) return;
    const m = VALUE_SUBJECT.exec(text);
    if (!m) return;
    const c = structuralCandidate(ctx.text, 'appeal_to_values', withoutFinalStop(ctx.text, s), `value as categorical subject ("${m[0].trim().toLowerCase()}")`, 0.45);
    if (c) out.push(c);
  });
  return out;
}

export const appealToValuesDetector: TechniqueDetector = { name: 'appeal-to-values', detect: detectAppealToValues };
