// Reads one clause for the stance reader: what its verb, adverbs, object and prepositional phrases
// say of its doer, of whom the act is done to, and, for a copula, of its subject.
import type { TaggedToken } from '../events/tag-sentence.js';
import type { Span } from '../model/span.js';
import { targetIn, targeted } from './chunk-targets.js';
import type { Give } from './contribution-sink.js';
import { negate, type Scored } from './score-hits.js';
import type { Chunks } from './stance-chunks.js';
import type { Clause } from './stance-clauses.js';

/** What an act is applied to reflects on the doer ("spread lies", "bring peace"), less than the act itself. */
const PASS = 0.5;
/** … and less again through a preposition ("plunged the region into chaos"). */
const OBLIQUE = 0.3;
/** An act against something evaluative: its opposite ("oppose hegemony"). */
const SHIFT = 0.8;
/** Judging something that is not an actor says a little about the judge ("condemned the violence"). */
const JUDGED_THING = 0.4;
/** What an actor is accused of or praised for ("accused X of hypocrisy"). */
const JUDGED_FOR = 0.6;
/** A copula's complement inside a prepositional phrase ("X is an expert in aggression"). */
const COMPLEMENT_PP = 0.5;
/** A judgement an actor shows counts for the one showing it, less than for the one judged. */
const SHOWN_JUDGEMENT = 0.5;
/** Not asserted: "may", "wants to". */
const TENTATIVE = 0.6;

// "spoke about democracy", "dreamed of peace": a topic is not what the doer does.
const TOPIC_PREPS = new Set(['about', 'regarding', 'concerning', 'of']);
// "X is a friend of Y": a relation is judged by whom it is with ("a friend of dictators", "an enemy of peace").
const RELATION_NOUNS = new Set(['friend', 'ally', 'partner', 'enemy', 'foe', 'adversary', 'opponent', 'supporter', 'defender',
  'protector', 'champion', 'sponsor', 'patron', 'backer', 'critic']);
const JUDGED_PREPS = new Set(['of', 'for', 'over', 'about']);
const PATIENT_PREPS = new Set(['at', 'on', 'against', 'about', 'over', 'toward', 'towards', 'of', 'upon']);
const EXPLETIVE = new Set(['it', 'this', 'that']);

const cover = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

/** Hits whose first token lies in chunks `list`, leaving out phrases that name a target (their words are the target's). */
function content(chunks: Chunks, list: readonly number[], scored: readonly Scored[], hitAt: Int32Array): Scored[] {
  const out: Scored[] = [];
  for (const c of list) {
    if (targeted(chunks, c)) continue;
    const { from, to } = chunks.list[c]!;
    for (let i = from; i < to; i += 1) {
      const h = hitAt[i]!;
      if (h < 0 || scored[h]!.hit.from !== i) continue;
      // "revealed her contempt", "voiced support": a judgement shown says something of who shows it.
      out.push(scored[h]!.hit.entry.kind === 'judgement' ? { ...scored[h]!, weight: scored[h]!.weight * SHOWN_JUDGEMENT } : scored[h]!);
    }
  }
  return out;
}

