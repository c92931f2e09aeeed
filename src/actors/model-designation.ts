import type { NameValue, RoleEntry } from './actor-value.js';
import type { MatchToken } from './match-tokens.js';
import type { NameMatch } from './name-matcher.js';

// Model designations of military hardware: "F-16", "Su-24", "B-1B", "S-400", "TB2", "9M729" (one
// word of letters and digits, a capital before the first digit or after it), or a type name and a
// number ("Mirage 2000", "Leopard 2", "Bayraktar TB2"). Years and ordinals ("1990s", "21st") are not.
const MODEL_WORD = /^(?=.*\d)(?:\p{Lu}[\p{L}\d]*|\d+\p{Lu}[\p{L}\d]*)(?:-[\p{L}\d]+)*$/u;
const MODEL_NUMBER = /^\d[\p{L}\d]*$/u;
const TYPE_NAME = /^\p{Lu}\p{Ll}+$/u;
/** "F-16s", "F-35Bs": the plural designation is itself the hardware noun. */
const PLURAL_MODEL = /\d\p{Lu}?s$/u;

/** Words describing hardware, allowed between a country or a designation and its noun ("stealth fighters"). */
export const HARDWARE_MODIFIER = /^(?:stealth|combat|attack|strike|strategic|tactical|unmanned|armed|armou?red|ballistic|cruise|hypersonic|supersonic|guided|reconnaissance|surveillance|transport|multirole|heavy|fighter|missile|main|battle)$/;
// Nouns that are hardware only after a designation: "F-16 fighters", "S-400 systems" ("Syrian
// fighters" are not jets).
const DESIGNATION_NOUN = /^(?:fighters?|interceptors?|systems?|launchers?|batter(?:y|ies))$/;

const GLUE = /^(?:[\p{L}\d]+|-)$/u;

/** Index past the word that starts at token `t`: hyphen parts written together ("F", "-", "16"). */
function wordEnd(tokens: readonly MatchToken[], t: number): number {
  let e = t + 1;
  while (e < tokens.length && tokens[e]!.start === tokens[e - 1]!.end && GLUE.test(tokens[e]!.surface.replace(/['’]s?$/u, ''))) e += 1;
  return e;
}

const wordAt = (tokens: readonly MatchToken[], from: number, to: number): string =>
  tokens.slice(from, to).map((x) => x.surface).join('').replace(/['’]s?$/u, '');

/** Index past a designation starting at token `t`, or `t` when none starts there. */
export function designationEnd(tokens: readonly MatchToken[], t: number): number {
  if (t > 0 && tokens[t - 1]!.end === tokens[t]!.start && tokens[t - 1]!.key === '-') return t; // inside a word
  const e = wordEnd(tokens, t);
  const word = wordAt(tokens, t, e);
  if (MODEL_WORD.test(word)) return e;
  if (e !== t + 1 || !TYPE_NAME.test(word) || e >= tokens.length) return t;
  const e2 = wordEnd(tokens, e);
  const next = wordAt(tokens, e, e2);
  return MODEL_NUMBER.test(next) || MODEL_WORD.test(next) ? e2 : t;
}

const covering = (matches: readonly NameMatch<NameValue>[]): Set<number> =>
  new Set(matches.flatMap((m) => Array.from({ length: m.to - m.from }, (_, i) => m.from + i)));

/**
 * Adds a match of `role` (the hardware role) for each designation used as hardware: before a
 * designation noun ("F-16 fighters") or a role noun of the same code ("Su-24 bomber"), or plural
 * ("F-16s"). A country before it then reads as a chain: "Turkish F-16 fighters" is TURMIL.
 */
export function withDesignations(matches: readonly NameMatch<NameValue>[], tokens: readonly MatchToken[], role: RoleEntry | null): NameMatch<NameValue>[] {
  if (!role) return [...matches];
  const covered = covering(matches);
  const added: NameMatch<NameValue>[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const end = covered.has(t) ? t : designationEnd(tokens, t);
    if (end === t || Array.from({ length: end - t }, (_, i) => t + i).some((x) => covered.has(x))) continue;
    let e = end;
    while (e < tokens.length && !covered.has(e) && HARDWARE_MODIFIER.test(tokens[e]!.key)) e += 1;
    const noun = e < tokens.length && !covered.has(e) && DESIGNATION_NOUN.test(tokens[e]!.key);
    const roleNext = matches.some((m) => m.from === e && m.values.some((v) => v.type === 'role' && v.role.code === role.code));
    const plural = e === end && PLURAL_MODEL.test(wordAt(tokens, t, end));
    const to = noun ? e + 1 : roleNext || plural ? e : t;
    if (to === t) continue;
    added.push({ start: tokens[t]!.start, end: tokens[to - 1]!.end, from: t, to, values: [{ type: 'role', role }] });
    t = to - 1;
  }
  return [...matches, ...added].sort((a, b) => a.from - b.from);
}
