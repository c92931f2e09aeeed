import type { ResolvedMention } from './resolve-mentions.js';

// A capital that also seats a union speaks for the union in a text about it: "Paris and Brussels
// reacted first" after the EU's measures is the EU, not Belgium. Read so only when the text names
// the union and never names the host state otherwise, so a text about Belgium keeps it.
const SEATS: readonly { readonly names: readonly string[]; readonly state: string; readonly union: string }[] = [
  { names: ['brussels', 'bruxelles', 'brussel'], state: 'BEL', union: 'EU' },
];

const bare = (s: string): string => s.replace(/['’]s?$/u, '').toLowerCase();

/** Re-reads capital mentions as their union's where the text is about the union. */
export function unionCapital(text: string, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  let out = [...mentions];
  for (const seat of SEATS) {
    const union = mentions.find((m) => m.target.id === seat.union)?.target;
    if (!union) continue;
    const isSeat = (m: ResolvedMention) => m.target.id === seat.state && seat.names.includes(bare(text.slice(m.start, m.end)));
    const stateNamed = mentions.some((m) => m.target.country === seat.state && !isSeat(m));
    if (stateNamed) continue;
    out = out.map((m) => (isSeat(m) ? { ...m, target: union } : m));
  }
  return out;
}
