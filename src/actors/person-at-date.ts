import type { ActorTarget, Office, PersonEntry } from './actor-value.js';
import { holdsOfficeOn } from './gazetteer.js';

// Who a name means at a date, and with which code. A person in office at the document's date
// carries that office's code (Johnson in 2021 is GBRGOV); out of office, the bare country of
// their last office before the date (or first after it).

const ROLE_RANK: Readonly<Record<string, number>> = {
  'head-of-state': 0, 'head-of-government': 1, 'igo-head': 2, 'foreign-minister': 3, 'defence-minister': 4,
};
const rank = (o: Office): number => ROLE_RANK[o.role] ?? 9;


/** The office held at `day` (the highest-ranked if several), or null. */
export function officeAt(p: PersonEntry, day: string | null): Office | null {
  if (!day) {
    // No date: the current office, else the last one.
    const current = p.offices.filter((o) => o.to === null).sort((a, b) => rank(a) - rank(b))[0];
    return current ?? null;
  }
  return p.offices.filter((o) => holdsOfficeOn(o, day)).sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

/** The country a person belongs to at a date: the office held, else the nearest one. */
function countryAt(p: PersonEntry, day: string | null): string {
  const before = day ? p.offices.filter((o) => o.from <= day).sort((a, b) => (a.from < b.from ? 1 : -1))[0] : undefined;
  return (before ?? p.offices[p.offices.length - 1] ?? p.offices[0])!.country;
}

export function personTarget(p: PersonEntry, day: string | null, roleCode?: string): ActorTarget {
  const office = officeAt(p, day);
  const country = office?.country ?? countryAt(p, day);
  // A role phrase in the text ("British Prime Minister Johnson") states the office even when the
  // page is dated after it ended: the text narrates that time.
  const code = office?.code ?? (roleCode ? `${country}${roleCode}` : country);
  return { id: p.id, name: p.name, kind: 'person', country, code };
}

export interface PersonFilter {
  /** Only people who held an office of this country (from a role phrase: "Russian President …"). */
  country?: string;
  /** Offices the role phrase can name ("prime minister" → head-of-government). */
  offices?: readonly string[];
}

/**
 * Picks among people sharing a name: those fitting the role phrase; those of a country the text
 * names; then those in office at the date; then the highest-ranked office. Null when the name is
 * ambiguous and nothing decides.
 */
export function choosePerson(matched: readonly PersonEntry[], day: string | null, filter: PersonFilter = {}, context?: ReadonlySet<string>): PersonEntry | null {
  // A name and its unaccented alias ("Iván Duque", "Ivan Duque") match the same person twice.
  const people = [...new Map(matched.map((p) => [p.id, p])).values()];
  let pool = people.filter((p) => p.offices.some((o) =>
    (!filter.country || o.country === filter.country) && (!filter.offices?.length || filter.offices.includes(o.role))));
  if (!pool.length && filter.country) pool = people.filter((p) => p.offices.some((o) => o.country === filter.country));
  // The countries the text names decide between namesakes ("Johnson … the UK" is Boris Johnson).
  const named = context ? pool.filter((p) => p.offices.some((o) => context.has(o.country))) : [];
  if (named.length) pool = named;
  if (pool.length <= 1) return pool[0] ?? null;
  const inOffice = day ? pool.filter((p) => officeAt(p, day)) : pool.filter((p) => p.offices.some((o) => o.to === null));
  if (inOffice.length === 1) return inOffice[0]!;
  const candidates = inOffice.length ? inOffice : pool;
  const best = (p: PersonEntry) => Math.min(...p.offices.map(rank));
  const sorted = [...candidates].sort((a, b) => best(a) - best(b));
  // Two equally ranked people share the name and nothing in the text decides: say nothing.
  return sorted.length > 1 && best(sorted[0]!) === best(sorted[1]!) && !inOffice.length ? null : sorted[0]!;
}
