import type { NameValue } from './actor-value.js';
import type { MatchToken } from './match-tokens.js';
import type { NameMatch } from './name-matcher.js';

// Nouns of acting and taking positions: "Russian aggression", "Western sanctions" are the state
// or bloc acting; "Russian diamonds", "the Russian economy" are not actors at all.
const ACTION_NOUNS = new Set(['aggression', 'position', 'positions', 'stance', 'hegemony', 'mediation', 'sanctions', 'demand', 'demands',
  'proposal', 'proposals', 'policy', 'policies', 'invasion', 'attack', 'attacks', 'offensive', 'pressure', 'threat', 'threats', 'support',
  'aid', 'assistance', 'response', 'diplomacy', 'intervention', 'involvement', 'initiative', 'statement', 'criticism', 'warning',
  'warnings', 'strike', 'strikes', 'occupation', 'annexation', 'interference', 'expansion', 'expansionism', 'imperialism',
  'provocation', 'provocations', 'bullying', 'retaliation', 'veto', 'decision', 'plan', 'plans', 'efforts', 'refusal', 'ambitions',
  'influence', 'dominance', 'recognition', 'arms', 'weapons', 'bombing', 'bombardment', 'shelling', 'blockade', 'crackdown', 'leadership',
  'authorities', 'hostility', 'hegemonism', 'mediators', 'objections', 'protest', 'protests', 'concessions', 'commitment', 'pledge']);
// "Saudi-led", "US-backed": the state acting; "anti-Russian": the state as target.
const PARTICIPLES = new Set(['led', 'backed', 'brokered', 'sponsored', 'supported', 'funded', 'armed', 'trained', 'imposed', 'mediated']);

/** A demonym is an actor as a noun, in a compound with another actor, or on a noun of acting. */
export function demonymStands(m: NameMatch<NameValue>, tokens: readonly MatchToken[], matches: readonly NameMatch<NameValue>[], k: number): boolean {
  const surface = tokens[m.to - 1]!.surface;
  if (/s$/.test(surface) && !/ss$/.test(surface)) return true; // "the Russians"
  const prev = matches[k - 1];
  const next = matches[k + 1];
  const hyphenBefore = tokens[m.from - 1]?.key === '-';
  const hyphenAfter = tokens[m.to]?.key === '-';
  if (hyphenBefore && (prev?.to === m.from - 1 || tokens[m.from - 2]?.key === 'anti')) return true;
  if (hyphenAfter && (next?.from === m.to + 1 || PARTICIPLES.has(tokens[m.to + 1]?.key ?? ''))) return true;
  return !hyphenAfter && ACTION_NOUNS.has(tokens[m.to]?.key ?? '');
}
