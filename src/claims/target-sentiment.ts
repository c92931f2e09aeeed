// Sentiment toward targets in one sentence, read from the clause structure rather than from a
// bag of words: each evaluative word of the lexicon is given to whom it is about — the doer of an
// action ("X bullies"), the one an act of judging is done to ("condemned X", "X was praised"),
// the head a word modifies ("the hypocritical X"), the owner of what is evaluated ("X's
// hegemony", "the arrogance of X"), or the subject of a copula ("X is the culprit", "X is not
// qualified"). Negation reverses (damped), modality and scare quotes weaken. Targets are token
// ranges: actor mentions for the stance stage, any span for a benchmark.
import { tagSentence, type TaggedToken } from '../events/tag-sentence.js';
import type { Span } from '../model/span.js';
import type { StanceLexicon } from './lexicon-index.js';
import { matchLexicon, type LexiconHit } from './lexicon-match.js';
import { findChunks, isQuoteMark, shareOf, type Chunks, type TokenRange } from './stance-chunks.js';
import { findClauses, type Clause } from './stance-clauses.js';
import { untitledTokens } from './stance-headline.js';

export interface Contribution {
  /** Index into the targets given. */
  readonly target: number;
  readonly value: number;
  /** The evaluative word or phrase (with the verb it depends on, for a reversed object). */
  readonly span: Span;
  /**
   * Targets that voice this evaluation: the doer of an act of judging ("X condemned Y", "X called
   * Y a liar"). The stance stage weighs a judgement by what the text thinks of its judge.
   */
  readonly judges?: readonly number[];
}

export interface SentimentOptions {
  /** How much the words of `span` count (a quotation counts less than the author's own words); 1 by default. */
  readonly weightAt?: (span: Span) => number;
  /**
   * Weight of the evaluative words the clause structure gives to no target: each goes to the
   * nearest target at this weight, less with distance and across a comma. 0 (the default) keeps
   * only what the clauses give.
   */
  readonly fallback?: number;
  /**
   * The quotation a span lies in, if any: a quoted word falls back only to targets inside the
   * same quotation, never to its speaker or to actors outside it.
   */
  readonly quoteAt?: (span: Span) => Span | null;
  /**
   * What an act against an actor casts on that actor when the lexicon gives no `patient`:
   * "oppose X", "dismissed X", "stop X" (0, the default: nothing).
   */
  readonly opposedShare?: number;
}

/** The fallback weight NewsMTSC's train.jsonl favoured (0.3–0.7 all within 0.004 macro-F1). */
export const SENTENCE_FALLBACK = 0.3;
/** What an act against an actor casts on it ("oppose X", "stop X"), where the lexicon says nothing: NewsMTSC's train.jsonl (0.3–0.5 alike). */
export const OPPOSED_SHARE = -0.3;
/** Per token between the word and the target: the fallback weight is divided by 1 + DECAY × distance. */
const DECAY = 0.1;
/** Across a comma or semicolon the word is less likely about the target. */
const ACROSS_COMMA = 0.7;

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
/** A so-called or scare-quoted positive word is ironic; a negative one is distanced. */
const IRONIC = -0.5;
const DISTANCED = 0.5;
const DOUBTED = 0;
/** A label on the actor's own phrase ("the Kiev regime") is the text's name for it: stronger than a plain noun. */
const LABEL = 1.5;
/** "the so-called prime minister X", "the self-proclaimed republic": the text denies the actor its standing. */
const DOUBTED_ACTOR = -0.6;

// "spoke about democracy", "dreamed of peace": a topic is not what the doer does.
const TOPIC_PREPS = new Set(['about', 'regarding', 'concerning', 'of']);
// "X is a friend of Y": a relation is judged by whom it is with ("a friend of dictators", "an enemy of peace").
const RELATION_NOUNS = new Set(['friend', 'ally', 'partner', 'enemy', 'foe', 'adversary', 'opponent', 'supporter', 'defender',
  'protector', 'champion', 'sponsor', 'patron', 'backer', 'critic']);
