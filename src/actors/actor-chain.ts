import type { NameMatch } from './name-matcher.js';
import type { MatchToken } from './match-tokens.js';
import type { ActorTarget, NameValue, PersonEntry, RoleEntry } from './actor-value.js';

/**
 * A run of adjacent matches read as one actor phrase: [country] [role…] [name], as in
 * "Belarusian President Lukashenko", "the Ukrainian foreign minister", "Russia's army",
 * "Kazakh Deputy Foreign Minister Roman Vassilenko", "the Russian side".
 */
export interface ActorChain {
  readonly start: number;
  readonly end: number;
  /** Matches consumed (index past the last). */
  readonly next: number;
  readonly country: ActorTarget | null;
  readonly roles: readonly RoleEntry[];
  readonly people: readonly PersonEntry[];
  /** Capitalised words after a role that no dictionary knows: an unnamed official's name. */
  readonly unknownName: string | null;
  readonly side: boolean;
}

const countryOf = (m: NameMatch<NameValue>): ActorTarget | null => {
  for (const v of m.values) if ((v.type === 'demonym' || (v.type === 'actor' && !v.capital)) && (v.actor.kind === 'state' || v.actor.kind === 'bloc' || v.actor.kind === 'igo')) return v.actor;
  return null;
};
const rolesOf = (m: NameMatch<NameValue>): RoleEntry[] => m.values.flatMap((v) => (v.type === 'role' ? [v.role] : []));
const peopleOf = (m: NameMatch<NameValue>): PersonEntry[] => m.values.flatMap((v) => (v.type === 'person' ? [v.person] : []));

// "military action", "official website": a role word before a common noun describes the noun.
// Verbs ("the Russian military says"), plurals and names after it keep it an actor.
const ADJECTIVE_ROLES = /^(?:military|official|government|governmental|opposition|naval|defen[cs]e|security|diplomatic|business|media|army)$/i;
const NOT_A_NOUN = /^(?:said|says|has|have|had|is|was|were|are|will|would|can|could|may|might|must|should|did|does|and|or|of|in|on|at|to|for|from|with|by|that|which|who|also|has|as|also|then|not)$|(?:ed|s)$/i;

function usedAsAdjective(tokens: readonly MatchToken[], after: number, roles: readonly RoleEntry[]): boolean {
  const last = tokens[after - 1]?.surface ?? '';
  const next = tokens[after]?.surface ?? '';
  return roles.every((r) => r.refersTo !== 'person' || /^official$/i.test(last)) && ADJECTIVE_ROLES.test(last)
    && /^\p{Ll}+$/u.test(next) && !NOT_A_NOUN.test(next);
}

const QUALIFIER = /^(?:deputy|vice|acting|interim|former|first|chief|senior|top|then|outgoing|incoming|new|caretaker|nuclear|lead|special|interior|economy|economic|finance|trade|energy|justice|health|education|agriculture|culture|transport|labou?r|industry|emergenc(?:y|ies)|digital|environment|security|intelligence|information|communications|home|foreign|defen[cs]e|state|national|military|naval|regional|local|provincial|federal)$/;

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const MAX_NAME_WORDS = 3;

/** Reads a chain starting at match `k`; null when the match does not start one (no role, no side). */
export function readChain(matches: readonly NameMatch<NameValue>[], tokens: readonly MatchToken[], k: number): ActorChain | null {
  const first = matches[k]!;
  let i = k;
  const country = countryOf(first);
  if (country) i += 1;
  let qualified = false;
  const adjacent = (j: number) => j < matches.length && (matches[j]!.from === matches[j - 1]!.to || (j === k + 1 && qualified));
  // "the Russian side": a country and the word side.
  if (country && (tokens[first.to]?.key === 'side')) {
    return { start: first.start, end: tokens[first.to]!.end, next: i, country, roles: [], people: [], unknownName: null, side: true };
  }
  const roles: RoleEntry[] = [];
  let end = first.end;
  // "Kazakh Deputy Foreign Minister", "Polish Deputy Interior Minister": qualifiers between the
  // country and the role word belong to the phrase.
  if (country && i < matches.length) {
    let t = first.to;
    while (t < matches[i]!.from && QUALIFIER.test(tokens[t]!.key) && !matches.some((x) => x.from === t)) t += 1;
    if (t > first.to && t === matches[i]!.from && rolesOf(matches[i]!).length) {
      qualified = true;
    }
  }
  // Role words in a row name one role ("Deputy Foreign Minister"); a change of code ends the
  // phrase ("firm opposition" is not a business and an opposition).
  while (i < matches.length && (i === k || adjacent(i)) && rolesOf(matches[i]!).length
    && (!roles.length || rolesOf(matches[i]!).some((r) => r.code === roles[0]!.code))) {
    roles.push(...rolesOf(matches[i]!));
    end = matches[i]!.end;
    i += 1;
  }
  if (!roles.length) return null;
  // The words are then read one by one: the country stays an actor, the role word does not.
  if (usedAsAdjective(tokens, matches[i - 1]!.to, roles)) return null;
  let people: PersonEntry[] = [];
  let unknownName: string | null = null;
  if (i < matches.length && adjacent(i) && peopleOf(matches[i]!).length) {
    people = peopleOf(matches[i]!);
    end = matches[i]!.end;
    i += 1;
  } else {
    // Capitalised words right after the role, up to the next match: a name we do not know.
    const from = matches[i - 1]!.to;
    const words: MatchToken[] = [];
    for (let t = from; t < tokens.length && words.length < MAX_NAME_WORDS; t++) {
      const tok = tokens[t]!;
      if (!NAME_WORD.test(tok.surface) || matches.some((m) => m.from === t)) break;
      words.push(tok);
    }
    if (words.length) {
      unknownName = words.map((w) => w.surface).join(' ');
      end = words[words.length - 1]!.end;
    }
  }
  return { start: first.start, end, next: i, country, roles, people, unknownName, side: false };
}
