// The stance reader's fallback (SentimentOptions.fallback): evaluative words the clauses gave to
// no one go to the nearest target, less with distance and across a comma.
import type { TaggedToken } from '../events/tag-sentence.js';
import type { Span } from '../model/span.js';
import { clamp, type Contribution } from './contribution-sink.js';
import type { Scored } from './score-hits.js';
import type { TokenRange } from './stance-chunks.js';

/** Per token between the word and the target: the fallback weight is divided by 1 + DECAY × distance. */
const DECAY = 0.1;
/** Across a comma or semicolon the word is less likely about the target. */
const ACROSS_COMMA = 0.7;
const VICTIM_PREPS = new Set(['against', 'to', 'in', 'on', 'upon', 'toward', 'towards', 'at', 'inside', 'within']);

/**
 * Words no clause gave to anyone go to the nearest target, weakly: news prose often says how it
 * judges someone without a clause linking the word to them ("a bruising defeat for X").
 */
export function unclaimedWords(tokens: readonly TaggedToken[], targets: readonly TokenRange[], scored: readonly Scored[], best: Map<string, Contribution>, weight: number, inAct: (i: number) => boolean, claimed: ReadonlySet<number>, quoteAt?: (span: Span) => Span | null): void {
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

/** Whether a preposition that names a victim or a place lies between a word and a target. */
function victimBetween(tokens: readonly TaggedToken[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (tokens[i]!.pos === 'ADP' && VICTIM_PREPS.has(tokens[i]!.lower)) return true;
  return false;
}
