import type { ActorKind } from '../model/analysis.js';
import type { Office, PersonEntry, RoleEntry } from './gazetteer-schema.js';
import type { DatedCode } from './read-petrarch-actors.js';

/** A resolved actor before it collects its mentions. */
export interface ActorTarget {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly country: string;
  readonly code: string;
  /** For a group of states ("the Baltic states"): its members, which act through it. */
  readonly members?: readonly string[];
}

/** What a matched name can stand for; one name may stand for several (the resolver decides). */
export type NameValue =
  /** A state, IGO, bloc, region, outlet, armed group, or a seat of government. */
  | { readonly type: 'actor'; readonly actor: ActorTarget; readonly capital?: boolean }
  /** An adjective or noun of a state or bloc: "Russian", "Sino-", "Western". */
  | { readonly type: 'demonym'; readonly actor: ActorTarget }
  | { readonly type: 'person'; readonly person: PersonEntry; readonly full: boolean }
  | { readonly type: 'role'; readonly role: RoleEntry }
  /** A city, sea or landform: a location, never an actor. */
  | { readonly type: 'place'; readonly actor: ActorTarget }
  /** An entry of a user's PETRARCH-format dictionary: its code may depend on the date. */
  | { readonly type: 'coded'; readonly actor: ActorTarget; readonly codes: readonly DatedCode[] };

export type { Office, PersonEntry, RoleEntry };

/** An unnamed official or body: "the Ukrainian foreign minister" is UKRGOV, "the Russian army" RUSMIL. */
export function roleActor(state: ActorTarget, role: RoleEntry, name?: string): ActorTarget {
  const code = `${state.country}${role.code}`;
  // Hardware stands for the body that operates it ("Russian jets" are the Russian military).
  const kind: ActorKind = role.refersTo === 'person' ? 'person' : role.code === 'REB' ? 'armed-group'
    : role.refersTo === 'body' || role.refersTo === 'equipment' ? 'organisation' : 'group';
  return { id: code, name: name ?? `${state.name} ${role.phrases[0] ?? role.code}`, kind, country: state.country, code };
}
