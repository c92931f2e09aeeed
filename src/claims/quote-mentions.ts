// Actor mentions laid out for the quote finder: one entry per mentioned span with every actor it
// names, sorted, with lookups by offset (binary search, so a long article stays linear).
import type { Actor, ActorRef } from '../model/analysis.js';
import type { Span } from '../model/span.js';

/** One mentioned span and the actors it names (a pair such as "the two sides" names two). */
export interface PlacedMention extends Span { readonly actors: readonly ActorRef[] }

/** Mentions by span, sorted by start (longest first at a tie); a group's own actor before the members it stands for. */
export function placeMentions(actors: readonly Actor[]): PlacedMention[] {
  const bySpan = new Map<string, { span: Span; direct: ActorRef[]; via: ActorRef[] }>();
  for (const a of actors) {
    const ref: ActorRef = { id: a.id, country: a.country, code: a.code };
    for (const m of a.mentions) {
      const key = `${m.start}:${m.end}`;
      const slot = bySpan.get(key) ?? { span: { start: m.start, end: m.end }, direct: [], via: [] };
      (m.via === undefined ? slot.direct : slot.via).push(ref);
      bySpan.set(key, slot);
    }
  }
  return [...bySpan.values()]
    .map((s) => ({ start: s.span.start, end: s.span.end, actors: [...s.direct, ...s.via] }))
    .sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Longer mentions are not looked back for when finding the one covering an offset. */
const MAX_MENTION_CHARS = 200;

/** Index of the first mention starting at or after `pos` (binary search). */
function firstStartingFrom(mentions: readonly PlacedMention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions lying wholly inside `span`. */
export function mentionsWithin(mentions: readonly PlacedMention[], span: Span): PlacedMention[] {
  const out: PlacedMention[] = [];
  for (let i = firstStartingFrom(mentions, span.start); i < mentions.length && mentions[i]!.start < span.end; i += 1) {
    if (mentions[i]!.end <= span.end) out.push(mentions[i]!);
  }
  return out;
}

/** The longest mention that covers offset `pos`. */
export function mentionCovering(mentions: readonly PlacedMention[], pos: number): PlacedMention | undefined {
  let best: PlacedMention | undefined;
  for (let i = firstStartingFrom(mentions, pos - MAX_MENTION_CHARS); i < mentions.length && mentions[i]!.start <= pos; i += 1) {
    const m = mentions[i]!;
    if (pos < m.end && (!best || m.end - m.start > best.end - best.start)) best = m;
  }
  return best;
}
