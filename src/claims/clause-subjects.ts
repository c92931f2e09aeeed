// The subject of each predicate, found leftwards within its clause: a relative pronoun hands over
// its antecedent, a coordinated verb shares the previous verb's subject, an -ing clause after a
// preposition shares the main clause's, an infinitive its governing verb's.
import type { TaggedToken } from '../events/tag-sentence.js';
import { withConjuncts } from './chunk-conjuncts.js';
import { ING_PREPS, RELATIVE, isBoundary, type Use } from './predicate-uses.js';
import type { Chunks } from './stance-chunks.js';
import type { Group } from './verb-groups.js';

const CORRELATIVE = new Set(['either', 'neither', 'both', 'whether']);
// "allowed anyone to split", "urged Tinubu to strengthen": the object does the infinitive's act.
const OBJECT_CONTROL = new Set(['allow', 'permit', 'let', 'urge', 'ask', 'force', 'compel', 'order', 'tell', 'encourage', 'invite',
  'persuade', 'enable', 'pressure', 'press', 'push', 'incite', 'instruct', 'require', 'advise', 'warn', 'call', 'beg', 'authorize',
  'authorise', 'expect', 'want', 'need', 'oblige', 'cause', 'lead', 'prompt', 'provoke', 'help', 'teach', 'trust', 'empower']);

export interface ClauseSubjects {
  /** Per predicate, its subject's chunk indices (several when coordinated). */
  readonly subjects: readonly (readonly number[])[];
  /** Predicates (by index) whose subject a relative pronoun gave, with the pronoun's token index. */
  readonly relativeAt: ReadonlyMap<number, number>;
}

