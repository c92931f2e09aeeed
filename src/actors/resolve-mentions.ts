import { readChain, type ActorChain } from './actor-chain.js';
import { roleActor, type ActorTarget, type NameValue, type PersonEntry, type RoleEntry } from './actor-value.js';
import type { CompiledGazetteer } from './compile-gazetteer.js';
import { matchTokens, tokenKey, type MatchToken } from './match-tokens.js';
import type { NameMatch } from './name-matcher.js';
import { choosePerson, officeAt, personTarget } from './person-at-date.js';
import { codeAt } from './read-petrarch-actors.js';
import { capitalAsVenue, geographicTail, insideOtherName, oneMemberOf, placeNamedAfter } from './name-context.js';
import { demonymStands } from './demonym-use.js';
import { withDesignations } from './model-designation.js';
import { suppliedGoods } from './supplied-goods.js';

/** One resolved mention, with the evidence span it was read from. */
export interface ResolvedMention {
  readonly start: number;
  readonly end: number;
  readonly target: ActorTarget;
  /** Set on a member state's mention derived from its group's ("the Baltic states" → EST). */
  readonly via?: string;
  /** A diplomat ("the US ambassador"): posted abroad, so no sign of the country a passage is in. */
  readonly posted?: boolean;
}

/** A national institution named without its country ("the Foreign Ministry"), placed later. */
export interface UnplacedBody {
  readonly start: number;
  readonly end: number;
  readonly role: RoleEntry;
  readonly name: string | null;
}

const first = <T>(xs: readonly T[]): T | undefined => xs[0];

function fromChain(c: ActorChain, g: CompiledGazetteer, day: string | null): ActorTarget | null {
  if (c.side) return c.country;
  const role = c.roles[c.roles.length - 1]!;
  const offices = c.roles.flatMap((r) => r.offices);
  const filter = { ...(c.country && { country: c.country.country }), offices };
  if (c.people.length) {
    // The name is explicit: when no office fits the role words, the name still decides.
    const p = choosePerson(c.people, day, filter) ?? choosePerson(c.people, day);
    // "General Moussa Salaou Barmou" in 2023 is not Amr Moussa, out of office since 2011: one
    // shared word of a longer name counts only for someone in office at the date.
    if (p && c.longerName && day && !officeAt(p, day)) return c.country ? roleActor(c.country, role, c.longerName) : null;
    if (p) return personTarget(p, day, role.code);
  }
  if (c.unknownName && role.refersTo === 'person') {
    // "British Prime Minister Boris": a first name is enough once the office is known. A further
    // word is an unknown surname ("Russian ambassador Dmitry Zhirnov"): someone else, not the
    // known Dmitry.
    const words = c.unknownName.split(' ');
    const p = c.country && words.length === 1 ? choosePerson(g.byFirstName.get(words[0]!.toLowerCase()) ?? [], day, filter) : null;
    if (p && p.offices.some((o) => o.country === c.country!.country)) return personTarget(p, day, role.code);
  }
  return c.country ? roleActor(c.country, role, c.unknownName ?? undefined) : null;
}

/**
 * Resolves every actor mention in a text: names, demonyms, seats, role phrases and people at
 * the document's date. A surname alone takes the person an earlier full name in the same text
 * named.
 */
export function resolveMentions(text: string, g: CompiledGazetteer, day: string | null): ResolvedMention[] {
  return resolveText(text, g, day).mentions;
}

/** The resolved mentions, and the national institutions whose country the text leaves implicit. */
export function resolveText(text: string, g: CompiledGazetteer, day: string | null): { mentions: ResolvedMention[]; unplaced: UnplacedBody[] } {
  const unplaced: UnplacedBody[] = [];
  const tokens = matchTokens(text);
  const matches = withDesignations(g.matcher.matchTokens(tokens), tokens, g.equipment);
  const out: ResolvedMention[] = [];
  const named = new Map<string, PersonEntry>(); // surname key → person named in full earlier
  const scan: Scan = {
    text, tokens, matches, g, day, named,
    // Tokens some dictionary name covers: they are not unknown words next to a name.
    matched: new Set(matches.flatMap((m) => Array.from({ length: m.to - m.from }, (_, i) => m.from + i))),
    countries: textCountries(matches),
  };
  for (let k = 0; k < matches.length;) {
    const chain = readChain(matches, tokens, k);
    if (chain) {
      const target = isGoods(chain.roles, tokens, matches[k]!.from) ? null : fromChain(chain, g, day);
      const role = chain.roles[chain.roles.length - 1];
      if (target) {
        const posted = target.kind === 'person' && role?.offices.includes('diplomat');
        out.push({ start: chain.start, end: chain.end, target, ...(posted && { posted }) });
        if (target.kind === 'person') remember(named, chain.people.find((p) => p.id === target.id));
      } else if (role?.national && !chain.country && !chain.people.length) {
        unplaced.push({ start: chain.start, end: chain.end, role, name: chain.unknownName });
      }
      k = chain.next;
      continue;
    }
    const m = matches[k]!;
    const shared = sharedHead(m, tokens, matches, k);
    if (shared) {
      out.push({ start: m.start, end: m.end, target: shared });
      k += 1;
      continue;
    }
    const target = single(m, k, scan);
    if (target) out.push({ start: m.start, end: m.end, target });
    k += 1;
  }
  const firstAt = new Map<string, number>();
  for (const f of out) if (f.target.kind === 'person' && !firstAt.has(f.target.id)) firstAt.set(f.target.id, f.end);
  const mentions = joinSamePerson(text, [...out, ...laterNameWords(tokens, out, named, firstAt, day)].sort((a, b) => a.start - b.start));
  return { mentions, unplaced };
}

