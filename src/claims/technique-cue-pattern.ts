// The small pattern language of data/techniques/cues.json, compiled to slots matched over the
// tokens of one sentence (see technique-cue-matches.ts). Patterns are words, never regular
// expressions: a user's file cannot make matching slow, and every slot consumes whole tokens.
//
//   word          a token, case-insensitive (’ is read as ', so "west's" matches "West’s")
//   a|b|c         alternatives for one token
//   manipulat*    a token starting with "manipulat" (at least three letters before the *)
//   ...           up to four tokens of any kind (not first, not last, at most two per pattern)
//   {actor}       an actor mention from the actors layer (all of its tokens)
//   "             any quotation mark: " “ ” „ « » ‘ ’ '
//   ^             first: the match starts the sentence (only quotation marks may precede it)
//   ? ! , : ;     the punctuation itself

export const GAP_MAX = 4;
const MAX_SLOTS = 12;
const MAX_GAPS = 2;

export type CueSlot =
  | { readonly kind: 'words'; readonly exact: ReadonlySet<string>; readonly prefixes: readonly string[] }
  | { readonly kind: 'gap' }
  | { readonly kind: 'actor' }
  | { readonly kind: 'quote' };

export interface CuePattern {
  /** The match must start the sentence. */
  readonly anchored: boolean;
  readonly slots: readonly CueSlot[];
}

const WORD = /^[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*$/u;
const PUNCT = /^[?!,:;]$/;

/** Token text as patterns see it: lower case, typographic apostrophes and hyphens made plain. */
const NEEDS_PLAIN = /[’‘`‐‑–]/;

export function normalizeToken(text: string): string {
  const lower = text.toLowerCase();
  return needsPlain(lower) ? lower.replace(/[’‘`]/g, "'").replace(/[‐‑–]/g, '-') : lower;
}

/** `NEEDS_PLAIN.test`, with text of ASCII letters and digits (most tokens) answered without it. */
function needsPlain(lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39))) return NEEDS_PLAIN.test(lower);
  }
  return false;
}

function wordSlot(slot: string): CueSlot | string {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const raw of slot.split('|')) {
    const alt = normalizeToken(raw);
    if (alt.endsWith('*')) {
      const prefix = alt.slice(0, -1);
      if (prefix.length < 3 || !WORD.test(prefix)) return `"${raw}": a prefix needs at least three letters before *`;
      prefixes.push(prefix);
    } else if (WORD.test(alt) || PUNCT.test(alt)) {
      exact.add(alt);
    } else {
      return `"${raw}" is not a word, a word*, or one of ? ! , : ;`;
    }
  }
  return { kind: 'words', exact, prefixes };
}

/** The compiled pattern, or a message saying what is wrong with it. */
export function compileCuePattern(source: string): CuePattern | string {
  const parts = source.trim().split(/\s+/).filter(Boolean);
  const anchored = parts[0] === '^';
  if (anchored) parts.shift();
  if (parts.length === 0) return 'empty pattern';
  if (parts.length > MAX_SLOTS) return `more than ${MAX_SLOTS} slots`;
  const slots: CueSlot[] = [];
  for (const [i, part] of parts.entries()) {
    if (part === '^') return '^ is only allowed first';
    if (part === '...') {
      if (i === 0 || i === parts.length - 1) return '... must not start or end a pattern';
      if (slots[slots.length - 1]?.kind === 'gap') return 'two ... in a row';
      slots.push({ kind: 'gap' });
    } else if (part === '{actor}') {
      slots.push({ kind: 'actor' });
    } else if (part === '"') {
      slots.push({ kind: 'quote' });
    } else {
      const slot = wordSlot(part);
      if (typeof slot === 'string') return slot;
      slots.push(slot);
    }
  }
  if (slots.filter((s) => s.kind === 'gap').length > MAX_GAPS) return `more than ${MAX_GAPS} gaps (...)`;
  if (!slots.some((s) => s.kind === 'words')) return 'a pattern needs at least one word';
  return { anchored, slots };
}
