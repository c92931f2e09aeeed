// Exaggeration by its form: a superlative measured against all of history or the whole world
// ("the most honest vote in the history of …", "the greatest operation in modern history", "the
// biggest … in the world", "ever"). The flag spans the superlative phrase to the end of its clause.
// The same superlative of an evaluation given as the author's verdict ("this is the most dangerous
// …", "was the worst …") measured against an era ("since the Cold War", "in a quarter of a
// century", "in decades") is one too; a size against an era ("the largest protest in a decade")
// and a description ("the most serious fighting in decades") are left alone: news says that plainly.
// A comparison against everything ("more … in one night than in all its wars") is the other form.
// Word cues ("unprecedented", "total surrender", minimisers such as "nothing more than") stay in
// the cue list.
import { structuralCandidate, type Candidate } from './technique-candidate.js';
import type { TechniqueContext } from './technique-context.js';
import type { TechniqueDetector } from './technique-detector.js';
import { loweredSentence, mayHold, type Lowered } from './technique-precheck.js';
import { sentenceText } from './technique-sentence.js';

const SUPERLATIVE = /\b(?:the|its|their|his|her)\s+(?:(?:most|least)\s+[\p{L}-]+|greatest|biggest|largest|worst|best|gravest|highest|deepest|strongest|fiercest|bloodiest|cruellest|cruelest)\b[^,;:.!?]{0,80}?\b(?:in\s+(?:(?:all|the|whole|entire|modern|recent|human|world|living)\s+){0,3}(?:history|memory|the\s+world|the\s+history\s+of)|of\s+all\s+time|ever\b)[^,;:.!?]*/giu;

const ERA = /(?<=\b(?:is|was|are|were|has been|marks|remains)\s+)(?:the|its|their|his|her)\s+(?:most\s+[\p{L}-]+|worst|gravest|greatest)\b[^,;:.!?]{0,80}?\b(?:since\s+(?:the\s+(?:end\s+of\s+(?:the\s+)?)?)?(?:\p{Lu}[\p{L}-]*|\d{4})(?:\s+(?:\p{Lu}[\p{L}-]*|War|war|II|I))*|in\s+(?:(?:a|half\s+a|over\s+a|more\s+than\s+a)\s+)?(?:quarter\s+of\s+a\s+)?(?:century|decades|generations|a\s+generation|half\s+a\s+century))/gu;
const THAN_ALL = /\b(?:more|worse|greater|bigger|larger|fewer)\b[^,;:.!?]{0,60}?\bthan\s+(?:in\s+)?(?:all|any|every|ever)\b[^,;:.!?]*/giu;

/**
 * The forms a sentence may hold, by words each form cannot match without (most sentences hold
 * none, and the expressions are costly).
 */
function formsOf(text: string, lower: Lowered): [RegExp, string][] {
  const forms: [RegExp, string][] = [];
  if (mayHold(lower, ['history', 'memory', 'world', 'time', 'ever'])) forms.push([SUPERLATIVE, 'superlative against all history or the world']);
  // ERA is case-sensitive: its words are looked for as written.
  if (['since', 'century', 'decades', 'generation'].some((w) => text.includes(w))) forms.push([ERA, 'superlative judgement against an era']);
  if (mayHold(lower, ['than'])) forms.push([THAN_ALL, 'comparison against everything ("than in all …")']);
  return forms;
}

export function detectExaggeration(ctx: TechniqueContext): Candidate[] {
  const out: Candidate[] = [];
  ctx.sentences.forEach((s, i) => {
    const text = sentenceText(ctx, i);
    for (const [re, cue] of formsOf(text, loweredSentence(ctx, i))) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        const c = structuralCandidate(ctx.text, 'exaggeration', { start: s.start + m.index, end: s.start + m.index + m[0].length }, cue, 0.45);
        if (c) out.push(c);
      }
    }
  });
  return out;
}

export const exaggerationDetector: TechniqueDetector = { name: 'exaggeration', detect: detectExaggeration };
