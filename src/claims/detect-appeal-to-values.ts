// Appeal to values: a value the audience holds made the argument. What structure shows: a short
// sentence (at most 12 words) whose subject is a value noun ("Justice", "Human dignity",
// "Freedom and democracy") and whose predicate is categorical ("cannot be …", "is not …",
// "must …", "will never …", "has finally prevailed"): the value is asserted, not argued. Also a
// short sentence in which an actor "has always / will never" chosen or defended a value ("X has
// always chosen peace, but never at the cost of its honour").
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { isQuestion, sentenceText, sentenceWords } from './technique-sentence.js';

const MAX_WORDS = 12;
const OBJECT_MAX_WORDS = 16;
const VALUES = 'democracy|freedom|liberty|justice|dignity|human dignity|humanity|conscience|sincerity|honesty|truth|fairness|equality|morality|decency|honou?r|faith|trust|solidarity|peace|human rights|the rule of law|sovereignty|tolerance|compassion|mercy|integrity|loyalty|friendship|international law|the law|press freedom|free speech';
const VALUE_SUBJECT = new RegExp(`^\\W*(?:(?:true|real|genuine|human|basic|universal)\\s+)?(?:${VALUES})(?:\\s+(?:and|or)\\s+(?:(?:true|real|human)\\s+)?(?:${VALUES}))?(?:\\s+of\\s+(?:the\\s+)?[\\p{L}-]+)?\\s+(?:(?:has|have)\\s+(?:finally\\s+|once again\\s+|always\\s+)?(?:prevailed|triumphed|won)|(?:will|shall)\\s+(?:prevail|triumph)|cannot|can't|can never|is not|isn't|are not|aren't|must|will never|will always|does not|do not|never|always|has no|have no)\\b`, 'iu');
const VALUE_OBJECT = new RegExp(`^\\W*(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}(?:has|have|had|will|would)?\\s*(?:always|never)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${VALUES})\\b`, 'u');

export function detectAppealToValues(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    if (isQuestion(ctx, s)) return;
    const text = sentenceText(ctx, i);
    const n = sentenceWords(ctx, i).length;
    if (n > OBJECT_MAX_WORDS) return;
    const m = n <= MAX_WORDS ? VALUE_SUBJECT.exec(text) : null;
    const o = m ? null : VALUE_OBJECT.exec(text);
    if (!m && !o) return;
    const cue = m ? `value as categorical subject ("${m[0].trim().toLowerCase()}")` : `value always or never chosen ("${o![0].trim()}")`;
    const c = structuralCandidate(ctx.text, 'appeal_to_values', withoutFinalStop(ctx.text, s), cue, 0.45);
    if (c) out.push(c);
  });
  return out;
}

export const appealToValuesDetector: TechniqueDetector = { name: 'appeal-to-values', detect: detectAppealToValues };
