// The modality of a clause beyond its verb group: conditional clauses ("if", "once"), negated
// subjects ("neither … nor", "no country", "not a single leader"), and the future of a reported "would".
import type { Modality } from '../model/analysis.js';
import type { Subject } from './clause-subject.js';
import type { SentenceView } from './sentence-view.js';
import type { TaggedToken } from './tag-sentence.js';
import type { VerbGroup } from './verb-group.js';

const CONDITIONAL = new Set(['if', 'unless', 'whether', 'lest']);
// "once" is conditional only as a conjunction ("Once western countries unite…"), not as "formerly".
const isConditional = (t: TaggedToken, next: TaggedToken | undefined): boolean =>
  CONDITIONAL.has(t.lower) || (t.lower === 'once' && !!next && !['VERB', 'AUX', 'ADV'].includes(next.pos));

/** A conditional clause around the verb: "if", "once", "unless" before it, not past a comma that closes it. */
function conditional(v: SentenceView, first: number): boolean {
  for (let i = first - 1; i >= 0; i -= 1) {
    const t = v.tokens[i]!;
    if (isConditional(t, v.tokens[i + 1])) return true;
    if (t.text === ';' || t.text === ':') return false;
    if (t.text === ',' && v.tokens.slice(i + 1, first).some((x) => x.pos === 'AUX' || x.pos === 'VERB')) return false;
  }
  return false;
}

const NOUN_PHRASE = new Set(['DET', 'NUM', 'ADJ']);
const NOT_ONE = new Set(['a', 'an', 'one', 'single', 'any', 'even']);

/**
 * A subject the sentence denies: "no country", "neither …", "none of the allies", "not a single
 * European leader", "not one of the three capitals" (not "not only …").
 */
export function deniedSubject(tokens: readonly TaggedToken[], at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (NOUN_PHRASE.has(tokens[i]!.pos) || NOT_ONE.has(tokens[i]!.lower) || tokens[i]!.lower === 'of')
    && !['no', 'neither', 'none'].includes(tokens[i]!.lower)) i -= 1;
  const t = tokens[i];
  if (!t) return false;
  if (t.lower === 'no' || t.lower === 'neither' || t.lower === 'none') return true;
  return t.lower === 'not' && NOT_ONE.has(tokens[i + 1]?.lower ?? '');
}

export function modalityOf(v: SentenceView, g: VerbGroup, subject: Subject | null, reported: boolean): Modality {
  if (g.modality === 'negated') return 'negated';
  // "had no plan to sever ties", "has no intention to …": an infinitive on a noun denied by "no".
  const t = v.tokens;
  const noun = t[g.first]?.lower === 'to' ? g.first - 1 : g.first; // the group may start at the noun ("plan")
  if (t[noun]?.pos === 'NOUN' && t[noun + 1]?.lower === 'to' && t[noun - 1]?.lower === 'no') return 'negated';
  // "announced that it would send": the future of a reported statement, not a hypothesis.
  if (reported && g.modal === 'would' && g.modality === 'hypothetical' && !g.chain.length) return conditional(v, g.first) ? 'hypothetical' : 'future';
  if (subject?.at != null && deniedSubject(v.tokens, subject.at)) return 'negated';
  if (conditional(v, g.first)) return 'hypothetical';
  return g.modality;
}