const JUDGED_PREPS = new Set(['of', 'for', 'over', 'about']);
const PATIENT_PREPS = new Set(['at', 'on', 'against', 'about', 'over', 'toward', 'towards', 'of', 'upon']);
const NOUN_PATIENT_PREPS = new Set(['of', 'for', 'against', 'toward', 'towards', 'on', 'in', 'with', 'to', 'from', 'about', 'over']);
// "little progress", "no respect", "lack of trust": the quantity denies the noun.
const DENIERS = new Set(['no', 'little', 'few', 'zero', 'lack', 'lacks', 'lacked', 'lacking', 'absence', 'without', 'never', 'nor']);
const DOUBT = new Set(['so-called', 'alleged', 'allegedly', 'supposed', 'supposedly', 'purported', 'purportedly', 'self-proclaimed', 'self-styled', 'pseudo']);
/** Words that put an actor's standing in doubt ("so-called", "self-proclaimed"): a sentence with one is read even without a lexicon word. */
export const DOUBT_WORDS = /\b(?:so[- ]called|self-proclaimed|self-styled|alleged|supposed|purported|pseudo)\b/i;

/** Negation reverses: strongly for praise ("not qualified"), weakly for blame ("not aggressive" is faint praise). */
const negate = (v: number): number => (v > 0 ? -0.7 * v : -0.3 * v);
const clamp = (v: number): number => Math.max(-1, Math.min(1, v));
const cover = (a: Span, b: Span): Span => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

/** Capitalised words inside a sentence (or opening a name at its start) are names ("Justice Department", "Peace Corps"), not evaluations. */
function nameWords(tokens: readonly TaggedToken[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let initial = true;
  tokens.forEach((t, i) => {
    // An initial word opens a name when a capitalised name follows it ("Democratic National Committee", "Great Britain").
    const next = tokens[i + 1];
    const opens = initial && next !== undefined && next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text);
    if (/^\p{Lu}\p{Ll}/u.test(t.text) && (!initial || opens)) out[i] = 1;
    if (/\p{L}/u.test(t.text)) initial = false;
    if (isQuoteMark(t) || t.text === ':' || t.text === '(') initial = true;
  });
  return out;
}

/** Factor for so-called and scare quotes: "so-called “threat”", "“helping” Germany". */
function irony(tokens: readonly TaggedToken[], h: LexiconHit, weight: number): number {
  for (let j = h.from - 1, seen = 0; j >= 0 && seen < 3; j -= 1) {
    const t = tokens[j]!;
    if (isQuoteMark(t) || t.text === '-') continue;
    seen += 1;
    if (DOUBT.has(t.lower) || (t.lower === 'called' && tokens[j - 2]?.lower === 'so')) return weight > 0 ? IRONIC : DOUBTED;
  }
  let open = -1;
  for (let j = h.from - 1; j >= Math.max(0, h.from - 4); j -= 1) if (isQuoteMark(tokens[j])) { open = j; break; }
  if (open < 0) return 1;
  for (let j = h.to; j <= Math.min(tokens.length - 1, open + 5); j += 1) {
    if (isQuoteMark(tokens[j])) return weight > 0 ? IRONIC : DISTANCED;
  }
  return 1;
}

/** `factor`: irony and quotation; `weight`: the entry's weight times the factor. */
/** A noun denied by a quantifier before it in its phrase: "little progress", "lack of trust". */
function denied(tokens: readonly TaggedToken[], chunks: Chunks, h: LexiconHit): boolean {
  if (tokens[h.from]!.pos !== 'NOUN') return false;
  let j = h.from - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADJ' && chunks.at[j] === chunks.at[h.from]) j -= 1;
  if (tokens[j]?.lower === 'of') j -= 1;
  return DENIERS.has(tokens[j]?.lower ?? '');
}

/** "the least popular", "less credible": the degree word reverses an adjective or adverb. */
function lessened(tokens: readonly TaggedToken[], h: LexiconHit): boolean {
  const pos = tokens[h.from]!.pos;
  const before = tokens[h.from - 1]?.lower;
  return (pos === 'ADJ' || pos === 'ADV') && (before === 'least' || before === 'less');
}

