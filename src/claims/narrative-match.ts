// How strongly one document expresses one catalogue narrative, from three kinds of evidence:
// events that fit one of its signatures (who did what to whom, with which modality), the text's
// stance toward an actor group, and wording cues. Each event counts once, for its heaviest
// signature; a signature saturates (a fourth matching event adds nothing over a third); all
// contributions combine as independent evidence (noisy-OR); wording is capped, so a text that
// only uses the words never reaches the threshold. A cue said of a group (`about`) found in a
// sentence that names a member is framing evidence, capped separately: the words are applied to
// the group, which is more than the words alone, less than a clause-level stance.
import type { Actor, Event, Stance } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import type { ActorGroup, CatalogueNarrative, EventSignature, NarrativeScoring, StanceSignature } from './narrative-catalogue.js';
import { TextIndex } from './narrative-phrase.js';

/** Each further piece of evidence for one signature adds a quarter of its weight, twice at most. */
const REPEAT_BONUS = 0.25;
const MAX_REPEATS = 2;
const MAX_CONTRIBUTION = 0.95;
/** A group stance of this size, shown by this many spans, is full-strength evidence; less counts in proportion. */
const FULL_STANCE = 0.5;
const FULL_STANCE_SPANS = 3;
/** Words said of the group (a member named in their sentence) weigh this much more than the bare words. */
const FRAMING_FACTOR = 2;

export interface NarrativeDocument {
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly actors: readonly Actor[];
  readonly events: readonly Event[];
  readonly stance: readonly Stance[];
}

/** Per-document lookups shared by every narrative of the catalogue. */
export interface NarrativeView {
  readonly doc: NarrativeDocument;
  /** The text's words, and each phrase's matches once found. */
  readonly index: TextIndex;
  /** Stance entries with evidence, by the group their actors belong to (computed once per group: many signatures share a group). */
  membersOf(group: ActorGroup): readonly Stance[];
  /** The actors each sentence names, by sentence index. */
  readonly named: ReadonlyMap<number, readonly Actor[]>;
}

/** Sentence index of each actor mention: what a cue `about` a group is checked against. */
function namedBySentence(doc: NarrativeDocument): Map<number, Actor[]> {
  const named = new Map<number, Actor[]>();
  const starts = doc.sentences.map((s) => s.start);
  for (const a of doc.actors) {
    for (const m of a.mentions) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= m.start) lo = mid; else hi = mid - 1;
      }
      const list = named.get(lo);
      if (!list) named.set(lo, [a]);
      else if (!list.includes(a)) list.push(a);
    }
  }
  return named;
}

export function narrativeView(doc: NarrativeDocument): NarrativeView {
  const codes = new Map(doc.actors.map((a) => [a.id, a.code]));
  // With the actor's code (from the actors layer) for role-based groups.
  const evaluated = doc.stance.filter((s) => s.evidence.length > 0).map((s) => ({ stance: s, actor: { id: s.actor, country: s.country, code: codes.get(s.actor) ?? s.country } }));
  const members = new Map<ActorGroup, Stance[]>();
  return {
    doc,
    index: new TextIndex(doc.text),
    membersOf(group) {
      let list = members.get(group);
      if (!list) members.set(group, (list = evaluated.filter((e) => group.has(e.actor)).map((e) => e.stance)));
      return list;
    },
    named: namedBySentence(doc),
  };
}

export interface NarrativeMatch {
  /** What each kind of evidence contributes, 0…1 (wording already capped). */
  readonly events: number;
  readonly stance: number;
  readonly wording: number;
  /** Cues said of a group in a sentence naming a member (already capped). */
  readonly framing: number;
  readonly score: number;
  readonly evidence: readonly Span[];
}

const noisyOr = (parts: readonly number[]): number => 1 - parts.reduce((p, x) => p * (1 - x), 1);

const saturated = (weight: number, count: number): number =>
  Math.min(MAX_CONTRIBUTION, weight * (1 + REPEAT_BONUS * Math.min(count - 1, MAX_REPEATS)));

type Ref = Event['source'];

function rolesFit(sig: EventSignature, source: Ref, target: Ref): boolean {
  const fits = (actor: Ref, groups: EventSignature['source'], not: EventSignature['sourceNot']): boolean => {
    if (groups && !(actor && groups.some((g) => g.has(actor)))) return false;
    if (not.length && !(actor && !not.some((g) => g.has(actor)))) return false;
    return true;
  };
  return fits(source, sig.source, sig.sourceNot) && fits(target, sig.target, sig.targetNot);
}

function eventFits(sig: EventSignature, e: Event, view: NarrativeView): boolean {
  if (!sig.modality.has(e.modality) || (sig.cameo && !sig.cameo.some((c) => e.cameo.startsWith(c)))) return false;
  if (!rolesFit(sig, e.source, e.target) && !(sig.either && rolesFit(sig, e.target, e.source))) return false;
  if (!sig.context) return true;
  const sentences = e.mentions.length ? e.mentions.map((m) => m.sentence) : [e.sentence];
  return sentences.some((i) => {
    const sentence = view.doc.sentences[i];
    return sentence !== undefined && sig.context!.some((p) => view.index.has(p, sentence));
  });
}

