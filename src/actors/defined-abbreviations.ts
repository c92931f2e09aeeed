import type { ResolvedMention } from './resolve-mentions.js';

// "the European Union (EU) and Japan", "the Central Reserve Police Force (CRPF)": an abbreviation
// in brackets right after a name is that name written again. Read as one mention, so the name
// stays next to what it is coordinated with; an abbreviation no dictionary knows is defined by it
// for the rest of the text ("the CRPF said").

/** A bracketed abbreviation right after a mention: "(EU)", "( CRPF )". */
const BRACKETED = /^\s?\(\s*(\p{Lu}[\p{Lu}\d&.-]{1,9})\s*\)/u;

/** The abbreviation's initial matches a capitalised word of the name ("Central … (CRPF)"). */
const fitsName = (abbr: string, name: string): boolean =>
  name.split(/[\s-]+/).some((w) => /^\p{Lu}/u.test(w) && w[0] === abbr[0]);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Folds each bracketed abbreviation into the mention before it, and resolves later uses of an
 * abbreviation the text defined. `mentions` must be sorted by start.
 */
export function definedAbbreviations(text: string, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  const defined = new Map<string, { target: ResolvedMention['target']; after: number }>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const bracket = BRACKETED.exec(text.slice(m.end));
    if (!bracket) {
      out.push(m);
      continue;
    }
    const end = m.end + bracket[0].length;
    const abbr = bracket[1]!;
    const inside = mentions[i + 1];
    const within = inside !== undefined && inside.start > m.end && inside.end < end;
    if (within && inside.target.id !== m.target.id) {
      out.push(m); // "Brussels (EU)" says two things; leave both
      continue;
    }
    if (!within && !fitsName(abbr, text.slice(m.start, m.end))) {
      out.push(m);
      continue;
    }
    out.push({ ...m, end });
    if (within) i += 1;
    else if (!defined.has(abbr)) defined.set(abbr, { target: m.target, after: end });
  }
  return [...out, ...laterUses(text, out, defined)].sort((a, b) => a.start - b.start);
}

function laterUses(text: string, found: readonly ResolvedMention[], defined: ReadonlyMap<string, { target: ResolvedMention['target']; after: number }>): ResolvedMention[] {
  const extra: ResolvedMention[] = [];
  for (const [abbr, { target, after }] of defined) {
    const re = new RegExp(`(?<![\\p{L}\\d])${escape(abbr)}(?![\\p{L}\\d])`, 'gu');
    re.lastIndex = after;
    let hit: RegExpExecArray | null;
    while ((hit = re.exec(text)) !== null) {
      const start = hit.index;
      const end = start + abbr.length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      extra.push({ start, end, target });
    }
  }
  return extra;
}
