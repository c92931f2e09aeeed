// The clauses of a tagged sentence as the stance reader needs them: each predicate's verb group
// (negation, modality, voice), its subject, its direct object, its prepositional phrases and, for
// a copula, its complement. Subjects are found leftwards within the clause (a relative pronoun
// hands over its antecedent, a coordinated verb shares the previous verb's subject, an -ing
// clause after a preposition shares the main clause's, an infinitive its governing verb's).
import { isCopula } from '../events/clause-subject.js';
import { GERUND_PREPS, verbUse, type VerbUse } from '../events/predicates.js';
import type { TaggedToken } from '../events/tag-sentence.js';
import type { Chunks } from './stance-chunks.js';

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

const NEGATION = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'hardly', 'scarcely']);
const DEONTIC = new Set(['should', 'must', 'ought']);
// "it is time for X to …", "the moment for X to …": a demand on X.
const DEMANDS = new Set(['time', 'moment', 'duty', 'obligation', 'responsibility']);
const MODALS = new Set(['will', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'shall', 'ca', 'wo', "'ll", "'d"]);
// After these the infinitive happened: "managed to", "continued to"; others only intend it.
const IMPLICATIVE = new Set(['manage', 'begin', 'start', 'continue', 'go', 'come', 'use', 'dare', 'choose', 'help', 'keep', 'tend', 'seem', 'appear', 'get', 'have', 'be']);
const RELATIVE = new Set(['which', 'who', 'whom', 'that']);
const ING_PREPS = new Set([...GERUND_PREPS, 'by', 'through', 'via', 'in', 'from', 'for', 'of', 'on', 'against', 'instead']);
const JOINERS = new Set(['and', 'or', ',']);
const HEADS = new Set(['NOUN', 'PROPN', 'PRON']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'"]);
const CONDITIONAL = new Set(['if', 'unless', 'once', 'whether', 'lest']);
const CORRELATIVE = new Set(['either', 'neither', 'both', 'whether']);
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'away', 'back', 'aside', 'over']);
// Verbs that link a subject to a description like a copula: "looks weak", "remains committed".
const LINKING = new Set(['look', 'seem', 'appear', 'become', 'remain', 'sound', 'feel', 'stay', 'prove', 'grow', 'turn', 'get']);
/** Whether a finite verb follows `i` before a coordinator or a clause boundary ("troops stationed in Germany were …"). */
function finiteFollows(tokens: readonly TaggedToken[], i: number): boolean {
  for (let j = i + 1; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    if (t.pos === 'CCONJ' || isBoundary(t) || t.text === ',') return false;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing') && tokens[j - 1]?.lower !== 'to')) return true;
  }
  return false;
}

// "allowed anyone to split", "urged Tinubu to strengthen": the object does the infinitive's act.
const OBJECT_CONTROL = new Set(['allow', 'permit', 'let', 'urge', 'ask', 'force', 'compel', 'order', 'tell', 'encourage', 'invite',
  'persuade', 'enable', 'pressure', 'press', 'push', 'incite', 'instruct', 'require', 'advise', 'warn', 'call', 'beg', 'authorize',
  'authorise', 'expect', 'want', 'need', 'oblige', 'cause', 'lead', 'prompt', 'provoke', 'help', 'teach', 'trust', 'empower']);

const NOUN_LINKING = new Set(['become', 'remain', 'prove', 'seem']);
const complementFollows = (tokens: readonly TaggedToken[], i: number): boolean => {
  let j = i + 1;
  while (tokens[j]?.pos === 'ADV') j += 1;
  const t = tokens[j];
  // "looks weak"; "became a hero" (not "got a job").
  return !!t && (t.pos === 'ADJ' || (t.pos === 'DET' && NOUN_LINKING.has(tokens[i]!.lemma)));
};
const PARTICIPLE = /(?:ed|en|wn|ne|lt|pt|ung|ought|aught|id)$/;

const isBoundary = (t: TaggedToken): boolean =>
  t.pos === 'SCONJ' || (RELATIVE.has(t.lower) && t.pos === 'PRON') || t.text === ';' || t.text === ':' || t.text === '—' || t.text === '–';

type Use = VerbUse | 'copula';

interface Group { first: number; negated: boolean; modal: boolean; deontic: boolean; passive: boolean; infinitive: boolean }

function verbGroupOf(tokens: readonly TaggedToken[], p: number, copula: boolean): Group {
  let negated = false;
  let modal = false;
  let deontic = false;
  let aux: TaggedToken | undefined;
  let j = p - 1;
  for (; j >= 0; j -= 1) {
    const t = tokens[j]!;
    if ((NEGATION.has(t.lower) || t.lemma === 'not') && tokens[j + 1]?.lower !== 'only') negated = true;
    else if (t.pos === 'AUX' || MODALS.has(t.lower)) { aux ??= t; modal ||= MODALS.has(t.lower); deontic ||= DEONTIC.has(t.lower); }
    // "only reluctantly and belatedly endorsed": coordinated adverbs stay in the group.
    else if (t.pos === 'CCONJ' && tokens[j - 1]?.pos === 'ADV' && tokens[j + 1]?.pos === 'ADV') continue;
    // 'have “already given up': a quotation mark inside the group.
    else if (QUOTES.has(t.text) && j < p - 1) continue;
    else if (t.pos !== 'ADV' && !(t.pos === 'PART' && t.lower !== 'to')) break;
  }
  const verb = tokens[p]!;
  const passive = !copula && (aux?.lemma === 'be' || aux?.lemma === 'get') && !verb.lower.endsWith('ing') && (verb.lower !== verb.lemma || PARTICIPLE.test(verb.lower));
  return { first: j + 1, negated, modal, deontic, passive, infinitive: tokens[j]?.lower === 'to' };
}

