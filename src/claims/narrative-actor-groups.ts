// Actor groups of the narrative catalogue ("west", "ukraine", "us-allies-asia"…) compiled to
// membership tests on an actor's id, country and code. A group may include other groups; the
// loader has already checked that every name exists and that no group includes itself.
import type { ActorGroup, ActorLike } from './narrative-catalogue.js';
import type { ActorGroupEntry } from './narrative-schema.js';

/** The role part of a CAMEO-style code: "UKRREB" of country UKR → "REB"; a state's own code → "". */
export const roleOf = (actor: ActorLike): string =>
  actor.code.startsWith(actor.country) ? actor.code.slice(actor.country.length) : actor.code;

/** The group names `name` includes, directly or through others, when they form a cycle back to it; null when none. */
export function groupCycle(name: string, entries: ReadonlyMap<string, ActorGroupEntry>): string[] | null {
  const walk = (at: string, path: string[]): string[] | null => {
    for (const next of entries.get(at)?.groups ?? []) {
      if (next === name) return [...path, next];
      if (path.includes(next)) continue;
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return null;
  };
  return walk(name, [name]);
}

/** Every group as a membership test. */
export function compileActorGroups(entries: ReadonlyMap<string, ActorGroupEntry>): Map<string, ActorGroup> {
  const compiled = new Map<string, ActorGroup>();
  const get = (name: string): ActorGroup => {
    const done = compiled.get(name);
    if (done) return done;
    const entry = entries.get(name);
    if (!entry) throw new Error(`actor group "${name}" is not defined`); // a loader bug: references are checked
    const countries = new Set(entry.countries);
    const actors = new Set(entry.actors);
    const codes = new Set(entry.codes);
    const except = new Set(entry.except);
    const roles = entry.roles ? new Set(entry.roles) : null;
    // A group that lists no members is everyone with its roles ("media": roles MED).
    const everyone = !entry.countries.length && !entry.actors.length && !entry.codes.length && !entry.groups.length;
    const group: ActorGroup = {
      name,
      has(actor) {
        if (except.has(actor.id) || except.has(actor.code)) return false;
        if (roles && !roles.has(roleOf(actor))) return false;
        return everyone || actors.has(actor.id) || codes.has(actor.code) || countries.has(actor.country) || included.some((g) => g.has(actor));
      },
    };
    compiled.set(name, group);
    const included = entry.groups.map(get);
    return group;
  };
  for (const name of entries.keys()) get(name);
  return compiled;
}
