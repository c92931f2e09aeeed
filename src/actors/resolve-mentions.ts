import { readChain, type ActorChain } from './actor-chain.js';
import { roleActor, type ActorTarget, type NameValue, type PersonEntry } from './actor-value.js';
import type { CompiledGazetteer } from './compile-gazetteer.js';
import { matchTokens, type MatchToken } from './match-tokens.js';
import type { NameMatch } from './name-matcher.js';
import { choosePerson, personTarget } from './person-at-date.js';
import { codeAt } from './read-petrarch-actors.js';

/** One resolved mention, with the evidence span it was read from. */
export interface ResolvedMention {
  readonly start: number;
  readonly end: number;
  readonly target: ActorTarget;
}

const first = <T>(xs: readonly T[]): T | undefined => xs[0];

function fromChain(c: ActorChain, g: CompiledGazetteer, day: string | null): ActorTarget | null {
  if (c.side) return c.country;
  const role = c.roles[c.roles.length - 1]!;
  const offices = c.roles.flatMap((r) => r.offices);
  const filter = { ...(c.country && { country: c.country.country }), offices };
  if (c.people.length) {
    const p = choosePerson(c.people, day, filter);
    if (p) return personTarget(p, day, role.code);
  }
  if (c.unknownName && role.refersTo === 'person') {
    // "British Prime Minister Boris": a first name is enough once the office is known.
    const firstWord = c.unknownName.split(' ')[0]!.toLowerCase();
    const p = c.country ? choosePerson(g.byFirstName.get(firstWord) ?? [], day, filter) : null;
    if (p && p.offices.some((o) => o.country === c.country!.country)) return personTarget(p, day, role.code);
  }
  return c.country ? roleActor(c.country, role, c.unknownName ?? undefined) : null;
}

/** A demonym is an actor only as a noun or in a compound with another actor ("Sino-Russian"). */
function demonymStands(m: NameMatch<NameValue>, tokens: readonly MatchToken[], matches: readonly NameMatch<NameValue>[], k: number): boolean {
  const surface = tokens[m.to - 1]!.surface;
  if (/s$/.test(surface) && !/ss$/.test(surface)) return true; // "the Russians"
  const prev = matches[k - 1];
  const next = matches[k + 1];
  const hyphenBefore = prev && tokens[m.from - 1]?.key === '-' && prev.to === m.from - 1;
  const hyphenAfter = next && tokens[m.to]?.key === '-' && next.from === m.to + 1;
  return Boolean(hyphenBefore || hyphenAfter);
}

/**
 * Resolves every actor mention in a text: names, demonyms, seats, role phrases and people at
 * the document's date. A surname alone takes the person an earlier full name in the same text
 * named.
 */
export function resolveMentions(text: string, g: CompiledGazetteer, day: string | null): ResolvedMention[] {
  const tokens = matchTokens(text);
  const matches = g.matcher.matchTokens(tokens);
  const out: ResolvedMention[] = [];
  const named = new Map<string, PersonEntry>(); // surname key → person named in full earlier
  for (let k = 0; k < matches.length;) {
    const chain = readChain(matches, tokens, k);
    if (chain) {
      const target = fromChain(chain, g, day);
      if (target) {
        out.push({ start: chain.start, end: chain.end, target });
        if (target.kind === 'person') remember(named, chain.people.find((p) => p.id === target.id));
      }
      k = chain.next;
      continue;
    }
    const m = matches[k]!;
    const target = single(m, tokens, matches, k, g, day, named);
    if (target) out.push({ start: m.start, end: m.end, target });
    k += 1;
  }
  return out;
}

function remember(named: Map<string, PersonEntry>, p: PersonEntry | undefined): void {
  if (!p) return;
  for (const n of [p.name, ...p.aliases]) named.set(n.split(' ').pop()!.toLowerCase(), p);
}

function single(m: NameMatch<NameValue>, tokens: readonly MatchToken[], matches: readonly NameMatch<NameValue>[], k: number,
  g: CompiledGazetteer, day: string | null, named: Map<string, PersonEntry>): ActorTarget | null {
  const actor = m.values.find((v) => v.type === 'actor');
  if (actor?.type === 'actor') return actor.actor;
  const coded = m.values.find((v) => v.type === 'coded');
  if (coded?.type === 'coded') {
    const code = codeAt(coded.codes, day) ?? coded.actor.code;
    return { ...coded.actor, code, country: code.slice(0, 3) };
  }
  const people = m.values.flatMap((v) => (v.type === 'person' ? [v] : []));
  if (people.length) {
    const full = people.some((v) => v.full);
    const earlier = full ? undefined : named.get(tokens[m.to - 1]!.key);
    const p = earlier ?? choosePerson(people.map((v) => v.person), day);
    if (!p) return null;
    if (full) remember(named, p);
    return personTarget(p, day);
  }
  const demonym = first(m.values.filter((v) => v.type === 'demonym'));
  if (demonym?.type === 'demonym' && demonymStands(m, tokens, matches, k)) return demonym.actor;
  return null;
}
