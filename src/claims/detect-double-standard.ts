// Appeal to hypocrisy by its shapes beyond "has no right to criticise" (detect-hypocrisy.ts):
// - the moraliser: a verb of preaching or self-presentation ("lectures others", "preaches",
//   "calls itself", "poses as") in the same sentence as a contrast ("but", "yet", "while", "the
//   same", "itself", "now", a rhetorical question) or in a relative clause describing the subject
//   ("A country that preaches free trade is the biggest …");
// - the double standard: two "when" clauses set against each other ("When A happens there, X
//   protests; when it happens here, X …");
// - never … now: "has never ratified the treaty that it now invokes";
// - "… but it demands that others …" after what the actor itself has or does;
// - "X itself did A, and today it …": the actor's own past set against its present stance;
// - the rhetorical question about "a country that …" ("How can a country that … talk of …?");
// - "Where was X when …?": the critic's silence then set against its protest now. When the deed
//   after "when" is done by an actor the article is hostile to (stance ≤ −0.2), the question points
//   at the opponent's other misdeeds instead: whataboutism;
// - protest now, silence then: "those who now weep over A were silent for years …".
// The flag spans the sentence: the contrast is the evidence, and it needs both halves.
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { loweredSentence, mayHold } from './technique-precheck.js';
import { isQuestion, sentenceText } from './technique-sentence.js';

const MORALISE = /\b(?:lectur(?:e|es|ed|ing)|preach(?:es|ed|ing)?|moralis\w*|moraliz\w*|teach(?:es|ing)? (?:\w+ )?(?:about|lessons)|calls? (?:itself|themselves|himself)|pos(?:es|ing) as|(?:gives?|giving|has|have) lessons|lessons to give|talks? about [^,.;]{1,40}? (?:every day|all the time|constantly))(?![\w])/i;
const CONTRAST = /\b(?:but|yet|while|whereas|the same|itself|themselves|himself|herself|now|never|then|suddenly)\b|;/i;
const RELATIVE_MORALISER = /\b(?:a|the|such a|this) (?:country|state|government|nation|power|people|countries|states)\s+(?:that|which|who)\s+(?:\w+\s+){0,2}?(?:lectur|preach|moralis|moraliz|calls? (?:itself|themselves)|claims? to|pos(?:es|ing) as|teach)/i;
const DOUBLE_WHEN = /^\W*when\b[^;]{5,200}[;,]\s*(?:but\s+)?when\b/i;
const NEVER_NOW = /\bnever\b.{3,120}\b(?:that|which) (?:it|they|he|she) now\b/i;
const DEMANDS = /\b(?:has|have|does|do|keeps?|holds?|owns?)\b.{3,120},\s*(?:but|yet)\s+(?:it|they|he|she)\s+(?:demands?|asks?|expects?|wants?|insists?|requires?)\b/i;
const ITSELF_CONTRAST = /^\W*(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:itself|themselves)\b.{5,200}\b(?:and today|and now|yet|but|never)\b/u;
const COUNTRY_QUESTION = /\b(?:how|what|why)\b.{0,40}\b(?:can|could|dare|does|do)\b.{0,20}\b(?:a|the|such a) (?:country|state|government|nation|power)\s+(?:that|which|who)\b/i;
/** What MORALISE cannot match without (pre-check). */
const MORALISE_WORDS = ['lectur', 'preach', 'moralis', 'moraliz', 'teach', 'call', 'pos', 'lesson', 'talk'];

/** The stance score at or below which the article is hostile to an actor (as detect-appeal-to-fear.ts). */
const HOSTILE = -0.2;
const WHERE_WAS = /^\W*(?:and\s+|but\s+|so\s+)?where\s+(?:was|were)\s+[^?]{2,80}?\bwhen\b/i;
const PROTEST_NOW = /\b(?:now|today|suddenly)\s+(?:[\p{L}-]+\s+){0,2}?(?:shed|sheds|weep|weeps|cry|cries|make|makes|protest|protests|condemn|condemns|worry|worries|care|cares|lament|laments|mourn|mourns|remember|remembers|discover|discovers|speak|speaks|talk|talks)\b/iu;
const SILENCE = /\b(?:(?:were|was|remained|kept|stayed|fell)\s+(?:silent|quiet)|said nothing|did nothing|looked away|turned a blind eye)\b/i;

/** True when an actor named after "when" in sentence `i` is one the article is hostile to. */
function opponentAfterWhen(ctx: TechniqueContext, i: number): boolean {
  const s = ctx.sentences[i]!;
  const at = /\bwhen\b/i.exec(sentenceText(ctx, i));
  if (!at) return false;
  const [from, to] = ctx.sentenceTokens[i]!;
  for (let k = from; k < to; k++) {
    const m = ctx.mentionAt.get(k);
    if (!m || m.start < s.start + at.index) continue;
    if (ctx.stance.some((x) => (x.actor === m.actor.id || x.country === m.actor.country) && x.score <= HOSTILE)) return true;
  }
  return false;
}

export function detectDoubleStandard(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    const text = sentenceText(ctx, i);
    const question = isQuestion(ctx, s);
    let cue: string | null = null;
    const lower = loweredSentence(ctx, i);
    const moralise = mayHold(lower, MORALISE_WORDS) ? MORALISE.exec(text)?.[0] : undefined;
    if (moralise && (RELATIVE_MORALISER.test(text) || question || CONTRAST.test(text.replace(moralise, '')))) cue = `"${moralise.toLowerCase()}" against what the actor does`;
    else if (mayHold(lower, ['when']) && DOUBLE_WHEN.test(text)) cue = 'double standard ("when …; when …")';
    else if (mayHold(lower, ['never']) && mayHold(lower, ['now']) && NEVER_NOW.test(text)) cue = '"never … now" (what the actor itself refused)';
    else if (mayHold(lower, ['but', 'yet']) && DEMANDS.test(text)) cue = '"… but it demands" (what the actor itself does)';
    else if ((text.includes('itself') || text.includes('themselves')) && ITSELF_CONTRAST.test(text)) cue = '"X itself …" set against what X does now';
    else if (question && COUNTRY_QUESTION.test(text)) cue = 'rhetorical question about "a country that …"';
    else if (question && WHERE_WAS.test(text)) cue = '"where was X when …?" (silence then, protest now)';
    else if (mayHold(lower, ['now', 'today', 'suddenly']) && PROTEST_NOW.test(text) && SILENCE.test(text)) cue = 'protest now set against silence then';
    if (!cue) return;
    if (cue.startsWith('"where was') && opponentAfterWhen(ctx, i)) {
      const w = structuralCandidate(ctx.text, 'whataboutism', withoutFinalStop(ctx.text, s), '"where was X when <the opponent> …?" (the opponent\'s other misdeeds)', 0.45);
      if (w) out.push(w);
      return;
    }
    const c = structuralCandidate(ctx.text, 'appeal_to_hypocrisy', withoutFinalStop(ctx.text, s), cue, 0.5);
    if (c) out.push(c);
  });
  return out;
}

export const doubleStandardDetector: TechniqueDetector = { name: 'double-standard', detect: detectDoubleStandard };
