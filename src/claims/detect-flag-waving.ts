// Flag waving: pride in the in-group. What structure shows: a short sentence of the author's
// (at most 12 words) whose subject is the side the article is for (an actor the stance layer
// scores positive, or the national "we"/"our") and whose predicate is a resolve, a virtue or a
// promise ("X will defend its interests", "X does not abandon its own", "X remembers", "Our
// soldiers did their duty"): categorical words (will, never, always, cannot, does not) or words of
// duty and honour. Also a longer sentence (at most 25 words) whose subject is the nation itself —
// "the whole nation", "the X people", "the sons and daughters of X", "our people" — defending,
// rising or standing united for a national value (independence, dignity, sovereignty).
import { structuralCandidate, withoutFinalStop, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { isQuestion, isQuoted, sentenceText, sentenceWords } from './technique-sentence.js';

const MAX_WORDS = 12;
const SUBJECT_WINDOW = 3;
const IN_GROUP = 0.2;
const RESOLVE = /\b(?:will|shall|never|always|cannot|can't|does not|doesn't|do not|don't|remembers?|duty|honou?r|proud|pride|glory|heroic|heroes|firmly|resolutely|determined|unbreakable|invincible|sacred)\b/i;
const NATIONAL_WE = /^\W*(?:we|our\s+(?:country|nation|people|motherland|homeland|soldiers|army|land|ancestors|forefathers))\b/i;
const NEGATIVE = /\b(?:fail\w*|lost|lose|defeat\w*|weak\w*|crisis|collapse\w*)\b/i;

const NATION_WORDS = 25;
const NATION_NOUNS = new Set(['people', 'nation', 'peoples']);
const WHOLE_NATION = /^\W*(?:the\s+(?:whole|entire)\s+(?:nation|country|people)|our\s+(?:people|nation)|the\s+(?:sons\s+and\s+daughters|people|children)\s+of)\b/i;
const NATION_RESOLVE = /\b(?:defend\w*|independence|freedom|dignity|sovereignty|risen|rise|rises|rose|stands?|stood|united|as one|fight\w*|never|honou?r|proud|pride)\b/i;

/** "The Venezuelan people …", "The people of X …", "The whole nation …": the nation as subject. */
function nationSubject(ctx: TechniqueContext, sentence: number, text: string): string | null {
  const [from, to] = ctx.sentenceTokens[sentence]!;
  let k = from;
  while (k < to && !ctx.tokens[k]!.word) k++;
  if (ctx.tokens[k]?.norm === 'the') {
    const m = ctx.mentionAt.get(k + 1);
    // "The Venezuelan people": the noun may be part of the mention or follow it.
    if (m && (NATION_NOUNS.has(ctx.tokens[m.last - 1]!.norm) || NATION_NOUNS.has(ctx.tokens[m.last]?.norm ?? ''))) return `the ${m.actor.id} people`;
  }
  const w = WHOLE_NATION.exec(text);
  return w ? `"${w[0].trim().toLowerCase()}"` : null;
}

export function detectFlagWaving(ctx: TechniqueContext): Candidate[] {
  const favoured = new Set(ctx.stance.filter((s) => s.score >= IN_GROUP).flatMap((s) => [s.actor, s.country]));
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    if (isQuoted(ctx, i) || isQuestion(ctx, s)) return;
    const text = sentenceText(ctx, i);
    const nation = sentenceWords(ctx, i).length <= NATION_WORDS && !NEGATIVE.test(text) ? nationSubject(ctx, i, text) : null;
    const value = nation ? NATION_RESOLVE.exec(text)?.[0] : undefined;
    if (nation && value) {
      const c = structuralCandidate(ctx.text, 'flag_waving', withoutFinalStop(ctx.text, s), `the nation as subject (${nation}) + "${value.toLowerCase()}"`, 0.45);
      if (c) out.push(c);
      return;
    }
    if (sentenceWords(ctx, i).length > MAX_WORDS || !RESOLVE.test(text) || NEGATIVE.test(text)) return;
    const [from, to] = ctx.sentenceTokens[i]!;
    let subject: string | null = null;
    for (let k = from; k < to && k < from + SUBJECT_WINDOW; k++) {
      const m = ctx.mentionAt.get(k);
      if (m && (favoured.has(m.actor.id) || favoured.has(m.actor.country ?? ''))) { subject = m.actor.id; break; }
    }
    if (!subject && NATIONAL_WE.test(text)) subject = 'national "we"';
    if (!subject) return;
    const marker = RESOLVE.exec(text)![0].toLowerCase();
    const c = structuralCandidate(ctx.text, 'flag_waving', withoutFinalStop(ctx.text, s), `in-group (${subject}) + "${marker}" in a short sentence`, 0.45);
    if (c) out.push(c);
  });
  return out;
}

export const flagWavingDetector: TechniqueDetector = { name: 'flag-waving', detect: detectFlagWaving };