/** Left conjuncts of chunk `c` ("China and Russia are …"; a comma only in a list closed by "and": "A, B and C"). */
function withConjuncts(tokens: readonly TaggedToken[], chunks: Chunks, c: number): number[] {
  const out = [c];
  for (let from = chunks.list[c]!.from; ;) {
    const joiner = tokens[from - 1];
    const left = chunks.at[from - 2];
    if (!joiner || !JOINERS.has(joiner.lower) || left === undefined || left < 0) break;
    // "First of all, China and Russia": a comma joins only list items, named, not inside a prepositional phrase.
    if (joiner.lower === ',' && (out.length === 1 || !HEADS.has(tokens[chunks.list[left]!.head]!.pos) || tokens[chunks.list[left]!.from - 1]?.pos === 'ADP')) break;
    out.unshift(left);
    from = chunks.list[left]!.from;
  }
  return out;
}

/** Right conjuncts of chunk `c` ("condemned the US and Britain"), within `end`. */
function rightConjuncts(tokens: readonly TaggedToken[], chunks: Chunks, c: number, end: number): number[] {
  const out = [c];
  for (let to = chunks.list[c]!.to; to + 1 < end;) {
    const joiner = tokens[to];
    const right = chunks.at[to + 1];
    if (!joiner || !JOINERS.has(joiner.lower) || right === undefined || right < 0 || chunks.list[right]!.from !== to + 1) break;
    out.push(right);
    to = chunks.list[right]!.to;
  }
  return out;
}

export function findClauses(tokens: readonly TaggedToken[], chunks: Chunks): Clause[] {
  let last: Use | null = null;
  const uses: (Use | null)[] = tokens.map((t, i) => {
    let use: Use | null = null;
    if (t.pos === 'AUX') {
      // 'have “already given up': a verb after a quotation mark makes the auxiliary no copula.
      const verbAfterQuote = QUOTES.has(tokens[i + 1]?.text ?? '') && !isCopula(tokens, i + 1);
      use = isCopula(tokens, i) && !verbAfterQuote ? 'copula' : null;
    }
    if (t.pos === 'VERB' && LINKING.has(t.lemma) && complementFollows(tokens, i)) use = 'copula';
    else if (t.pos === 'VERB' && chunks.at[i]! < 0) {
      use = verbUse(tokens, i);
      // "pressuring Russia by manipulating public opinion and hyping up …": -ing clauses of the main subject.
      const quoted = QUOTES.has(tokens[i - 1]?.text ?? '');
      const before = tokens[quoted ? i - 2 : i - 1]?.lower ?? '';
      if (use === 'modifier' && t.lower.endsWith('ing') && (ING_PREPS.has(before) || (last === 'gerund' && (before === 'and' || before === 'or' || before === ',')))) use = 'gerund';
      // "O'Reilly fired back, calling Putin a killer": an -ing clause after a comma is the subject's.
      if (use === 'modifier' && t.lower.endsWith('ing') && before === ',' && last !== null) use = 'gerund';
      // "Criticizing the previous governments, Modi dismissed …": an opening -ing clause.
      if (use === 'modifier' && t.lower.endsWith('ing') && tokens.slice(0, i).every((x) => x.pos === 'PUNCT' || x.pos === 'ADV')) use = 'gerund';
      // "the mayor lied to voters": a past form after a noun is its predicate when no other verb follows in the clause.
      if (use === 'modifier' && t.lower !== t.lemma && !t.lower.endsWith('ing') && chunks.at[i - 1]! >= 0 && !finiteFollows(tokens, i)) use = 'predicate';
      // 'is “helping” Germany': a verb in quotation marks after an auxiliary.
      if (use === 'modifier' && QUOTES.has(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.pos === 'AUX') use = 'predicate';
      if (use === 'modifier') use = null;
    }
    if (use) last = use;
    return use;
  });
  const preds = uses.flatMap((u, i) => (u ? [i] : []));
  const groups = preds.map((p) => verbGroupOf(tokens, p, uses[p] === 'copula'));
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

  // "was shot and killed": a coordinated participle shares the voice and negation of the verb before.
  groups.forEach((g, k) => {
    const prev = groups[k - 1];
    const verb = tokens[preds[k]!]!;
    // "is not groundless": a copula's negation follows it.
    if (uses[preds[k]!] === 'copula') {
      for (let j = preds[k]! + 1; j < tokens.length && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART'); j += 1) {
        if ((NEGATION.has(tokens[j]!.lower) || tokens[j]!.lemma === 'not') && tokens[j + 1]?.lower !== 'only') g.negated = true;
      }
      // "is no longer a partner": "no" is tagged a determiner.
      const p = preds[k]!;
      if (tokens[p + 1]?.lower === 'no' && tokens[p + 2]?.lower === 'longer') g.negated = true;
    }
    if (prev && k > 0 && tokens[g.first - 1]?.pos === 'CCONJ' && g.first - 1 === preds[k - 1]! + 1 && PARTICIPLE.test(verb.lower)) {
      g.passive ||= prev.passive;
      g.negated ||= prev.negated;
    }
  });
  preds.forEach((_, k) => subjects.push(subjectOf(k)));
  // An -ing clause before any finite verb shares the subject of the next one.
  preds.forEach((p, k) => {
    if (uses[p] !== 'gerund' || subjects[k]!.length) return;
    for (let q = k + 1; q < preds.length; q += 1) {
      if (uses[preds[q]!] === 'predicate' || uses[preds[q]!] === 'copula') { subjects[k] = subjects[q]!; break; }
    }
  });
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
