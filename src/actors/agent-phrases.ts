// PETRARCH agents composed with the actors they qualify, as PETRARCH codes a noun phrase: the
// actor's code with each agent's code after it (`[~GOV]`) or before it (`[NGO~]`), an agent code
// the actor's code already holds added once ("White House" USAGOV + officials ~GOV is USAGOV).
// The phrases read, without a parser:
//   actor [qualifiers] agent…        "Arnor cleric", "Gondor's government", "Dagolath's first
//                                    Deputy Prime Minister Telemar" (an actor after the agent
//                                    is the same person: "Prime Minister Romendacil")
//   agent actor                      "MSF Arnor", "an MSF Arnor diplomat"
//   … and agent                      "Danish media and government": each shares the words before
//                                    the last agent ("Danish Islamist media and government")
//   agent… of|in|from actor, actor   "the ambassadors of Arnor, Osgiliath and Gondor", "lawmakers
//                                    and officials in Fornost and Gondor": every pair; a capital
//                                    after "in" is where they are ("students in Moscow")
//   agent… alone                     "clerics and lawmakers": ---REL, ---LEG (no country)
// Each phrase becomes one match per composed actor over the whole phrase, so the resolver and
// the event coder see one slot naming all of them.
import type { ActorKind } from '../model/analysis.js';
import type { ActorTarget, NameValue } from './actor-value.js';
import type { MatchToken } from './match-tokens.js';
import type { NameMatch } from './name-matcher.js';
import type { DatedCode } from './read-petrarch-actors.js';
import type { PetrarchAgent } from './read-petrarch-agents.js';

/** Words that may stand between an actor and its agent: "Dagolath's first Deputy Prime Minister". */
const QUALIFIERS = new Set(['first', 'deputy', 'vice', 'acting', 'interim', 'former', 'senior', 'top', 'chief', 'new', 'then', 'outgoing', 'incoming', 'caretaker']);
const MAX_QUALIFIERS = 2;
const JOINERS = new Set(['and', 'or', ',']);
const OF = new Set(['of', 'in', 'from']);
/** The country of an agent with no actor, as PETRARCH writes it. */
export const NO_COUNTRY = '---';

type ActorValue = NameValue & { type: 'actor' | 'demonym' | 'coded' };
type Unit =
  | { readonly kind: 'actor'; readonly from: number; readonly to: number; readonly values: readonly ActorValue[] }
  | { readonly kind: 'agent'; readonly from: number; readonly to: number; readonly agent: PetrarchAgent };

/**
 * What a match an agent composes with stands for: its PETRARCH-coded names (several for a
 * compound code such as ELR/GAL, split before), else a state, organisation, seat or demonym.
 */
function actorValues(m: NameMatch<NameValue>): ActorValue[] {
  const coded = m.values.filter((v): v is ActorValue => v.type === 'coded');
  if (coded.length) return coded;
  const pick = m.values.find((v) => v.type === 'actor') ?? m.values.find((v) => v.type === 'demonym');
  return pick ? [pick as ActorValue] : [];
}

/** `code` with the agents' codes added in order; an agent code already in it is not added again. */
export function composeCode(code: string, agents: readonly PetrarchAgent[]): string {
  let out = code;
  for (const a of agents) {
    if (out.includes(a.code)) continue;
    out = a.position === 'prefix' ? a.code + out : out + a.code;
  }
  return out;
}

const kindOf = (agents: readonly PetrarchAgent[]): ActorKind => {
  const code = agents.find((a) => a.position === 'suffix')?.code ?? '';
  if (/^(?:GOV|MIL|LEG|JUD|COP|SPY)/.test(code)) return 'organisation';
  if (/^MED/.test(code)) return 'media';
  return /^REB/.test(code) ? 'armed-group' : 'group';
};

/** The composed value of one actor (or none: NO_COUNTRY) with one set of agents. */
function composed(v: ActorValue | null, agents: readonly PetrarchAgent[], name: string): NameValue {
  const kind = kindOf(agents);
  if (!v) {
    const code = composeCode(NO_COUNTRY, agents);
    return { type: 'actor', actor: { id: code, name, kind, country: NO_COUNTRY, code } };
  }
  const base: ActorTarget = v.actor;
  const code = composeCode(base.code, agents);
  const actor: ActorTarget = { id: code, name, kind, country: base.country, code };
  if (v.type !== 'coded' || v.codes.every((c) => c.from === undefined && c.to === undefined)) return { type: 'actor', actor };
  // A PETRARCH actor whose code depends on the date keeps its dates; each code is composed.
  const codes: DatedCode[] = v.codes.map((c) => ({ ...c, code: composeCode(c.code, agents) }));
  return { type: 'coded', actor, codes };
}

