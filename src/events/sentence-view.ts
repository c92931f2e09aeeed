// One sentence as the event coder sees it: tagged tokens and the actor mentions laid over them
// as slots. A slot is one span of text that names one or more actors ("the Baltic states" names
// three); the coder chooses among slots, never among characters.
import type { Actor, ActorRef } from '../model/analysis.js';
import type { Span } from '../model/span.js';
import { tagSentence, type TaggedToken } from './tag-sentence.js';

export interface ActorSlot {
  /** Token range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly span: Span;
  readonly actors: readonly ActorRef[];
}

export interface SentenceView {
  readonly index: number;
  readonly span: Span;
  readonly tokens: readonly TaggedToken[];
  readonly slots: readonly ActorSlot[];
  /** Slot index per token, -1 where no actor is named. */
  readonly slotAt: Int32Array;
}

/** A mention with the actor it names, in document order: built once per document. */
export interface PlacedMention extends Span { readonly actor: ActorRef; readonly via: boolean }

export function placeMentions(actors: readonly Actor[]): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (const a of actors) {
    const ref: ActorRef = { id: a.id, country: a.country, code: a.code };
    for (const m of a.mentions) out.push({ start: m.start, end: m.end, actor: ref, via: m.via !== undefined });
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The mentions inside `span`, grouped by their exact extent. */
function groupMentions(mentions: readonly PlacedMention[], span: Span): Map<string, PlacedMention[]> {
  const groups = new Map<string, PlacedMention[]>();
  for (const m of mentions) {
    if (m.start < span.start || m.end > span.end) continue;
    const key = `${m.start}:${m.end}`;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  return groups;
}

/** A group named directly wins over the members it was expanded to ("Western countries" → WST). */
function slotActors(group: readonly PlacedMention[]): ActorRef[] {
  const direct = group.filter((m) => !m.via);
  const chosen = direct.length ? direct : group;
  const seen = new Set<string>();
  return chosen.filter((m) => !seen.has(m.actor.id) && seen.add(m.actor.id)).map((m) => m.actor);
}

/** The slot naming an actor at token `i`, if any. */
export const slotOf = (v: SentenceView, i: number): ActorSlot | undefined => {
  const s = v.slotAt[i];
  return s === undefined || s < 0 ? undefined : v.slots[s];
};

export function sentenceView(text: string, index: number, span: Span, mentions: readonly PlacedMention[], tokens?: readonly TaggedToken[]): SentenceView {
  const tagged = tokens ?? tagSentence(text, span);
  const slotAt = new Int32Array(tagged.length).fill(-1);
  const slots: ActorSlot[] = [];
  const groups = [...groupMentions(mentions, span).values()].sort((a, b) => a[0]!.start - b[0]!.start);
  // Groups come in order of start, so the first token a group covers is never behind the last one's.
  let first = 0;
  for (const group of groups) {
    const { start, end } = group[0]!;
    while (first < tagged.length && tagged[first]!.end <= start) first += 1;
    let to = first;
    while (to < tagged.length && tagged[to]!.start < end) to += 1;
    // Nested or overlapping mentions: the first (longest) keeps its tokens.
    if (to === first || slotAt.subarray(first, to).some((x) => x >= 0)) continue;
    slotAt.fill(slots.length, first, to);
    slots.push({ from: first, to, span: { start, end }, actors: slotActors(group) });
  }
  return { index, span, tokens: tagged, slots, slotAt };
}