/**
 * How the text frames a group: its members' stance scores averaged, each weighted by its number of
 * evidence spans (how much the text says about it), so a negative word on one leader does not make
 * a text that praises his country "negative toward the West". Members without evidence do not count:
 * they could not show why the narrative was reported. `spans` counts only the evidence outside
 * `counted` (the narrative's event clauses), so one sentence is not counted twice.
 */
function groupStance(sig: StanceSignature, view: NarrativeView, counted: readonly Span[]): { score: number; spans: number; evidence: Span[] } | null {
  let sum = 0;
  let spans = 0;
  const members = view.membersOf(sig.group);
  for (const s of members) {
    sum += s.score * s.evidence.length;
    spans += s.evidence.length;
  }
  if (!spans) return null;
  const score = sum / spans;
  if (sig.polarity === 'negative' ? score > -sig.minScore : score < sig.minScore) return null;
  const sign = Math.sign(score);
  const evidence = members.filter((s) => Math.sign(s.score) === sign).flatMap((s) => s.evidence).filter((e) => !within(e, counted));
  return evidence.length ? { score, spans: evidence.length, evidence } : null;
}

const within = (s: Span, outer: readonly Span[]): boolean => outer.some((o) => o.start <= s.start && s.end <= o.end);

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/**
 * Each event counts once, for the heaviest signature it fits, and each predicate once: of events
 * coded on one trigger ("X and Y held talks" both ways, "is preparing to attack" as an attack and
 * a threat) only the heaviest counts. Returns each used signature's contribution.
 */
function eventContributions(n: CatalogueNarrative, view: NarrativeView, evidence: Span[]): number[] {
  const fitting: { sig: number; spans: Span[]; triggers: Span[] }[] = [];
  for (const e of view.doc.events) {
    let best = -1;
    n.events.forEach((sig, i) => {
      if ((best < 0 || sig.weight > n.events[best]!.weight) && eventFits(sig, e, view)) best = i;
    });
    const mentions = e.mentions.length ? e.mentions : [e];
    if (best >= 0) fitting.push({ sig: best, spans: mentions.map((m) => m.span), triggers: mentions.map((m) => m.trigger) });
  }
  const counts = n.events.map(() => 0);
  const triggers: Span[] = [];
  for (const f of fitting.sort((a, b) => n.events[b.sig]!.weight - n.events[a.sig]!.weight)) {
    if (f.triggers.some((t) => triggers.some((u) => overlap(t, u)))) continue;
    counts[f.sig]! += 1;
    triggers.push(...f.triggers);
    evidence.push(...f.spans);
  }
  return counts.flatMap((count, i) => (count ? [saturated(n.events[i]!.weight, count)] : []));
}

function stanceContributions(n: CatalogueNarrative, view: NarrativeView, evidence: Span[]): number[] {
  const counted = [...evidence];
  return n.stance.flatMap((sig) => {
    const found = groupStance(sig, view, counted);
    if (!found) return [];
    evidence.push(...found.evidence);
    // One evaluative word is thin evidence of how a text frames a group: strength grows with the spans.
    return [sig.weight * Math.min(1, Math.abs(found.score) / FULL_STANCE) * Math.min(1, found.spans / FULL_STANCE_SPANS)];
  });
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function matchNarrative(n: CatalogueNarrative, view: NarrativeView, scoring: NarrativeScoring): NarrativeMatch {
  const evidence: Span[] = [];
  const events = noisyOr(eventContributions(n, view, evidence));
  const clauses = [...evidence];
  const stance = noisyOr(stanceContributions(n, view, evidence));
  const cueWeights: number[] = [];
  const framingWeights: number[] = [];
  for (const cue of n.cues) {
    // Words inside a clause already counted as an event are that event's, not more evidence.
    const found = view.index.find(cue.phrase).filter((s) => !within(s, clauses));
    if (!found.length) continue;
    const about = cue.about;
    const said = about ? found.filter((s) => namesMember(view, s, about)) : [];
    if (said.length) framingWeights.push(Math.min(MAX_CONTRIBUTION, FRAMING_FACTOR * cue.weight));
    else cueWeights.push(cue.weight);
    evidence.push(...found);
  }
  const wording = Math.min(scoring.wordingCap, noisyOr(cueWeights));
  const framing = Math.min(scoring.framingCap, noisyOr(framingWeights));
  return {
    events: round(events),
    stance: round(stance),
    wording: round(wording),
    framing: round(framing),
    score: round(noisyOr([events, stance, wording, framing])),
    evidence: sortSpans(evidence),
  };
}

/** True when the sentence holding `span` names a member of one of `groups`. */
function namesMember(view: NarrativeView, span: Span, groups: readonly ActorGroup[]): boolean {
  const sentence = view.doc.sentences.findIndex((s) => s.start <= span.start && span.start < s.end);
  return (view.named.get(sentence) ?? []).some((a) => groups.some((g) => g.has(a)));
}

/** Spans in text order, each once. */
export function sortSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1]!.start || s.end !== sorted[i - 1]!.end).map((s) => ({ start: s.start, end: s.end }));
}
