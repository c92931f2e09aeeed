// Acts of an instrument: "the Council adopted Resolution 2375, which caps North Korea's oil
// imports", "Trump signed an order that allows Washington to sanction …". A resolution, law or
// order does nothing by itself; what its relative clause says it does is done by whoever adopts,
// signs or passes it. And what it authorises, when that is a sanction or coercion, is imposed by
// the adoption itself: the authority to sanction is the sanctions regime.
import type { TaggedToken } from './tag-sentence.js';
import { slotOf, type SentenceView } from './sentence-view.js';

/** Texts that act once adopted. */
const INSTRUMENTS = new Set(['resolution', 'order', 'decree', 'law', 'bill', 'act', 'legislation', 'measure', 'package',
  'directive', 'regulation', 'ordinance', 'edict', 'amendment', 'statute', 'proclamation']);
/** Verbs that put an instrument in force. */
const ENACT = new Set(['adopt', 'sign', 'pass', 'approve', 'enact', 'issue', 'endorse', 'unveil', 'promulgate', 'decree']);
/** Verbs by which an instrument authorises someone to act ("allows Washington to sanction"). */
const AUTHORISE = new Set(['allow', 'authorize', 'authorise', 'permit', 'empower', 'enable', 'mandate']);
/** Words of the instrument's noun phrase between the verb and the relative pronoun. */
const PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PRON']);
const REACH = 7;

/**
 * The index of the verb of enactment whose object the relative clause before `first` describes
 * ("adopted Resolution 2375, which …", "signed an executive order that …"), else -1.
 */
export function enactingVerb(tokens: readonly TaggedToken[], first: number): number {
  let i = first - 1;
  while (i >= 0 && tokens[i]!.pos === 'ADV') i -= 1;
  const relative = tokens[i];
  if (!relative || (relative.lower !== 'which' && relative.lower !== 'that')) return -1;
  i -= 1;
  if (tokens[i]?.text === ',') i -= 1;
  let instrument = false;
  for (const stop = Math.max(-1, i - REACH); i > stop; i -= 1) {
    const t = tokens[i]!;
    if (t.pos === 'VERB') return instrument && ENACT.has(t.lemma) ? i : -1;
    if (!PHRASE.has(t.pos)) return -1;
    instrument ||= (t.pos === 'NOUN' || t.pos === 'PROPN') && INSTRUMENTS.has(t.lower);
  }
  return -1;
}

/**
 * For an infinitive whose group starts at `first` ("to"): the verb of authorisation governing it
 * across the authorised party ("allows Washington to", "authorises member states to"), else -1.
 */
export function authorisingVerb(v: SentenceView, first: number): number {
  if (v.tokens[first]?.lower !== 'to') return -1;
  // The authorised party: an actor ("Washington") or an unnamed one ("member states").
  let i = first - 1;
  const party = slotOf(v, i);
  if (party) i = party.from - 1;
  else while (i >= 0 && v.tokens[i]!.pos === 'NOUN' && v.slotAt[i]! < 0) i -= 1;
  if (i === first - 1) return -1;
  while (i >= 0 && (v.tokens[i]!.pos === 'DET' || v.tokens[i]!.pos === 'ADJ')) i -= 1;
  const verb = v.tokens[i];
  return verb && verb.pos === 'VERB' && AUTHORISE.has(verb.lemma) ? i : -1;
}
