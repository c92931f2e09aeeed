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

// "urged both sides to exercise restraint": a third party's appeal is addressed to the two parties
// of the conflict, not to the one that appeals nor to whoever it phoned.
const APPEAL_BEFORE = /\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|upon)|appeal(?:s|ed|ing)? to|ask(?:s|ed|ing)?|advis(?:e|es|ed|ing)|press(?:es|ed|ing)?)\s+$/i;

/** Countries of one sentence's mentions, in order, without repeats. */
const countriesIn = (ms: readonly ResolvedMention[]): string[] => [...new Set(ms.filter((m) => PAIRABLE.has(m.target.kind) && !PLACES.has(m.target.country)).map((m) => m.target.country))];

/**
 * The article's dyad: the two countries named together in the most sentences, when one pair leads
 * (a tie says nothing). Each sentence counts a pair once.
 */
function mainDyad(sentences: readonly Span[], found: readonly ResolvedMention[], without: string): [ResolvedMention, ResolvedMention] | null {
  const counts = new Map<string, number>();
  const example = new Map<string, ResolvedMention>();
  for (const s of sentences) {
    const inside = found.filter((f) => f.start >= s.start && f.end <= s.end);
    for (const f of inside) if (f.target.id === f.target.country && !example.has(f.target.country)) example.set(f.target.country, f);
    const cs = countriesIn(inside).filter((c) => c !== without).sort();
    for (let i = 0; i < cs.length; i++) for (let j = i + 1; j < cs.length; j++) counts.set(`${cs[i]} ${cs[j]}`, (counts.get(`${cs[i]} ${cs[j]}`) ?? 0) + 1);
  }
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < 2 || (second && second[1] === top[1])) return null;
  const [a, b] = top[0].split(' ').map((c) => example.get(c));
  return a && b ? [a, b] : null;
}

/** "Imran Khan said the two countries should talk": with one party in view, the article's dyad that holds it. */
function dyadInView(sentences: readonly Span[], found: readonly ResolvedMention[], before: readonly ResolvedMention[]): [ResolvedMention, ResolvedMention] | null {
  const pair = mainDyad(sentences, found, '');
  const inView = countriesIn(before);
  return pair && inView.length === 1 && pair.some((p) => p.target.country === inView[0]) ? pair : null;
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
    const sentenceStart = sentences[s]?.start ?? 0;
    const appealer = APPEAL_BEFORE.test(text.slice(Math.max(sentenceStart, start - 30), start))
      ? found.find((f) => f.start >= sentenceStart && f.end <= start) : undefined;
    const pair: [ResolvedMention, ResolvedMention] | null = appealer ? mainDyad(sentences, found, appealer.target.country)
      : last && last.end >= windowStart ? last.pair : dyad(text, before) ?? dyadInView(sentences, found, before);
    if (!pair) continue;
    last = { end: start + m[0].length, pair };
    for (const p of pair) out.push({ start, end: start + m[0].length, target: p.target });
  }
  return out;
}
