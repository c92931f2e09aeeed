import type { NameMatch } from './name-matcher.js';
import type { MatchToken } from './match-tokens.js';
import type { ActorTarget, NameValue, PersonEntry, RoleEntry } from './actor-value.js';
import { HARDWARE_MODIFIER } from './model-designation.js';

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
  /**
   * The people were matched on one name word that more unknown capitalised words follow
   * ("General Moussa Salaou Barmou"): perhaps someone else who shares the word. Set to that
   * longer name.
   */
  readonly longerName?: string;
}

const countryOf = (m: NameMatch<NameValue>): ActorTarget | null => {
  for (const v of m.values) if ((v.type === 'demonym' || (v.type === 'actor' && !v.capital)) && (v.actor.kind === 'state' || v.actor.kind === 'bloc' || v.actor.kind === 'igo')) return v.actor;
  return null;
};
const rolesOf = (m: NameMatch<NameValue>): RoleEntry[] => m.values.flatMap((v) => (v.type === 'role' ? [v.role] : []));
const peopleOf = (m: NameMatch<NameValue>): PersonEntry[] => m.values.flatMap((v) => (v.type === 'person' ? [v.person] : []));

// "military action", "official website": a role word before a common noun describes the noun.
// Verbs ("the Russian military says"), plurals and names after it keep it an actor.
const ADJECTIVE_ROLES = /^(?:military|official|government|governmental|opposition|naval|defen[cs]e|security|diplomatic|business|media|army|treasury|customs)$/i;
// Irregular past tenses the "-ed" test misses: "the US military struck", "a Russian jet shot down".
// Prepositions too: "a Russian bomber near the border" is the bomber, not a modifier of "near".
const VERB_WORD = /^(?:said|says|has|have|had|is|was|were|are|will|would|can|could|may|might|must|should|did|does|and|or|of|in|on|at|to|for|from|with|by|that|which|who|also|has|as|also|then|not|struck|shot|hit|flew|sank|fell|took|began|sent|left|lost|met|held|came|went|made|broke|drove|ran|got|kept|near|over|into|during|after|before|above|below|off|across|along|around|inside|outside|toward|towards|against|under|while|when|carrying)$|ed$/i;
const NOT_A_NOUN = (word: string): boolean => VERB_WORD.test(word) || /s$/i.test(word);
// A singular hardware noun before a noun is its modifier: "drone strike", "missile tests", "jet
// fuel". Here a word in -s is a plural noun more often than a verb.
const singularHardware = (roles: readonly RoleEntry[], last: string): boolean =>
  roles[roles.length - 1]?.refersTo === 'equipment' && !/s$/i.test(last);

function usedAsAdjective(tokens: readonly MatchToken[], after: number, roles: readonly RoleEntry[]): boolean {
  const last = tokens[after - 1]?.surface ?? '';
  const next = tokens[after]?.surface ?? '';
  if (!/^\p{Ll}+$/u.test(next) || !roles.every((r) => r.refersTo !== 'person' || /^official$/i.test(last))) return false;
  if (singularHardware(roles, last)) return !VERB_WORD.test(next);
  return ADJECTIVE_ROLES.test(last) && !NOT_A_NOUN(next);
}

/**
 * Index past the words between a country and its role: qualifiers ("Deputy Foreign"), and before
 * a military role, hardware words and a coalition it leads ("Russian stealth bombers",
 * "Saudi-led coalition aircraft").
 */
function gapEnd(tokens: readonly MatchToken[], from: number, role: NameMatch<NameValue>, matches: readonly NameMatch<NameValue>[]): number {
  const military = rolesOf(role).some((r) => r.code === 'MIL');
  let t = from;
  if (military && tokens[t]?.key === '-' && tokens[t + 1]?.key === 'led' && tokens[t + 2]?.key === 'coalition') t += 3;
  while (t < role.from && !matches.some((x) => x.from === t)
    && (QUALIFIER.test(tokens[t]!.key) || (military && HARDWARE_MODIFIER.test(tokens[t]!.key)))) t += 1;
  return t;
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
    const t = gapEnd(tokens, first.to, matches[i]!, matches);
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
  if (roles[roles.length - 1]!.refersTo === 'equipment') {
    // A name after a craft is the craft's ("the cruiser Moskva"), not an actor nor an official.
    const named = i < matches.length && matches[i]!.from === matches[i - 1]!.to && !/s$/i.test(tokens[matches[i - 1]!.to - 1]!.surface)
      && /^\p{Lu}/u.test(tokens[matches[i]!.from]!.surface);
    return { start: first.start, end: named ? matches[i]!.end : end, next: named ? i + 1 : i, country, roles, people, unknownName, side: false };
  }
  let longerName: string | undefined;
  if (i < matches.length && adjacent(i) && peopleOf(matches[i]!).length) {
    const named = matches[i]!;
    people = peopleOf(named);
    end = named.end;
    i += 1;
    if (!named.values.some((v) => v.type === 'person' && v.full)) {
      const more = nameWords(tokens, matches, named.to);
      if (more.length) longerName = [tokens[named.from]!, ...more].map((w) => w.surface).join(' ');
    }
  } else {
    // Capitalised words right after the role, up to the next match: a name we do not know.
    const words = nameWords(tokens, matches, matches[i - 1]!.to);
    if (words.length) {
      unknownName = words.map((w) => w.surface).join(' ');
      end = words[words.length - 1]!.end;
    }
  }
  return { start: first.start, end, next: i, country, roles, people, unknownName, side: false, ...(longerName && { longerName }) };
}

/** Capitalised words from token `from` up to the next match: a name no dictionary knows. */
function nameWords(tokens: readonly MatchToken[], matches: readonly NameMatch<NameValue>[], from: number): MatchToken[] {
  const words: MatchToken[] = [];
  for (let t = from; t < tokens.length && words.length < MAX_NAME_WORDS; t++) {
    const tok = tokens[t]!;
    if (!NAME_WORD.test(tok.surface) || matches.some((m) => m.from === t)) break;
    words.push(tok);
  }
  return words;
}