interface Scored { readonly hit: LexiconHit; readonly factor: number; readonly weight: number }

export function sentenceSentiment(given: readonly TaggedToken[], targets: readonly TokenRange[], lex: StanceLexicon, opts: SentimentOptions = {}): Contribution[] {
  if (!targets.length) return [];
  const tokens = untitledTokens(given, targets, lex);
  const chunks = findChunks(tokens, targets);
  const names = nameWords(tokens);
  const hits = matchLexicon(tokens, lex, (i) => chunks.target[i]! < 0 && names[i] === 0);
  if (!hits.length && !tokens.some((t) => DOUBT.has(t.lower) || t.lower === 'called')) return [];
  const scored: Scored[] = hits.map((hit) => {
    const factor = irony(tokens, hit, hit.entry.weight || (hit.entry.patient ?? 0)) * (opts.weightAt?.(hit.span) ?? 1);
    const weight = hit.entry.weight * factor;
    return { hit, factor, weight: denied(tokens, chunks, hit) || lessened(tokens, hit) ? negate(weight) : weight };
  });
  const hitAt = new Int32Array(tokens.length).fill(-1);
  scored.forEach((s, k) => hitAt.fill(k, s.hit.from, s.hit.to));
  // "the invasion of Ukraine", "the defeat of Russia": after an act's noun, "of" names whom it is
  // done to, not its owner; a judgement's too ("criticism of X" is read by nounPhrases).
  const actedOn = new Set<number>();
  chunks.list.forEach((c, k) => {
    const h = hitAt[c.head]!;
    const kind = h >= 0 ? scored[h]!.hit.entry.kind : undefined;
    if (kind === 'action' || kind === 'shifter' || kind === 'judgement') actedOn.add(k);
  });
  const best = new Map<string, Contribution>();
  // Words a clause has read to nothing ("X should choose peace", "X is a friend of Y"): the fallback leaves them alone.
  const claimed = new Set<number>();
  const give = (to: readonly number[], value: number, span: Span, whole = false, by: readonly number[] = []): void => {
    if (!value) {
      claimed.add(span.start);
      return;
    }
    const judges = judgesOf(chunks, by, targets.length);
    for (const c of to) {
      for (let k = 0; k < targets.length; k += 1) {
        const owned = shareOf(chunks, c, k, !actedOn.has(c));
        const share = whole && owned ? 1 : owned;
        if (!share) continue;
        const key = `${k}:${span.start}`;
        const v = clamp(value * share);
        const old = best.get(key);
        if (!old || Math.abs(v) > Math.abs(old.value)) best.set(key, judges.length ? { target: k, value: v, span, judges } : { target: k, value: v, span });
      }
    }
  };
  nounPhrases(tokens, chunks, scored, hitAt, give);
  doubtedActors(tokens, targets, give, chunks);
  const opposed = opts.opposedShare ?? 0;
  for (const clause of findClauses(tokens, chunks)) readClause(tokens, chunks, clause, scored, hitAt, give, opposed);
  if (opts.fallback) unclaimed(tokens, targets, scored, best, opts.fallback, (i) => actedOn.has(chunks.at[i] ?? -1), claimed, opts.quoteAt);
  return [...best.values()];
}

/**
 * Words no clause gave to anyone go to the nearest target, weakly: news prose often says how it
 * judges someone without a clause linking the word to them ("a bruising defeat for X").
 */
