// Which known event a phrase in a duration refers to: the event named right there ("four months
// since Russia's invasion of Ukraine"), a phrase that names it only as a start ("the conflict
// between Russia and Ukraine has lasted …"), or a word that refers back to an event the text
// names elsewhere ("the war has lasted …" in a text that speaks of the special military operation).
import type { Span } from '../model/span.js';
import type { AnchorMention } from './anchor-evidence.js';
import type { DatingAnchor } from './read-anchor-file.js';

export interface AnchorReference extends Span {
  readonly anchor: DatingAnchor;
}

export class AnchorReferences {
  /** Every phrase that can stand for a known start, in text order. */
  readonly all: readonly AnchorReference[];

  /** `named`: factual mentions of names; `durations` and `words`: all matches of those lists. */
  constructor(named: readonly AnchorMention[], durations: readonly AnchorMention[], words: readonly AnchorMention[]) {
    const refs = resolveRefs(words, named);
    // Named and duration phrases before words that refer back; inner matches of a longer one dropped.
    const all = [...named, ...durations, ...refs].sort((a, b) => a.start - b.start || b.end - a.end);
    this.all = all.filter((r, i) => !all.some((o, j) => j !== i && o.start <= r.start && r.end <= o.end && (o.end - o.start > r.end - r.start || j < i)));
  }

  /** The reference that ends nearest before `at` (within `reach` characters and after `floor`). */
  endingBefore(at: number, floor: number, reach: number): AnchorReference | null {
    let best: AnchorReference | null = null;
    for (const r of this.all) if (r.end <= at && r.start >= floor && at - r.end <= reach && (!best || r.end > best.end)) best = r;
    return best;
  }

  /** The reference that starts nearest after `at` (within `reach` characters and before `ceiling`). */
  startingAfter(at: number, ceiling: number, reach: number): AnchorReference | null {
    let best: AnchorReference | null = null;
    for (const r of this.all) if (r.start >= at && r.end <= ceiling && r.start - at <= reach && (!best || r.start < best.start)) best = r;
    return best;
  }
}

/**
 * A word such as "the war" stands for the event named nearest before it (else nearest after)
 * among the events it can refer to; a word no named event takes is dropped.
 */
function resolveRefs(refs: readonly AnchorMention[], named: readonly AnchorMention[]): AnchorReference[] {
  const bySpan = new Map<string, AnchorMention[]>();
  for (const r of refs) bySpan.set(`${r.start}:${r.end}`, [...(bySpan.get(`${r.start}:${r.end}`) ?? []), r]);
  const out: AnchorReference[] = [];
  for (const group of bySpan.values()) {
    const ids = new Set(group.map((r) => r.anchor.id));
    const { start, end } = group[0]!;
    const candidates = named.filter((n) => ids.has(n.anchor.id));
    const to = candidates.filter((n) => n.end <= start).pop() ?? candidates.find((n) => n.start >= end);
    if (to) out.push({ start, end, anchor: to.anchor });
  }
  return out;
}