/** The subjects of predicates `preds` (token indices, in order) with verb groups `groups`. */
export function clauseSubjects(tokens: readonly TaggedToken[], chunks: Chunks, preds: readonly number[], uses: readonly (Use | null)[], groups: readonly Group[]): ClauseSubjects {
  const isPred = new Int32Array(tokens.length).fill(-1);
  preds.forEach((p, k) => isPred.fill(k, groups[k]!.first, p + 1));
  const subjects: number[][] = [];
  const finiteBefore = (k: number): number => {
    for (let q = k - 1; q >= 0; q -= 1) if (uses[preds[q]!] === 'predicate' || uses[preds[q]!] === 'copula') return q;
    return -1;
  };

  // Index of the relative pronoun that gave a predicate its subject ("the actor, who endorsed Romney, joked").
  const relativeAt = new Map<number, number>();
  /** The phrase right after a verb: its direct object. */
  const objectAfter = (p: number): number | undefined => {
    let i = p + 1;
    while (tokens[i] && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART') && chunks.at[i]! < 0) i += 1;
    const c = chunks.at[i];
    return c !== undefined && c >= 0 && chunks.list[c]!.from === i ? c : undefined;
  };

  const subjectOf = (k: number): number[] => {
    const p = preds[k]!;
    const g = groups[k]!;
    const use = uses[p];
    if (use === 'participle' || use === 'reduced-passive') {
      const c = chunks.at[g.first - 1];
      return c !== undefined && c >= 0 ? [c] : [];
    }
    // "after being convicted": a passive -ing clause of the main subject.
    const auxGerund = (tokens[g.first]!.lower === 'being' || tokens[g.first]!.lower === 'having') && ING_PREPS.has(tokens[g.first - 1]?.lower ?? '');
    if (use === 'gerund' || auxGerund) {
      // "accused Halper of conspiring", "praised X for helping": the object of the verb before.
      const prep = tokens[g.first - 1]?.lower;
      const q = k - 1;
      const object = q >= 0 && (prep === 'of' || prep === 'for') ? objectAfter(preds[q]!) : undefined;
      if (object !== undefined) return [object];
      const f = finiteBefore(k);
      return f >= 0 ? subjects[f] ?? [] : [];
    }
    // "his effort was to defend …": the copula's subject; otherwise the governing verb's.
    const afterCopula = g.infinitive && tokens[g.first - 2]?.pos === 'AUX';
    if (g.infinitive && !afterCopula) {
      // "for western countries to turn …": the phrase after "for".
      const before = chunks.at[g.first - 2];
      if (before !== undefined && before >= 0 && tokens[chunks.list[before]!.from - 1]?.lower === 'for') return [before];
      if (before !== undefined && before >= 0) {
        const c = chunks.list[before]!;
        // "Trump's decision to fire Comey": the noun's phrase, whose owner acts.
        for (let i = c.from; i < c.head; i += 1) if (chunks.target[i]! >= 0 && chunks.target[i] !== chunks.target[c.head]) return [before];
        // "was a political means to attack Ukraine": a noun's complement names no doer.
        if (k > 0 && uses[preds[k - 1]!] === 'copula' && preds[k - 1]! < c.from) return [];
        if (k > 0 && OBJECT_CONTROL.has(tokens[preds[k - 1]!]!.lemma) && objectAfter(preds[k - 1]!) === before) return withConjuncts(tokens, chunks, before);
      }
      // "tried to …", "qualified to …", "arrived in Vienna to lecture others": the main subject.
      return k > 0 ? subjects[k - 1] ?? [] : [];
    }
    let chainEnd = -1;
    for (let j = (afterCopula ? g.first - 2 : g.first) - 1; j >= 0; j -= 1) {
      const t = tokens[j]!;
      const q = isPred[j]!;
      if (q >= 0) {
        // A participle on a noun ("the camp led by the US") belongs to that noun's phrase; a
        // relative clause to its antecedent.
        if (uses[preds[q]!] === 'participle' || uses[preds[q]!] === 'reduced-passive') { j = groups[q]!.first; continue; }
        const rel = relativeAt.get(q);
        if (rel !== undefined) { j = rel; continue; }
        // "Trump, defying the polls to the end, defeated Clinton": a participle clause set off by commas.
        if (tokens[preds[q]!]!.lower.endsWith('ing') && tokens[groups[q]!.first - 1]?.text === ',') { j = groups[q]!.first - 1; continue; }
        return [];
      }
      if (t.pos === 'CCONJ' || t.text === ',') {
        const between = tokens.slice(j + 1, g.first);
        const onlyAdverbs = between.every((x) => x.pos === 'ADV' || x.text === ',');
        // "ran over to cover his mouth, then struck him": a comma and an adverb coordinate too;
        // "summoned her to his office, locked the door and assaulted her": a list of predicates.
        const commaThen = t.text === ',' && between.every((x) => x.pos === 'ADV') && k > 0 && (between.length > 0 || uses[preds[k - 1]!] === 'predicate');
        // "Rice either showed …": "either", "both", "neither" open a coordination, they do not close one.
        const coordinated = (t.pos === 'CCONJ' && !CORRELATIVE.has(t.lower) && onlyAdverbs) || commaThen;
        if (coordinated) return k > 0 ? subjects[k - 1] ?? [] : [];
      }
      if (RELATIVE.has(t.lower) && t.pos === 'PRON') {
        const a = chunks.at[tokens[j - 1]?.text === ',' ? j - 2 : j - 1];
        relativeAt.set(k, j);
        return a !== undefined && a >= 0 ? withConjuncts(tokens, chunks, a) : [];
      }
      if (isBoundary(t)) return [];
      const c = chunks.at[j]!;
      if (c < 0) continue;
      if (chainEnd < 0) chainEnd = chunks.list[c]!.to;
      const list = withConjuncts(tokens, chunks, c);
      const from = chunks.list[list[0]!]!.from;
      const before = tokens[from - 1];
      // A phrase inside a prepositional phrase ("the determination to protect NATO is …") or a
      // verb's object ("who endorsed Romney, joked") is not the subject; the phrase a
      // prepositional phrase hangs on may be ("the behavior of the US side did not …").
      // "Rivera, 24, was arrested": an apposition set off by commas stands for the phrase before it.
      const apposed = chunks.at[from - 2];
      if (before?.text === ',' && tokens[chainEnd]?.text === ',' && apposed !== undefined && apposed >= 0) return withConjuncts(tokens, chunks, apposed);
      const adjacent = tokens.slice(chunks.list[c]!.to, g.first).every((x) => x.pos === 'ADV');
      // "those who offend China will be punished": the object of a relative clause is not the subject.
      const inRelative = before !== undefined && isPred[from - 1]! >= 0 && relativeAt.has(isPred[from - 1]!);
      if (before?.pos === 'ADP' || before?.lower === 'to' || (before && isPred[from - 1]! >= 0 && !adjacent) || inRelative) {
        j = from;
        continue;
      }
      return list;
    }
    return [];
  };

  preds.forEach((_, k) => subjects.push(subjectOf(k)));
  // An -ing clause before any finite verb shares the subject of the next one.
  preds.forEach((p, k) => {
    if (uses[p] !== 'gerund' || subjects[k]!.length) return;
    for (let q = k + 1; q < preds.length; q += 1) {
      if (uses[preds[q]!] === 'predicate' || uses[preds[q]!] === 'copula') { subjects[k] = subjects[q]!; break; }
    }
  });
  return { subjects, relativeAt };
}