function unclaimed(tokens: readonly TaggedToken[], targets: readonly TokenRange[], scored: readonly Scored[], best: Map<string, Contribution>, weight: number, inAct: (i: number) => boolean, claimed: ReadonlySet<number>, quoteAt?: (span: Span) => Span | null): void {
  const given = new Set([...best.values()].map((c) => c.span.start));
  const commas: number[] = [];
  tokens.forEach((t, i) => { if (t.text === ',' || t.text === ';') commas.push(i); });
  for (const s of scored) {
    if (claimed.has(s.hit.span.start) || given.has(s.hit.span.start) || !s.weight) continue;
    let dist = Infinity;
    let nearest: number[] = [];
    // An act before a target may be done to it ("the brutal invasion of Ukraine"): that says nothing of the victim.
    const act = s.hit.entry.kind === 'action' || s.hit.entry.kind === 'shifter' || (!s.hit.entry.kind && tokens[s.hit.from]?.pos === 'VERB') || inAct(s.hit.from);
    // A quoted word is the speaker's about someone in the quotation, not about the speaker.
    const quote = quoteAt?.(s.hit.span) ?? null;
    targets.forEach((r, k) => {
      if (act && s.hit.to <= r.from) return;
      // "aggression against Niger", "a threat to Algeria", "the war in X": a harm before its victim or place.
      if (s.weight < 0 && s.hit.to <= r.from && victimBetween(tokens, s.hit.to, r.from)) return;
      if (quote && !(tokens[r.from]!.start >= quote.start && tokens[r.to - 1]!.end <= quote.end)) return;
      const d = s.hit.from >= r.to ? s.hit.from - r.to : Math.max(0, r.from - s.hit.to);
      if (d < dist) { dist = d; nearest = [k]; } else if (d === dist) nearest.push(k);
    });
    for (const k of nearest) {
      const r = targets[k]!;
      const lo = Math.min(r.from, s.hit.from);
      const hi = Math.max(r.to, s.hit.to);
      const across = commas.some((i) => i >= lo && i < hi);
      const v = clamp((s.weight * weight * (across ? ACROSS_COMMA : 1)) / (1 + DECAY * dist));
      best.set(`${k}:${s.hit.span.start}`, { target: k, value: v, span: s.hit.span });
    }
  }
}

const VICTIM_PREPS = new Set(['against', 'to', 'in', 'on', 'upon', 'toward', 'towards', 'at', 'inside', 'within']);
/** Whether a preposition that names a victim or a place lies between a word and a target. */
function victimBetween(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (tokens[i]!.pos === 'ADP' && VICTIM_PREPS.has(tokens[i]!.lower)) return true;
  return false;
}

type Give = (to: readonly number[], value: number, span: Span, whole?: boolean, by?: readonly number[]) => void;

/** The targets named by the heads of chunks `by`: who voices a judgement. */
function judgesOf(chunks: Chunks, by: readonly number[], n: number): number[] {
  const out: number[] = [];
  for (const c of by) {
    const k = chunks.target[chunks.list[c]!.head]!;
    if (k >= 0 && k < n && !out.includes(k)) out.push(k);
  }
  return out;
}

const targeted = (chunks: Chunks, c: number): boolean => chunks.target[chunks.list[c]!.head]! >= 0;

/** Inside each noun phrase: modifiers on a named head, evaluations of a thing on its owner, judgement nouns on whom they judge. */
function nounPhrases(tokens: readonly TaggedToken[], chunks: Chunks, scored: readonly Scored[], hitAt: Int32Array, give: Give): void {
  chunks.list.forEach((c, k) => {
    for (let i = c.from; i < c.to; i += 1) {
      const h = hitAt[i]!;
      if (h < 0 || scored[h]!.hit.from !== i) continue;
      const { hit, weight } = scored[h]!;
      if (hit.entry.kind === 'judgement') {
        // "mistrust of the West", "respect for China": the phrase after the noun is judged, not its owner.
        const prep = tokens[c.to];
        const next = chunks.at[c.to + 1];
        if (prep && NOUN_PATIENT_PREPS.has(prep.lower) && next !== undefined && next >= 0) give([next], weight * 0.8, hit.span);
        continue;
      }
      // "fatally shooting Herrera", "shooting victim X": an act's noun before a name is not said of it.
      const act = hit.entry.kind === 'action' || hit.entry.kind === 'shifter';
      if (act && chunks.target[c.head]! >= 0) continue;
      if (hit.entry.kind === 'label' && c.head >= hit.from && c.head < hit.to) {
        // "the Kiev regime", "the regime of Assad", "Kiev, the junta,": the label names the actor itself.
        const before = chunks.at[c.from - 2];
        const apposed = tokens[c.from - 1]?.text === ',' && before !== undefined && before >= 0 && targeted(chunks, before) ? [before] : [];
        give([k, ...apposed], weight * LABEL, hit.span, true);
        continue;
      }
      if (!relational(chunks, k)) give([k], weight, hit.span);
    }
  });
}

