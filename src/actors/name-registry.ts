// Who owns each name. A name of a state, organisation or region names one actor with one code;
// a second claim is reported and the name stays with its first owner (default dictionaries
// load before users' ones, states before organisations before people). People may share a
// name (two Bushes, "Ivanov") as long as their offices never give it two codes at one date:
// the resolution stage tells them apart by the document's date.
import type { Diagnostic } from '../core/diagnostic.js';
import { describePlace, entryDiagnostic } from './entry-place.js';
import type { EntryPlace } from './entry-place.js';
import type { Office } from './gazetteer-schema.js';
import { officesOverlap } from './gazetteer.js';
import { nameKey } from './name-key.js';

interface Owner {
  readonly id: string;
  readonly code: string;
  readonly place: EntryPlace;
}

interface PersonOwner {
  readonly id: string;
  readonly offices: readonly Office[];
  readonly place: EntryPlace;
}

/** Some moment when the two office lists give the same name two codes. */
const clash = (a: readonly Office[], b: readonly Office[]): Office | undefined =>
  a.find((x) => b.some((y) => x.code !== y.code && officesOverlap(x, y)));

export class NameRegistry {
  private readonly actors = new Map<string, Owner>();
  private readonly people = new Map<string, PersonOwner[]>();
  private readonly phrases = new Map<string, Owner>();

  constructor(private readonly diagnostics: Diagnostic[]) {}

  /** Claims `name` for actor `id` with `code`; false (and a warning) when another owns it. */
  claimActorName(name: string, code: string, id: string, place: EntryPlace, canonical = false): boolean {
    const key = nameKey(name);
    const owner = this.actors.get(key);
    if (owner === undefined) {
      this.actors.set(key, { id, code, place });
      return true;
    }
    if (owner.id === id && owner.code === code) return true;
    this.report(place, name, `${owner.id} (${owner.code})`, owner.place, `${id} (${code})`, canonical);
    return false;
  }

  /** Claims a person's name or alias; false (and a warning) when it is ambiguous at some date. */
  claimPersonName(name: string, id: string, offices: readonly Office[], place: EntryPlace, canonical = false): boolean {
    const key = nameKey(name);
    const actor = this.actors.get(key);
    if (actor !== undefined) {
      this.report(place, name, `${actor.id} (${actor.code})`, actor.place, id, canonical);
      return false;
    }
    const owners = this.people.get(key) ?? [];
    for (const other of owners) {
      if (other.id === id) continue;
      const when = clash(other.offices, offices);
      if (when) {
        this.report(place, name, `${other.id}, who held an office as ${when.code} from ${when.from}`, other.place, id, canonical);
        return false;
      }
    }
    if (!owners.some((o) => o.id === id)) this.people.set(key, [...owners, { id, offices, place }]);
    return true;
  }

  /** Claims a role phrase for a role code; false (and a warning) when it already has another. */
  claimPhrase(phrase: string, code: string, place: EntryPlace): boolean {
    const key = nameKey(phrase);
    const owner = this.phrases.get(key);
    if (owner === undefined) {
      this.phrases.set(key, { id: phrase, code, place });
      return true;
    }
    if (owner.code === code) return true;
    this.report(place, phrase, `role code ${owner.code}`, owner.place, code);
    return false;
  }

  private report(place: EntryPlace, name: string, owner: string, ownerPlace: EntryPlace, claimant: string, canonical = false): void {
    const outcome = canonical ? `it is this entry's own name, so the entry is skipped` : `ignored it for ${claimant}`;
    this.diagnostics.push(entryDiagnostic(place,
      `duplicate name ${JSON.stringify(name)}: already ${owner} at ${describePlace(ownerPlace)}; kept that one, ${outcome}`,
      'warning'));
  }
}
