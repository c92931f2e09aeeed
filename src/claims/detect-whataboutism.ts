// Whataboutism beyond "what about X?" (detect-hypocrisy.ts): deflecting a criticism onto the
// critic's own deeds.
// - the turned question: the author asks "who is really …?" and answers at once with what an
//   actor does ("But who is really escalating? X sends …"): question and answer are one flag;
// - the "while" turn: "While X condemned / wept over / lectured about A, X's own forces were
//   doing B": a subordinate "while" clause with an actor and a verb of protest, then the main
//   clause naming the actor's own acts;
// - the critic sent back to its own record: "Those who (now) criticise A should (first) ask about
//   B", "Before lecturing X about A, Y should explain B".
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import { tokenAtOrAfter, type TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { mocksBelievers } from './credulous-reader.js';
import { isQuestion, isQuoted, sentenceText } from './technique-sentence.js';

const TURNED = /^\W*(?:but|and|so)?\s*who\s+(?:(?:is|are|was|were)\s+)?(?:really|actually|truly|in fact)\b/i;
const WHILE_PROTEST = /^\W*while\s+[^,]{2,80}?\b(?:condemn\w*|criticis\w*|criticiz\w*|protest\w*|lament\w*|shed tears|wept|weeps|cried|cries|mourn\w*|lectur\w*|denounc\w*|accus\w*|talk\w* about|worr\w* about|express\w* concern)\b[^,]*,/i;

const CRITICS_SHOULD = /^\W*(?:and\s+|but\s+|so\s+)?(?:those|the ones|people|countries|politicians|anyone|whoever|all who)\s+(?:[\p{L}-]+\s+){0,3}?who\s+[^,;]{3,100}?\s+(?:should|must|had better|ought to)\s+(?:first\s+|rather\s+|instead\s+)?(?:ask|look|remember|explain|answer|talk|think|speak|recall|check|examine|clean|sweep|account)\b/iu;
const BEFORE_CRITICISING = /\bbefore\s+(?:lecturing|criticising|criticizing|accusing|condemning|blaming|judging|teaching|preaching|pointing|moralising|moralizing)\b[^,;]{2,100},\s*[^,;]{2,60}?\b(?:should|must|had better|ought to)\b/i;

function mentionStarts(ctx: TechniqueContext, sentence: number, within: number): boolean {
  const s = ctx.sentences[sentence]!;
  const [from, to] = ctx.sentenceTokens[sentence]!;
  const first = tokenAtOrAfter(ctx.tokens, s.start);
  for (let k = Math.max(from, first); k < to && k < from + within; k++) if (ctx.mentionAt.has(k)) return true;
  return false;
}

export function detectWhataboutism(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    if (isQuoted(ctx, i)) return;
    const text = sentenceText(ctx, i);
    const next = ctx.sentences[i + 1];
    if (isQuestion(ctx, s) && TURNED.test(text) && next && !isQuestion(ctx, next) && mentionStarts(ctx, i + 1, 4)) {
      const c = structuralCandidate(ctx.text, 'whataboutism', withoutFinalStop(ctx.text, { start: s.start, end: next.end }), '"who is really …?" answered with an actor\'s own acts', 0.5);
      if (c) out.push(c);
      return;
    }
    // "Anyone who believes X should ask …" mocks a claim's believers (doubt), no critic's record.
    if ((CRITICS_SHOULD.test(text) && !mocksBelievers(text)) || BEFORE_CRITICISING.test(text)) {
      const c = structuralCandidate(ctx.text, 'whataboutism', withoutFinalStop(ctx.text, s), 'the critic sent back to its own record ("those who … should first …")', 0.5);
      if (c) out.push(c);
      return;
    }
    const m = WHILE_PROTEST.exec(text);
    if (m && mentionStarts(ctx, i, 6)) {
      const c = structuralCandidate(ctx.text, 'whataboutism', withoutFinalStop(ctx.text, s), `"while … ${m[0].split(/\s+/).slice(-2).join(' ').replace(/,$/, '')}" turned to the critic's own acts`, 0.45);
      if (c) out.push(c);
    }
  });
  return out;
}

export const whataboutismDetector: TechniqueDetector = { name: 'whataboutism', detect: detectWhataboutism };