/** "the so-called prime minister X", "self-proclaimed authorities of X": a doubt word before an actor's phrase. */
function doubtedActors(tokens: readonly TaggedToken[], targets: readonly TokenRange[], give: Give, chunks: Chunks): void {
  targets.forEach((r, k) => {
    const c = chunks.at[r.from];
    if (c === undefined || c < 0 || chunks.target[chunks.list[c]!.head] !== k) return;
    for (let j = r.from - 1, seen = 0; j >= 0 && seen < 4; j -= 1) {
      const t = tokens[j]!;
      if (isQuoteMark(t) || t.text === '-') continue;
      seen += 1;
      const so = t.lower === 'called' && tokens[j - 2]?.lower === 'so' ? j - 2 : t.lower === 'called' && tokens[j - 1]?.lower === 'so' ? j - 1 : -1;
      if (DOUBT.has(t.lower) || so >= 0) {
        give([c], DOUBTED_ACTOR, { start: tokens[so >= 0 ? so : j]!.start, end: t.end });
        return;
      }
      // Only through the actor's own phrase: titles, adjectives, a determiner.
      if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') return;
    }
  });
}

/** "the Russia-Ukraine conflict", "China-US relations": a thing between two named owners judges neither. */
function relational(chunks: Chunks, c: number): boolean {
  const chunk = chunks.list[c]!;
  if (chunks.target[chunk.head]! >= 0) return false;
  const owners = new Set<number>();
  const add = (from: number, to: number): void => { for (let i = from; i < to; i += 1) if (chunks.target[i]! >= 0) owners.add(chunks.target[i]!); };
  add(chunk.from, chunk.to);
  if (chunk.of !== null) add(chunks.list[chunk.of]!.from, chunks.list[chunk.of]!.to);
  return owners.size > 1;
}

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

function readClause(tokens: readonly TaggedToken[], chunks: Chunks, c: Clause, scored: readonly Scored[], hitAt: Int32Array, give: Give, opposed: number): void {
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

const EXPLETIVE = new Set(['it', 'this', 'that']);

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

const targetIn = (chunks: Chunks, c: number): boolean => {
  const { from, to } = chunks.list[c]!;
  for (let i = from; i < to; i += 1) if (chunks.target[i]! >= 0) return true;
  return false;
};

/** The token range of a character span in a tagged sentence, or null when no token overlaps it. */
export function tokenRange(tokens: readonly TaggedToken[], span: Span): TokenRange | null {
  let from = -1;
  let to = -1;
  tokens.forEach((t, i) => {
    if (t.end > span.start && t.start < span.end) {
      if (from < 0) from = i;
      to = i + 1;
    }
  });
  return from < 0 ? null : { from, to };
}

export interface TargetSentiment { readonly score: number; readonly evidence: readonly Span[] }

/** Score −1…1 from contributions: their sum over their total weight plus one, so one word is not certainty and mixed words cancel. */
export function scoreOf(values: readonly number[]): number {
  let sum = 0;
  let total = 0;
  for (const v of values) { sum += v; total += Math.abs(v); }
  return total ? sum / (total + 1) : 0;
}

/** Sentiment toward the words at `target` (characters of `text`) within `sentence`: the benchmark's entry point. */
export function targetSentiment(text: string, sentence: Span, target: Span, lex: StanceLexicon, opts: SentimentOptions = {}): TargetSentiment {
  const tokens = tagSentence(text, sentence);
  const range = tokenRange(tokens, target);
  if (!range) return { score: 0, evidence: [] };
  const found = sentenceSentiment(tokens, [range], lex, opts);
  return { score: scoreOf(found.map((c) => c.value)), evidence: found.map((c) => c.span).sort((a, b) => a.start - b.start) };
}