interface Phrase { readonly from: number; readonly to: number; readonly values: readonly NameValue[] }

/**
 * The matches of a text once agents are composed: base matches outside agent phrases, and per
 * phrase one match per composed actor. `base` and `agents` are leftmost-longest matches of the
 * same tokens; an agent inside a name (an actor, person or place) is not one.
 */
export function composeAgents(tokens: readonly MatchToken[], base: readonly NameMatch<NameValue>[], agents: readonly NameMatch<PetrarchAgent>[]): NameMatch<NameValue>[] {
  // A name the agent dictionary lists exactly is the agent ("MSF" of NGO~, not the charity),
  // unless a PETRARCH actor dictionary lists it too.
  const same = (a: NameMatch<unknown>, b: NameMatch<unknown>): boolean => a.from === b.from && a.to === b.to;
  const yields = (m: NameMatch<NameValue>): boolean => !m.values.some((v) => v.type === 'coded') && agents.some((a) => same(a, m));
  const named = base.filter((m) => m.values.some((v) => v.type !== 'role') && !yields(m));
  const overlaps = (a: { from: number; to: number }, b: { from: number; to: number }): boolean => a.from < b.to && b.from < a.to;
  const units: Unit[] = [];
  for (const m of named) {
    const values = actorValues(m);
    if (values.length) units.push({ kind: 'actor', from: m.from, to: m.to, values });
  }
  for (const m of agents) {
    if (!named.some((n) => overlaps(n, m))) units.push({ kind: 'agent', from: m.from, to: m.to, agent: m.values[0]! });
  }
  units.sort((a, b) => a.from - b.from);
  const persons = base.filter((m) => m.values.some((v) => v.type === 'person'));
  const phrases = readPhrases(tokens, units, persons);
  if (!phrases.length) return [...base];
  const kept = base.filter((m) => !phrases.some((p) => overlaps(p, m)));
  const added = phrases.flatMap((p) => p.values.map((v) => ({ start: tokens[p.from]!.start, end: tokens[p.to - 1]!.end, from: p.from, to: p.to, values: [v] })));
  return [...kept, ...added].sort((a, b) => a.from - b.from);
}

/** Token index past the qualifiers at `t`, if no more than MAX_QUALIFIERS. */
function pastQualifiers(tokens: readonly MatchToken[], t: number): number {
  let e = t;
  while (e < tokens.length && e - t < MAX_QUALIFIERS && QUALIFIERS.has(tokens[e]!.key)) e += 1;
  return e;
}

// Words that end a possessor's noun phrase rather than describe its agent ("Gondor's war on …").
const NOT_DESCRIBING = /^(?:the|a|an|of|in|on|at|to|for|from|with|by|against|over|and|or|but|that|which|who|is|was|are|were|has|have|had|will|would|said|says|its|their|his|her)$/;
const MAX_DESCRIBING = 4;

/**
 * An agent after a possessive actor and a few describing words ("Ithilen's awful and evil
 * minister", "Gondor's powerful defence minister"): the possessor's agent, as a parser would read
 * the noun phrase. "and" only between two describing words.
 */
