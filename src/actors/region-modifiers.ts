import type { ResolvedMention } from './resolve-mentions.js';

/**
 * "the Karabakh Armenian forces", "the Donbas Russian militias": a region written right before a
 * people's phrase says where that people or force is, so the two are one actor — the phrase's —
 * not the region's state and the phrase's as two mentions (which would pit a state against itself).
 */
export function regionModifiers(text: string, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const n = mentions[i + 1];
    const surface = n ? text.slice(n.start, n.end) : '';
    if (n && m.target.kind === 'region' && n.start === m.end + 1 && text[m.end] === ' ' && n.target.kind !== 'region'
      && n.target.country !== m.target.country && (n.target.kind !== 'state' || /\p{Ll}s$/u.test(surface)) && /^\p{Lu}/u.test(surface)) {
      out.push({ ...n, start: m.start });
      i += 1;
      continue;
    }
    out.push(m);
  }
  return out;
}