/** Gives the words of clause `c` to its doer, patient or subject; `opposed`: what an act against a target casts on it. */
export function readClause(tokens: readonly TaggedToken[], chunks: Chunks, c: Clause, scored: readonly Scored[], hitAt: Int32Array, give: Give, opposed: number): void {
  // "X should choose peace": a demand says X has not; blame in one ("X must end its aggression") stands, weakened.
  const f = (v: number): number => {
    const w = (c.negated ? negate(v) : v) * (c.tentative ? TENTATIVE : 1);
    return c.deontic && w > 0 ? 0 : w;
  };
  const vh = hitAt[c.verb]!;
  const verb = vh >= 0 ? scored[vh]! : null;
  const kind = verb ? verb.hit.entry.kind ?? 'action' : null;
  const obliques = c.obliques.filter((o) => o.prep !== 'by' && !(verb === null && TOPIC_PREPS.has(o.prep))).map((o) => o.chunk);
  const agent = c.obliques.filter((o) => o.prep === 'by').map((o) => o.chunk);
  const doer = c.passive ? agent : c.subject;

  // A state of the subject: "X is the culprit", "X is not qualified", "X is hypocritical".
  if (c.copula || kind === 'quality') {
    // "It is wishful thinking for western countries to …": the evaluation is of the phrase after "for".
    const subject = extraposed(tokens, chunks, c) ?? c.subject;
    if (verb && kind === 'quality') give(subject, f(verb.weight), verb.hit.span);
    // After an evaluative head, its prepositional phrase counts less ("the culprit of the conflict");
    // after a plain one it carries the evaluation ("an expert in aggression").
    let inPhrase = false;
    let evaluated = verb !== null && kind === 'quality';
    const rel = c.copula ? relationAt(tokens, chunks, c) : null;
    if (rel) {
      for (const w of content(chunks, [rel.of], scored, hitAt)) give(subject, 0, w.hit.span);
      for (const w of content(chunks, [rel.with], scored, hitAt)) give(subject, f(rel.sign * w.weight * COMPLEMENT_PP), w.hit.span);
      return;
    }
    for (let i = c.verb + 1; i < c.end; i += 1) {
      const t = tokens[i]!;
      if (t.pos === 'ADP') inPhrase = true;
      const h = hitAt[i]!;
      const ch = chunks.at[i]!;
      if (h < 0 || h === vh || scored[h]!.hit.from !== i || (ch >= 0 && targetIn(chunks, ch))) continue;
      give(subject, f(scored[h]!.weight * (inPhrase && evaluated ? COMPLEMENT_PP : 1)), scored[h]!.hit.span);
      if (!inPhrase) evaluated = true;
    }
    // "X is no longer a partner but a vassal": what follows "but" is asserted of the subject.
    const after = chunks.at[c.end + 1];
    if (c.negated && tokens[c.end]?.lower === 'but' && after !== undefined && after >= 0) {
      for (const w of content(chunks, [after], scored, hitAt)) give(subject, w.weight * (c.tentative ? TENTATIVE : 1), w.hit.span);
    }
    return;
  }

  // Adverbs on the verb: "brazenly interfered", "has always upheld".
  for (let i = c.first; i <= Math.min(c.verb + 1, tokens.length - 1); i += 1) {
    const h = hitAt[i]!;
    if (h >= 0 && h !== vh && tokens[i]!.pos === 'ADV') give(doer, f(scored[h]!.weight), scored[h]!.hit.span);
  }
  const objectWords = content(chunks, c.object, scored, hitAt);
  const obliqueWords = content(chunks, obliques, scored, hitAt);
  // "gave Clinton low marks": what is given is said of whom it is given to.
  for (const w of content(chunks, c.second, scored, hitAt)) give(c.object, f(w.weight * PASS), w.hit.span, false, doer);
  if (!verb || kind === 'action' || kind === 'noun' || kind === 'label') {
    if (verb) {
      give(doer, f(verb.weight), verb.hit.span);
      if (verb.hit.entry.patient !== undefined) give(patientOf(c), f(verb.hit.entry.patient * verb.factor), verb.hit.span);
    }
    for (const w of objectWords) give(doer, f(w.weight * PASS), w.hit.span);
    for (const w of obliqueWords) give(doer, f(w.weight * OBLIQUE), w.hit.span);
    // "X is committed to peace": with no agent, what follows a passive verb describes the subject.
    if (!verb && c.passive && !agent.length) for (const w of [...objectWords, ...obliqueWords]) give(c.subject, f(w.weight * OBLIQUE), w.hit.span);
    return;
  }
  if (kind === 'shifter') {
    if (objectWords.length) for (const w of objectWords) give(doer, f(-w.weight * SHIFT), cover(verb.hit.span, w.hit.span));
    else give(doer, f(verb.weight), verb.hit.span);
    if (verb.hit.entry.patient !== undefined) give(patientOf(c), f(verb.hit.entry.patient * verb.factor), verb.hit.span);
    else if (opposed) give(patientOf(c).filter((k) => targeted(chunks, k)), f(opposed * verb.factor), verb.hit.span);
    return;
  }
  // judgement: on whom it is about; what they are judged for too.
  const patient = patientOf(c);
  give(patient, f(verb.weight), verb.hit.span, false, doer);
  const judgedFor = c.obliques.filter((o) => JUDGED_PREPS.has(o.prep) && !patient.includes(o.chunk)).map((o) => o.chunk);
  for (const w of content(chunks, judgedFor, scored, hitAt)) give(patient, f(w.weight * JUDGED_FOR), w.hit.span, false, doer);
  for (const w of objectWords) give(doer, f(Math.sign(verb.weight) * w.weight * JUDGED_THING), cover(verb.hit.span, w.hit.span));
}

/** "X is the best friend of Y": the relation noun after the copula and the phrase it relates X to. */
function relationAt(tokens: readonly TaggedToken[], chunks: Chunks, c: Clause): { sign: number; of: number; with: number } | null {
  let i = c.verb + 1;
  while (tokens[i] && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART')) i += 1;
  const k = chunks.at[i];
  if (k === undefined || k < 0) return null;
  const chunk = chunks.list[k]!;
  const y = chunks.at[chunk.to + 1];
  if (!RELATION_NOUNS.has(tokens[chunk.head]!.lemma) || tokens[chunk.to]?.lower !== 'of' || y === undefined || y < 0) return null;
  return { sign: ['enemy', 'foe', 'adversary', 'opponent', 'critic'].includes(tokens[chunk.head]!.lemma) ? -1 : 1, of: k, with: y };
}

/** "It is X for Y to …": Y, when the copula's subject is an empty "it". */
function extraposed(tokens: readonly TaggedToken[], chunks: Chunks, c: Clause): number[] | undefined {
  const s = c.subject[0];
  if (c.subject.length !== 1 || s === undefined || !EXPLETIVE.has(tokens[chunks.list[s]!.head]!.lower) || chunks.target[chunks.list[s]!.head]! >= 0) return undefined;
  for (let i = c.verb + 1; i < Math.min(tokens.length - 1, c.end + 1); i += 1) {
    const y = chunks.at[i + 1];
    if (tokens[i]!.lower !== 'for' || y === undefined || y < 0) continue;
    return tokens[chunks.list[y]!.to]?.lower === 'to' ? [y] : undefined;
  }
  return undefined;
}

/** Whom an act is done to: the object, the subject of a passive, else the phrase after at/on/against… ("hit out at X"). */
function patientOf(c: Clause): readonly number[] {
  const patient = c.passive ? c.subject : c.object;
  return patient.length ? patient : c.obliques.filter((o) => PATIENT_PREPS.has(o.prep)).slice(0, 1).map((o) => o.chunk);
}
