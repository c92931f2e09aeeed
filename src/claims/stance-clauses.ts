// The clauses of a tagged sentence as the stance reader needs them: each predicate's verb group
// (negation, modality, voice; verb-groups.ts), its subject (clause-subjects.ts), its direct
// object, its prepositional phrases and, for a copula, its complement.
import type { TaggedToken } from '../events/tag-sentence.js';
import { rightConjuncts } from './chunk-conjuncts.js';
import { clauseSubjects } from './clause-subjects.js';
import { isBoundary, predicateUses } from './predicate-uses.js';
import type { Chunks } from './stance-chunks.js';
import { verbGroups } from './verb-groups.js';

export interface Oblique { readonly prep: string; readonly chunk: number }

export interface Clause {
  /** The predicate: the main verb, or the copula. */
  readonly verb: number;
  /** First token of the verb group (auxiliaries, negation, adverbs). */
  readonly first: number;
  /** Exclusive end of the clause to the right of the verb. */
  readonly end: number;
  readonly copula: boolean;
  readonly passive: boolean;
  readonly negated: boolean;
  /** Not asserted: a modal, or an infinitive of a verb that does not entail it ("wants to"). */
  readonly tentative: boolean;
  /** A demand: "should", "must", "it is time for X to": what is asked of the subject is not yet done. */
  readonly deontic: boolean;
  /** Chunk indices. */
  readonly subject: readonly number[];
  readonly object: readonly number[];
  /** A second bare object ("gave Clinton low marks"): what the first object is given. */
  readonly second: readonly number[];
  readonly obliques: readonly Oblique[];
}

// "it is time for X to …", "the moment for X to …": a demand on X.
const DEMANDS = new Set(['time', 'moment', 'duty', 'obligation', 'responsibility']);
// After these the infinitive happened: "managed to", "continued to"; others only intend it.
const IMPLICATIVE = new Set(['manage', 'begin', 'start', 'continue', 'go', 'come', 'use', 'dare', 'choose', 'help', 'keep', 'tend', 'seem', 'appear', 'get', 'have', 'be']);
const CONDITIONAL = new Set(['if', 'unless', 'once', 'whether', 'lest']);
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'away', 'back', 'aside', 'over']);

export function findClauses(tokens: readonly TaggedToken[], chunks: Chunks): Clause[] {
  const uses = predicateUses(tokens, chunks);
  const preds = uses.flatMap((u, i) => (u ? [i] : []));
  const groups = verbGroups(tokens, preds, uses);
  const { subjects, relativeAt } = clauseSubjects(tokens, chunks, preds, uses, groups);
  const clauses: Clause[] = [];
  preds.forEach((p, k) => {
    const g = groups[k]!;
    const use = uses[p]!;
    const subject = subjects[k]!;
    // The clause runs to the next predicate's subject or group, or a boundary.
    let next = preds[k + 1] === undefined ? tokens.length : groups[k + 1]!.first;
    const nextSubject = subjects[k + 1]?.[0];
    const finite = (uses[preds[k + 1] ?? -1] === 'predicate' || uses[preds[k + 1] ?? -1] === 'copula') && !relativeAt.has(k + 1);
    if (finite && nextSubject !== undefined && chunks.list[nextSubject]!.from > p) next = Math.min(next, chunks.list[nextSubject]!.from);
    let end = p + 1;
    while (end < next && !isBoundary(tokens[end]!) && !(tokens[end]!.lower === 'but' || (tokens[end]!.lower === 'while' && tokens[end]!.pos !== 'ADP'))) end += 1;
    const object: number[] = [];
    const second: number[] = [];
    const obliques: Oblique[] = [];
    let direct = true;
    for (let i = p + 1; i < end; i += 1) {
      const t = tokens[i]!;
      const c = chunks.at[i]!;
      if (c >= 0 && chunks.list[c]!.from === i) {
        const before = tokens[i - 1]!;
        if (direct && use !== 'copula') object.push(...rightConjuncts(tokens, chunks, c, end));
        else if (before.pos === 'ADP' || before.lower === 'to') obliques.push({ prep: before.lower, chunk: c });
        else if (object.length && !second.length && chunks.list[object[object.length - 1]!]!.to === i && use !== 'copula') second.push(c);
        direct = false;
        i = chunks.list[c]!.to - 1;
        continue;
      }
      // "hyping up the news": a particle keeps the object direct.
      if (t.pos !== 'ADV' && t.pos !== 'PART' && !(i === p + 1 && PARTICLES.has(t.lower))) direct = false;
    }
    const governor = g.infinitive ? tokens[g.first - 2] : undefined;
    // "instead of collapsing", "without consulting": the act did not happen.
    const prep = tokens[g.first - 1]?.lower ?? '';
    const denied = (use === 'gerund' && (prep === 'without' || (prep === 'of' && tokens[g.first - 2]?.lower === 'instead') || (prep === 'than' && tokens[g.first - 2]?.lower === 'rather')));
    // "If Russia loses …": a condition is not an assertion.
    const opener = tokens[(subject.length ? chunks.list[subject[0]!]!.from : g.first) - 1]?.lower ?? '';
    const tentative = g.modal || CONDITIONAL.has(opener) || (g.infinitive && !(governor && IMPLICATIVE.has(governor.lemma)));
    const s0 = subject[0] === undefined ? undefined : chunks.list[subject[0]]!;
    const demanded = g.infinitive && s0 !== undefined && tokens[s0.from - 1]?.lower === 'for' && DEMANDS.has(tokens[s0.from - 2]?.lemma ?? '');
    // "for Yerevan to accept reality and choose peace": a coordinated verb sharing the subject shares the mood.
    const prev = clauses[k - 1];
    const shared = prev !== undefined && tokens[g.first - 1]?.pos === 'CCONJ' && subjects[k] === subjects[k - 1];
    clauses.push({
      verb: p, first: g.first, end, copula: use === 'copula', passive: g.passive || use === 'reduced-passive', negated: g.negated || denied,
      tentative: tentative || (shared && prev.tentative), deontic: g.deontic || demanded || (shared && prev.deontic),
      subject, object: [...new Set(object)], second, obliques,
    });
  });
  return clauses;
}
