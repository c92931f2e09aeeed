// Turns the validated entries of all dictionaries into the gazetteer's lists: drops references
// to unknown codes, gives each name to its first owner (name-registry.ts), and merges entries
// that share an id, so that a user's file can add aliases to a default actor by repeating its
// id (the first definition keeps its scalar fields: name, status, kind, country, code).
import type { Diagnostic } from '../core/diagnostic.js';
import { entryDiagnostic } from './entry-place.js';
import type { EntryPlace, Placed } from './entry-place.js';
import type { OrganisationEntry, PersonEntry, RoleEntry, StateEntry } from './gazetteer-schema.js';
import type { NameRegistry } from './name-registry.js';

export interface AddContext {
  readonly known: ReadonlySet<string>;
  readonly names: NameRegistry;
  readonly diagnostics: Diagnostic[];
}

const union = <T>(a: readonly T[], b: readonly T[], key: (x: T) => string = String): T[] => {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)) && seen.add(key(x)))];
};

/** The later definition's canonical name, when it differs, becomes one more alias. */
const withName = (aliases: readonly string[], first: string, later: string): string[] =>
  later === first ? [...aliases] : union(aliases, [later]);

const unknown = (ctx: AddContext, place: EntryPlace, field: string, codes: readonly string[], outcome: string): void => {
  ctx.diagnostics.push(entryDiagnostic(place,
    `unknown code${codes.length > 1 ? 's' : ''} ${codes.map((c) => JSON.stringify(c)).join(', ')} in ${field}` +
    ` (not a state, IGO or bloc of the loaded dictionaries); ${outcome}`));
};

export function addStates(placed: readonly Placed<StateEntry>[], ctx: AddContext): StateEntry[] {
  const byCode = new Map<string, StateEntry>();
  for (const { entry: s, place } of placed) {
    const claim = (n: string, code = s.code): boolean => ctx.names.claimActorName(n, code, s.code, place);
    if (!ctx.names.claimActorName(s.name, s.code, s.code, place, true)) continue;
    const bad = s.successors.filter((c) => !ctx.known.has(c));
    if (bad.length) unknown(ctx, place, 'successors', bad, 'those successors ignored');
    const state: StateEntry = {
      ...s,
      names: s.names.filter((n) => claim(n)),
      abbreviations: s.abbreviations.filter((n) => claim(n)),
      demonyms: s.demonyms.filter((n) => claim(n)),
      prefixes: s.prefixes.filter((n) => claim(n)),
      capitals: s.capitals.filter((n) => claim(n)),
      seats: s.seats.filter((seat) => claim(seat.name, seat.code ?? `${s.code}GOV`)),
      successors: s.successors.filter((c) => ctx.known.has(c)),
    };
    const first = byCode.get(s.code);
    byCode.set(s.code, first === undefined ? state : {
      ...first,
      names: union(withName(first.names, first.name, state.name), state.names),
      abbreviations: union(first.abbreviations, state.abbreviations),
      demonyms: union(first.demonyms, state.demonyms),
      prefixes: union(first.prefixes, state.prefixes),
      capitals: union(first.capitals, state.capitals),
      seats: union(first.seats, state.seats, (seat) => seat.name),
      successors: union(first.successors, state.successors),
    });
  }
  return [...byCode.values()];
}

export function addOrganisations(placed: readonly Placed<OrganisationEntry>[], ctx: AddContext): OrganisationEntry[] {
  const byId = new Map<string, OrganisationEntry>();
  for (const { entry: o, place } of placed) {
    if (!ctx.known.has(o.country)) {
      unknown(ctx, place, 'country', [o.country], 'entry skipped');
      continue;
    }
    const first = byId.get(o.id);
    if (first && (first.kind !== o.kind || first.country !== o.country || first.code !== o.code)) {
      ctx.diagnostics.push(entryDiagnostic(place, `id ${o.id} is already ${first.kind} ${first.code}; entry skipped`));
      continue;
    }
    const claim = (n: string): boolean => ctx.names.claimActorName(n, o.code, o.id, place);
    if (!ctx.names.claimActorName(o.name, o.code, o.id, place, true)) continue;
    const bad = o.members.filter((c) => !ctx.known.has(c));
    if (bad.length) unknown(ctx, place, 'members', bad, 'those members ignored');
    const org: OrganisationEntry = {
      ...o,
      names: o.names.filter(claim),
      abbreviations: o.abbreviations.filter(claim),
      demonyms: o.demonyms.filter(claim),
      prefixes: o.prefixes.filter(claim),
      members: o.members.filter((c) => ctx.known.has(c)),
    };
    byId.set(o.id, first === undefined ? org : {
      ...first,
      names: union(withName(first.names, first.name, org.name), org.names),
      abbreviations: union(first.abbreviations, org.abbreviations),
      demonyms: union(first.demonyms, org.demonyms),
      prefixes: union(first.prefixes, org.prefixes),
      members: union(first.members, org.members),
    });
  }
  return [...byId.values()];
}

const officeKey = (o: PersonEntry['offices'][number]): string => `${o.role}|${o.country}|${o.code}|${o.from}`;

export function addPeople(placed: readonly Placed<PersonEntry>[], ctx: AddContext): PersonEntry[] {
  const byId = new Map<string, PersonEntry>();
  for (const { entry: p, place } of placed) {
    const offices = p.offices.filter((o) => ctx.known.has(o.country));
    if (offices.length < p.offices.length) {
      const bad = p.offices.flatMap((o, i) => (ctx.known.has(o.country) ? [] : [`${o.country} (offices[${i}])`]));
      unknown(ctx, place, 'offices', bad, offices.length ? 'those offices ignored' : 'no office left, entry skipped');
      if (!offices.length) continue;
    }
    const claim = (n: string): boolean => ctx.names.claimPersonName(n, p.id, offices, place);
    if (!ctx.names.claimPersonName(p.name, p.id, offices, place, true)) continue;
    const person: PersonEntry = { ...p, aliases: p.aliases.filter(claim), offices };
    const first = byId.get(p.id);
    byId.set(p.id, first === undefined ? person : {
      ...first,
      aliases: union(withName(first.aliases, first.name, person.name), person.aliases),
      offices: union(first.offices, person.offices, officeKey),
    });
  }
  return [...byId.values()];
}

export function addRoles(placed: readonly Placed<RoleEntry>[], ctx: AddContext): RoleEntry[] {
  return placed.flatMap(({ entry: r, place }) => {
    const phrases = r.phrases.filter((phrase) => ctx.names.claimPhrase(phrase, r.code, place));
    return phrases.length ? [{ ...r, phrases }] : [];
  });
}