/** "President Xi" + "Jinping": two words of one person written together are one mention. */
function joinSamePerson(text: string, mentions: readonly ResolvedMention[]): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (prev && prev.target.kind === 'person' && prev.target.id === m.target.id && m.start === prev.end + 1 && text[prev.end] === ' ') {
      out[out.length - 1] = { ...prev, end: m.end };
    } else out.push(m);
  }
  return out;
}

// Name words that never stand for a person alone.
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'la', 'le', 'jr', 'sr']);

/** Every word of a person's names ("Kim" and "Un" of Kim Jong Un) now refers to that person. */
/**
 * "Chinese and Russian governments", "US and British forces": a country coordinated with a
 * country + role phrase takes the same role.
 */
function sharedHead(m: NameMatch<NameValue>, tokens: readonly MatchToken[], matches: readonly NameMatch<NameValue>[], k: number): ActorTarget | null {
  const country = m.values.find((v) => (v.type === 'demonym' || (v.type === 'actor' && !v.capital)) && v.actor.kind === 'state');
  if (!country || (country.type !== 'demonym' && country.type !== 'actor')) return null;
  if (tokens[m.to]?.key !== 'and' || matches[k + 1]?.from !== m.to + 1) return null;
  const chain = readChain(matches, tokens, k + 1);
  const role = chain?.roles[chain.roles.length - 1];
  if (!chain?.country || !role || chain.people.length || chain.unknownName || isGoods(chain.roles, tokens, m.from)) return null;
  return roleActor(country.actor, role);
}

/** Hardware after a verb of supply is its maker's goods ("bought Russian jets"), not an actor. */
const isGoods = (roles: readonly RoleEntry[], tokens: readonly MatchToken[], from: number): boolean =>
  roles[roles.length - 1]?.refersTo === 'equipment' && suppliedGoods(tokens, from);

/** Countries the whole text names, by state name or demonym. */
function textCountries(matches: readonly NameMatch<NameValue>[]): Set<string> {
  const out = new Set<string>();
  for (const m of matches) for (const v of m.values) if ((v.type === 'actor' || v.type === 'demonym') && v.actor.kind === 'state') out.add(v.actor.country);
  return out;
}

function remember(named: Map<string, PersonEntry>, p: PersonEntry | undefined): void {
  if (!p) return;
  for (const n of [p.name, ...p.aliases]) {
    for (const w of n.split(/[\s-]+/)) {
      const key = tokenKey(w);
      if (key.length >= 3 && !PARTICLES.has(key) && !named.has(key)) named.set(key, p);
    }
  }
}

/** Name words left unmatched after a full name ("Kim had asked…" after "Kim Jong Un"). */
function laterNameWords(tokens: readonly MatchToken[], found: readonly ResolvedMention[], named: ReadonlyMap<string, PersonEntry>,
  firstAt: ReadonlyMap<string, number>, day: string | null): ResolvedMention[] {
  const out: ResolvedMention[] = [];
  for (const t of tokens) {
    const p = named.get(t.key);
    if (!p || !/^\p{Lu}/u.test(t.surface) || t.start < (firstAt.get(p.id) ?? Infinity)) continue;
    if (found.some((f) => f.start < t.end && t.start < f.end)) continue;
    out.push({ start: t.start, end: t.end, target: personTarget(p, day) });
  }
  return out;
}

/** What resolving one text reads: its tokens and matches, the dictionaries, the date, and who it named. */
interface Scan {
  readonly text: string;
  readonly tokens: readonly MatchToken[];
  readonly matches: readonly NameMatch<NameValue>[];
  readonly matched: ReadonlySet<number>;
  readonly g: CompiledGazetteer;
  readonly day: string | null;
  readonly named: Map<string, PersonEntry>;
  readonly countries: ReadonlySet<string>;
}

function single(m: NameMatch<NameValue>, k: number, scan: Scan): ActorTarget | null {
  const { text, tokens, matches, matched, g, day, named } = scan;
  const actor = m.values.find((v) => v.type === 'actor');
  if (actor?.type === 'actor') {
    if (actor.actor.kind === 'state' && insideOtherName(m, tokens, matched, text)) return null;
    if (actor.actor.kind !== 'state' && geographicTail(m, tokens)) return null;
    if (actor.capital && capitalAsVenue(m, tokens, matched)) return null;
    if ((actor.actor.kind === 'igo' || actor.actor.kind === 'bloc') && oneMemberOf(m, tokens)) return null;
    // "Moscow" in 1985 is the Soviet Union.
    const surface = text.slice(m.start, m.end).replace(/['’]s?$/u, '').toLowerCase();
    const before = actor.capital && day
      ? g.predecessors.get(actor.actor.id)?.find((p) => p.from <= day && day < p.to && (!p.capitals.length || p.capitals.includes(surface)))
      : undefined;
    return before ? before.state : actor.actor;
  }
  const coded = m.values.find((v) => v.type === 'coded');
  if (coded?.type === 'coded') {
    const code = codeAt(coded.codes, day) ?? coded.actor.code;
    return { ...coded.actor, code, country: code.slice(0, 3) };
  }
  const people = m.values.flatMap((v) => (v.type === 'person' ? [v] : []));
  if (people.length) {
    if (placeNamedAfter(m, tokens, matched)) return null;
    const full = people.some((v) => v.full);
    const earlier = full ? undefined : named.get(tokens[m.to - 1]!.key);
    const p = earlier ?? choosePerson(people.map((v) => v.person), day, {}, scan.countries);
    if (!p) return null;
    if (full) remember(named, p);
    return personTarget(p, day);
  }
  const demonym = first(m.values.filter((v) => v.type === 'demonym'));
  if (demonym?.type === 'demonym' && demonymStands(m, tokens, matches, k)) return demonym.actor;
  return null;
}
