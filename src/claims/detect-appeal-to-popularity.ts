// Appeal to popularity: "everybody agrees, so it must be right". What structure shows: a sentence
// whose subject is a majority or a whole ("most countries of the world", "the vast majority of
// nations", "more than a hundred countries", "the whole world", "the whole of X", "millions of
// people") and whose verb endorses or rejects (support, recognise, stand behind, condemn, agree,
// reaffirm, reject): the count is offered as the argument. The sentence, 0.4 (a vote count
// reported plainly has the same shape). Stock phrases ("everyone knows") stay in the cue list.
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { sentenceText } from './technique-sentence.js';

const MAJORITY = /^\W*(?:(?:and|but|so|today|now),?\s+)?(?:most|almost all|nearly all|all|the\s+(?:vast\s+|overwhelming\s+|absolute\s+)?majority|(?:more than|over|nearly|almost|some)\s+(?:\d[\d,]*|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s+(?:hundred|dozen|thousand|million|billion))?|hundreds|dozens|millions|billions|the\s+(?:whole|entire)|the\s+rest)\s+(?:(?:of\s+)?(?:the\s+)?(?:(?:world's|world|planet's)\s+)?(?:countries|nations|states|governments|peoples?|citizens|humanity|world|planet|international community|mankind)\b|of\s+\p{Lu}[\p{L}-]+)/iu;
const ENDORSE = /\b(?:support(?:s|ed)?|back(?:s|ed)?|recogni[sz]e[sd]?|agree[sd]?|reaffirm(?:s|ed)?|stands?|stood|condemn(?:s|ed)?|reject(?:s|ed)?|oppose[sd]?|share[sd]?|sided|side|welcome[sd]?|applaud(?:s|ed)?|know|knows|believe[sd]?|refuse[sd]?)\b/i;
const ENDORSE_WINDOW = 160;

export function detectAppealToPopularity(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    const text = sentenceText(ctx, i);
    const m = MAJORITY.exec(text);
    if (!m) return;
    const verb = ENDORSE.exec(text.slice(m[0].length, m[0].length + ENDORSE_WINDOW))?.[0];
    if (!verb) return;
    const c = structuralCandidate(ctx.text, 'appeal_to_popularity', withoutFinalStop(ctx.text, s), `a majority or a whole as the argument ("${m[0].trim().toLowerCase()}" … "${verb.toLowerCase()}")`, 0.4);
    if (c) out.push(c);
  });
  return out;
}

export const appealToPopularityDetector: TechniqueDetector = { name: 'appeal-to-popularity', detect: detectAppealToPopularity };