function possessed(tokens: readonly MatchToken[], core: readonly Unit[], end: number, unitAt: (t: number) => Unit | undefined): Unit | undefined {
  const last = core[core.length - 1]!;
  if (core.length !== 1 || last.kind !== 'actor' || !/['’]s?$/.test(tokens[end - 1]!.surface)) return undefined;
  for (let t = end; t < tokens.length && t - end <= MAX_DESCRIBING; t += 1) {
    const u = unitAt(t);
    if (u) return u.kind === 'agent' && t > end ? u : undefined;
    const w = tokens[t]!;
    if (!/^\p{Ll}+$/u.test(w.surface)) return undefined;
    if (NOT_DESCRIBING.test(w.key) && !(w.key === 'and' && t > end && !unitAt(t + 1))) return undefined;
  }
  return undefined;
}

/** Index past a joiner (",", "and", ", and", "or") at `t`; `t` when there is none. */
function pastJoiner(tokens: readonly MatchToken[], t: number): number {
  let e = t;
  if (tokens[e]?.key === ',') e += 1;
  if (tokens[e] && JOINERS.has(tokens[e]!.key) && tokens[e]!.key !== ',') e += 1;
  return e;
}

function readPhrases(tokens: readonly MatchToken[], units: readonly Unit[], persons: readonly NameMatch<NameValue>[]): Phrase[] {
  const at = new Map(units.map((u, i) => [u.from, i]));
  const unitAt = (t: number): Unit | undefined => { const i = at.get(t); return i === undefined ? undefined : units[i]; };
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < units.length) {
    // The core: units in a row, qualifiers allowed between them.
    const core: Unit[] = [units[i]!];
    let end = units[i]!.to;
    for (;;) {
      const next = unitAt(pastQualifiers(tokens, end)) ?? possessed(tokens, core, end, unitAt);
      if (!next || next.from < end) break;
      core.push(next);
      end = next.to;
    }
    const coreAgents = core.flatMap((u) => (u.kind === 'agent' ? [u.agent] : []));
    if (!coreAgents.length) { i += core.length; continue; }
    const sets: PetrarchAgent[][] = [coreAgents];
    // "… media and government": conjoined agents, each replacing the last one of the core.
    for (;;) {
      const j = pastJoiner(tokens, end);
      const chain: PetrarchAgent[] = [];
      let e = j;
      for (let u = j > end ? unitAt(e) : undefined; u?.kind === 'agent'; u = unitAt(e)) { chain.push(u.agent); e = u.to; }
      if (!chain.length || unitAt(e)?.kind === 'actor') break;
      sets.push([...coreAgents.slice(0, -1), ...chain]);
      end = e;
    }
    // "Ithilen's minister Calimehtar": the country before the title places its holder; a name
    // after it that a dictionary gives another country does not make a second actor.
    const firstAgent = core.findIndex((u) => u.kind === 'agent');
    const placed = firstAgent > 0;
    let actors = core.filter((u, k): u is Unit & { kind: 'actor' } => u.kind === 'actor' && (!placed || k < firstAgent));
    if (!actors.length && tokens[end] && OF.has(tokens[end]!.key)) {
      const list = actorList(tokens, end + 1, unitAt);
      const venue = tokens[end]!.key === 'in' && list.actors.some((u) => u.values.some((v) => v.type === 'actor' && v.capital));
      if (list.actors.length && !venue) { actors = list.actors; end = list.end; }
    }
    const from = core[0]!.from;
    // A title before a known person ("President Zelensky") is the resolver's to read.
    const beside = (t: number): boolean => persons.some((p) => p.from === t || p.to === t);
    if (!actors.length && (beside(end) || beside(from))) { i += core.length; continue; }
    const name = tokens.slice(from, end).map((t) => t.surface).join(' ');
    const values = new Map<string, NameValue>();
    for (const set of sets) {
      for (const a of actors.length ? actors.flatMap((u) => u.values) : [null]) {
        const v = composed(a, set, name);
        if (v.type === 'actor' || v.type === 'coded') values.set(v.actor.id, v);
      }
    }
    phrases.push({ from, to: end, values: [...values.values()] });
    while (i < units.length && units[i]!.from < end) i += 1;
  }
  return phrases;
}

/** Actors in a list from token `t` ("Arnor, Osgiliath and Gondor", "the Shire"), and the index past it. */
function actorList(tokens: readonly MatchToken[], t: number, unitAt: (t: number) => Unit | undefined): { actors: (Unit & { kind: 'actor' })[]; end: number } {
  const actors: (Unit & { kind: 'actor' })[] = [];
  let at = t;
  let end = t;
  for (;;) {
    if (tokens[at]?.key === 'the') at += 1;
    const u = unitAt(at);
    if (u?.kind !== 'actor') break;
    actors.push(u);
    end = u.to;
    const j = pastJoiner(tokens, end);
    if (j === end) break;
    at = j;
  }
  return { actors, end };
}
