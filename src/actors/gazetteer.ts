// The loaded actor dictionaries, validated and free of name conflicts: what the matcher
// compiles and the resolution stage queries. Built by load-gazetteer.ts.
import type { Office, OrganisationEntry, PersonEntry, RoleEntry, StateEntry } from './gazetteer-schema.js';

export interface Gazetteer {
  readonly states: readonly StateEntry[];
  readonly organisations: readonly OrganisationEntry[];
  readonly people: readonly PersonEntry[];
  readonly roles: readonly RoleEntry[];
  /** The dictionary files read, in load order. */
  readonly files: readonly string[];
}

/** The codes an office, organisation or member list may name: states, IGOs and blocs. */
export function countryCodes(
  states: readonly Pick<StateEntry, 'code'>[],
  organisations: readonly Pick<OrganisationEntry, 'id' | 'kind'>[],
): Set<string> {
  const codes = new Set(states.map((s) => s.code));
  for (const o of organisations) if (o.kind === 'igo' || o.kind === 'bloc') codes.add(o.id);
  return codes;
}

const FOREVER = '9999-12-31';

/**
 * True when two offices share some time, a handover day excepted (Johnson's office ends on
 * 2022-09-06, the day Truss's begins: that is no overlap).
 */
export const officesOverlap = (a: Pick<Office, 'from' | 'to'>, b: Pick<Office, 'from' | 'to'>): boolean =>
  a.from < (b.to ?? FOREVER) && b.from < (a.to ?? FOREVER);

/** True when `date` (YYYY-MM-DD) falls in the office, its first day included and its last not. */
export const holdsOfficeOn = (office: Pick<Office, 'from' | 'to'>, date: string): boolean =>
  office.from <= date && date < (office.to ?? FOREVER);
