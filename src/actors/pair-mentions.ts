import type { Span } from '../model/span.js';
import type { ResolvedMention } from './resolve-mentions.js';

// "the two countries", "both sides": the dyad named just before, in the same sentence or the one
// before it. Each such phrase becomes a mention of both actors, so each keeps its evidence.
const PAIR = /\b(?:(?:the )?two (?:countries|sides|nations|states|governments|leaders|parties|presidents|prime ministers|ministers|capitals)|both (?:countries|sides|nations|states|governments|leaders|parties|presidents|capitals))\b/gi;
const PAIRABLE = new Set(['state', 'igo', 'bloc', 'person']);
// Continents are places more often than parties to a dyad.
const PLACES = new Set(['ASI', 'AFR', 'MEA', 'LAM']);
const COORDINATION = /^\s*(?:,\s*)?(?:and|&|with)\s+$/;
// "deploy missiles in Asia and Europe": places after a preposition are not the parties.
const PLACE_PREPOSITION = /\b(?:in|into|to|on|at|from|near|over|across|throughout|of|for|by)\s+(?:the\s+)?$/i;

const distinct = (a: ResolvedMention, b: ResolvedMention): boolean =>
  a.target.id !== b.target.id && a.target.country !== b.target.id && b.target.country !== a.target.id;

/** The dyad a pair phrase refers to: the last "A and B", else the last two distinct actors. */
function dyad(text: string, before: readonly ResolvedMention[]): [ResolvedMention, ResolvedMention] | null {
  for (let i = before.length - 1; i > 0; i--) {
    const a = before[i - 1]!;
    const b = before[i]!;
    if (distinct(a, b) && COORDINATION.test(text.slice(a.end, b.start)) && !PLACE_PREPOSITION.test(text.slice(Math.max(0, a.start - 20), a.start))) return [a, b];
  }
  const pair: ResolvedMention[] = [];
  for (let i = before.length - 1; i >= 0 && pair.length < 2; i--) {
    const f = before[i]!;
    if (pair.every((p) => distinct(p, f))) pair.push(f);
  }
  return pair.length === 2 ? [pair[1]!, pair[0]!] : null;
}

export function pairMentions(text: string, sentences: readonly Span[], found: readonly ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  let last: { end: number; pair: [ResolvedMention, ResolvedMention] } | null = null;
  for (const m of text.matchAll(PAIR)) {
    const start = m.index;
    const s = sentences.findIndex((x) => x.start <= start && start < x.end);
    const windowStart = sentences[Math.max(0, s - 1)]?.start ?? 0;
    const before = found.filter((f) => f.end <= start && f.start >= windowStart && PAIRABLE.has(f.target.kind) && !PLACES.has(f.target.id));
    // "Both sides believe … Both sides urge …": a pair phrase close after another means the same pair.
    const pair: [ResolvedMention, ResolvedMention] | null = last && last.end >= windowStart ? last.pair : dyad(text, before);
    if (!pair) continue;
    last = { end: start + m[0].length, pair };
    for (const p of pair) out.push({ start, end: start + m[0].length, target: p.target });
  }
  return out;
}
