import type { ActorKind } from '../model/analysis.js';
import type { ActorTarget, NameValue, RoleEntry } from './actor-value.js';
import type { Gazetteer } from './gazetteer.js';
import type { OrganisationEntry, PersonEntry, StateEntry } from './gazetteer-schema.js';
import { AgentMatcher } from './agent-matcher.js';
import { NameMatcher } from './name-matcher.js';
import { codeAt, type PetrarchActor } from './read-petrarch-actors.js';
import type { PetrarchAgent } from './read-petrarch-agents.js';

/** The gazetteer compiled for matching: built once per process, shared by every article. */
/** A state before its successor; `capitals` empty when it shares the successor's (the Soviet Union's Moscow). */
export interface Predecessor { readonly from: string; readonly to: string; readonly state: ActorTarget; readonly capitals: readonly string[] }

export interface CompiledGazetteer {
  readonly matcher: NameMatcher<NameValue>;
  /** People by the first word of their name, for "British Prime Minister Boris". */
  readonly byFirstName: ReadonlyMap<string, readonly PersonEntry[]>;
  readonly states: ReadonlyMap<string, ActorTarget>;
  /** For a state that came into being at a date: the states before it, with their periods (RUS → SUN until 1991-12-26). */
  readonly predecessors: ReadonlyMap<string, readonly Predecessor[]>;
  /** The first hardware role ("jets", MIL): what a model designation ("F-16s") is read as. */
  readonly equipment: RoleEntry | null;
  /** People by id (person:boris-johnson), with their offices: what dating reads terms of office from. */
  readonly people: ReadonlyMap<string, PersonEntry>;
}

const stateTarget = (s: StateEntry): ActorTarget => ({ id: s.code, name: s.name, kind: 'state', country: s.code, code: s.code });

/** "the Kremlin" is also written "Kremlin": both forms match. */
const withoutArticle = (name: string): string[] => (/^the\s/i.test(name) ? [name, name.replace(/^the\s+/i, '')] : [name]);

// A state's own institutions (its army, ministries, parliament, services) are that state's
// role actor, as in CAMEO: the PLA and "the Chinese army" are both CHNMIL.
const STATE_INSTITUTION = /^(?:GOV|MIL|SPY|LEG|JUD|COP)/;

const orgTarget = (o: OrganisationEntry): ActorTarget => {
  const institution = o.kind === 'organisation' && o.code.length > o.country.length && STATE_INSTITUTION.test(o.code.slice(o.country.length));
  const target = { id: institution ? o.code : o.id, name: o.name, kind: o.kind as ActorKind, country: o.country, code: o.code };
  return o.kind === 'group' && o.members.length ? { ...target, members: o.members } : target;
};

/**
 * `petrarch`, `agents`: users' PETRARCH actor and agent dictionaries; with them, their names win
 * over ours, compound codes split and agents compose with actors (agent-matcher.ts).
 */
export function compileGazetteer(g: Gazetteer, petrarch: readonly PetrarchActor[] = [], agents: readonly PetrarchAgent[] = []): CompiledGazetteer {
  const matcher = agents.length || petrarch.length ? new AgentMatcher(agents) : new NameMatcher<NameValue>();
  const states = new Map<string, ActorTarget>();
  for (const s of g.states) {
    const actor = stateTarget(s);
    states.set(s.code, actor);
    // A capital that is also the state's name (Singapore) is the state.
    const names = new Set([s.name, ...s.names].map((n) => n.toLowerCase()));
    for (const n of [s.name, ...s.names, ...s.capitals]) matcher.add(n, { type: 'actor', actor, ...(!names.has(n.toLowerCase()) && { capital: true }) });
    for (const n of s.abbreviations) matcher.add(n, { type: 'actor', actor }, 'exact');
    for (const n of s.demonyms) matcher.add(n, { type: 'demonym', actor });
    for (const n of s.prefixes) matcher.add(n.replace(/-$/, ''), { type: 'demonym', actor });
    for (const seat of s.seats) {
      const code = seat.code ?? `${s.code}GOV`;
      const actor = { id: code, name: `${s.name} (${seat.name})`, kind: 'organisation' as const, country: s.code, code };
      for (const n of withoutArticle(seat.name)) matcher.add(n, { type: 'actor', actor }, 'capitalised');
    }
  }
  for (const o of g.organisations) {
    const actor = orgTarget(o);
    if (o.place) {
      for (const n of [o.name, ...o.names].flatMap(withoutArticle)) matcher.add(n, { type: 'place', actor });
      continue;
    }
    for (const n of [o.name, ...o.names].flatMap(withoutArticle)) matcher.add(n, { type: 'actor', actor });
    for (const n of o.abbreviations) matcher.add(n, { type: 'actor', actor }, 'exact');
    for (const n of o.demonyms) matcher.add(n, { type: 'demonym', actor });
    for (const n of o.prefixes) matcher.add(n.replace(/-$/, ''), { type: 'demonym', actor });
  }
  const predecessors = new Map<string, Predecessor[]>();
  for (const s of g.states) {
    if (!s.to) continue;
    // The first successor is the one that kept the capital (Moscow: RUS; Prague: CZE).
    const successor = g.states.find((x) => x.code === s.successors[0]);
    if (successor) predecessors.set(successor.code, [...(predecessors.get(successor.code) ?? []), { from: s.from ?? '0000-01-01', to: s.to, state: stateTarget(s), capitals: s.capitals.map((c) => c.toLowerCase()) }]);
  }
  const byFirstName = new Map<string, PersonEntry[]>();
  const people = new Map<string, PersonEntry>();
  for (const p of g.people) {
    people.set(p.id, p);
    matcher.add(p.name, { type: 'person', person: p, full: true });
    for (const a of p.aliases) matcher.add(a, { type: 'person', person: p, full: a.includes(' ') });
    const first = p.name.split(' ')[0]!.toLowerCase();
    byFirstName.set(first, [...(byFirstName.get(first) ?? []), p]);
  }
  for (const r of g.roles) for (const phrase of r.phrases) matcher.add(phrase, { type: 'role', role: r }, 'any');
  for (const p of petrarch) {
    const code = codeAt(p.codes, null) ?? '';
    const actor: ActorTarget = { id: `petrarch:${slug(p.names[0]!)}`, name: titleCase(p.names[0]!), kind: code.length === 3 ? 'state' : 'group', country: code.slice(0, 3), code };
    // PETRARCH dictionaries are upper-case: their names match in any case.
    for (const n of p.names) matcher.add(n, { type: 'coded', actor, codes: p.codes }, 'any');
  }
  return { matcher, byFirstName, states, predecessors, people, equipment: g.roles.find((r) => r.refersTo === 'equipment') ?? null };
}

const slug = (s: string): string => s.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
