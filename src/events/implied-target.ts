// The target an article implies for an act its clause leaves without one: "France suspended all
// its development aid" in a story about Niger is aimed at Niger. News articles are about one
// party far more than any other; an act of another party with no stated target is taken to be
// aimed at it — but only a directed act (requests and appeals, aid and pledges of aid, investigations, demands, disapproval, rejection, threats,
// protest, force posture, reduced relations, coercion), and only when that party dominates the
// article's mentions clearly. Otherwise the act stays uncoded, as before.
import type { Actor, ActorRef } from '../model/analysis.js';
import type { SentenceView } from './sentence-view.js';
import { sameParty, type CodedEvent, type TriggerLookup } from './coded-event.js';
import { eventNounBefore } from './clause-objects.js';

const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);
/** Objects that are parties themselves, though no actor we know: the act is aimed at them. */
const PARTY_NOUNS = new Set([
  'ally', 'allies', 'partner', 'partners', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'rival', 'rivals',
  'critic', 'critics', 'opponent', 'opponents', 'enemy', 'enemies', 'country', 'countries', 'government', 'governments',
  'leader', 'leaders', 'official', 'officials', 'rebel', 'rebels', 'protester', 'protesters', 'group', 'groups',
]);

/**
 * Whether the verb at `p` has an object that is a party of its own ("criticizes allies",
 * "ignores it"): then its target is that party, not one the article implies.
 */
export function objectIsParty(v: SentenceView, p: number, end: number): boolean {
  for (let i = p + 1; i < end; i += 1) {
    const t = v.tokens[i]!;
    if (POSSESSIVES.has(t.lower) || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV') continue;
    if (t.pos === 'PRON' || t.pos === 'PROPN') return true;
    return t.pos === 'NOUN' && (PARTY_NOUNS.has(t.lower) || PARTY_NOUNS.has(t.lemma));
  }
  return false;
}

/** CAMEO roots whose acts are aimed at someone even when the sentence does not say at whom (appeals, and pledges of aid, 033). */
const DIRECTED = /^(?:02|033|07|09|1[0-46-7])/;
/** Defying norms or law (128) breaks rules, not a party: "violates international law" is aimed at nobody in particular. */
const UNDIRECTED = /^128/;
/** The topic must be mentioned at least this often … */
const MIN_MENTIONS = 3;
/** … and this many times as often as the next party that could be the target. */
const DOMINANCE = 1.5;

export interface DocumentTopic {
  /** The implied target of a directed act by `sources`, or null when the article implies none. */
  targetFor(code: string, sources: readonly ActorRef[]): ActorRef | null;
}

/** Mentions per country, with the actor that stands for the country (the state itself when named). */
function countries(actors: readonly Actor[]): Map<string, { mentions: number; ref: ActorRef; state: boolean }> {
  const out = new Map<string, { mentions: number; ref: ActorRef; state: boolean }>();
  for (const a of actors) {
    if (!a.country) continue;
    const ref: ActorRef = { id: a.id, country: a.country, code: a.code };
    const state = a.kind === 'state';
    const c = out.get(a.country);
    if (!c) out.set(a.country, { mentions: a.mentions.length, ref, state });
    else {
      c.mentions += a.mentions.length;
      if (state && !c.state) { c.ref = ref; c.state = true; }
    }
  }
  return out;
}

export function documentTopic(actors: readonly Actor[]): DocumentTopic {
  const ranked = [...countries(actors).values()].sort((a, b) => b.mentions - a.mentions);
  return {
    targetFor(code, sources) {
      if (!DIRECTED.test(code) || UNDIRECTED.test(code)) return null;
      const own = new Set(sources.map((s) => s.country));
      const candidates = ranked.filter((c) => !own.has(c.ref.country));
      const [first, second] = candidates;
      if (!first || first.mentions < MIN_MENTIONS) return null;
      if (second && first.mentions < DOMINANCE * second.mentions) return null;
      return first.ref;
    },
  };
}

/**
 * "Mali warned that any intervention against Niger would be war": a party the sentence names as
 * the one an act is done to, after the verb at `p`, is not whom the verb's act is aimed at, however
 * much the article is about it.
 */
export function namedAsPatient(v: SentenceView, dict: TriggerLookup, party: ActorRef, p: number): boolean {
  return v.slots.some((s) => s.from > p && s.actors.some((a) => a.country === party.country) && eventNounBefore(v, dict, s, p) >= 0);
}

/** Reactions: concern, disapproval, rejection (and votes against). */
const REACTIONS = /^(?:012|1[12])/;

/**
 * "America withdrew from the deal. France expressed regret and concern.": a reaction that names
 * no target reacts to what the previous sentence told, and is aimed at whoever did it — unless
 * that is the reacting party's own side.
 */
export function reactionTarget(e: CodedEvent, previous: ActorRef | null): ActorRef | null {
  if (!previous || !e.source || !REACTIONS.test(e.code)) return null;
  return sameParty(e.source, previous) || e.source.country === previous.country ? null : previous;
}

const VISITS = new Set(['visit', 'trip', 'tour', 'mission']);

/**
 * "On a visit to Armenia, Power announced aid": the party a visit before the verb is paid to,
 * whom cooperation announced on the visit is for; null when the sentence names no visit there.
 */
export function visitedParty(v: SentenceView, p: number): ActorRef[] | null {
  for (let i = 0; i < p - 2; i += 1) {
    const t = v.tokens[i]!;
    if (t.pos !== 'NOUN' || !VISITS.has(t.lemma) || !['to', 'in'].includes(v.tokens[i + 1]!.lower)) continue;
    let j = i + 2;
    while (j < p && v.tokens[j]!.pos === 'DET' && v.slotAt[j]! < 0) j += 1;
    const slot = v.slotAt[j]! >= 0 ? v.slots[v.slotAt[j]!] : undefined;
    if (slot) return [...slot.actors];
  }
  return null;
}
