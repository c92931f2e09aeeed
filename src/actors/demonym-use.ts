import type { NameValue } from './actor-value.js';
import type { MatchToken } from './match-tokens.js';
import type { NameMatch } from './name-matcher.js';

// Nouns of acting and taking positions: "Russian aggression", "Western sanctions" are the state
// or bloc acting; "Russian diamonds", "the Russian economy" are not actors at all.
export const ACTION_NOUNS = new Set(['aggression', 'position', 'positions', 'stance', 'hegemony', 'mediation', 'sanctions', 'demand', 'demands',
  'proposal', 'proposals', 'request', 'requests', 'policy', 'policies', 'invasion', 'attack', 'attacks', 'offensive', 'pressure', 'threat', 'threats', 'support',
  'aid', 'assistance', 'response', 'diplomacy', 'intervention', 'involvement', 'initiative', 'statement', 'criticism', 'warning',
  'warnings', 'strike', 'strikes', 'occupation', 'annexation', 'interference', 'expansion', 'expansionism', 'imperialism',
  'provocation', 'provocations', 'bullying', 'retaliation', 'veto', 'decision', 'plan', 'plans', 'efforts', 'refusal', 'ambitions',
  'influence', 'dominance', 'recognition', 'arms', 'weapons', 'bombing', 'bombardment', 'shelling', 'blockade', 'crackdown', 'leadership',
  'authorities', 'hostility', 'hegemonism', 'mediators', 'objections', 'protest', 'protests', 'concessions', 'commitment', 'pledge',
  'action', 'actions', 'claims', 'allegations', 'accusations', 'conduct', 'behaviour', 'behavior', 'operation', 'operations']);
// Nouns for what a state owns or holds as the target of an act: "struck Iranian targets",
// "attacked the French embassy", "froze Russian assets" make the state the target, where
// "Iranian oil" or "Turkish goods" stay goods. Places ("Iranian airspace", "Colombian
// territory") are where things happen, not actors.
const TARGET_NOUNS = new Set(['targets', 'target', 'bases', 'base', 'facilities', 'installations', 'outposts', 'embassy', 'embassies',
  'consulate', 'consulates', 'interests', 'nationals', 'assets']);
// People acting for a state without a role word of their own: "Chinese personnel boarded the
// boat", "the Russian crew refused" are the state's agents (SPEC: people count as their state).
const AGENT_NOUNS = new Set(['personnel', 'crew', 'crews', 'staff', 'staffers', 'operatives', 'agents']);
// Adjectives of domain between a demonym and its noun of acting.
const QUALIFIERS = new Set(['military', 'naval', 'economic', 'diplomatic', 'political', 'nuclear', 'unilateral', 'illegal', 'covert']);
// "Saudi-led", "US-backed": the state acting; "anti-Russian": the state as target; "Indian-administered
// Kashmir", "Israeli-occupied Golan": the state holding the place.
const PARTICIPLES = new Set(['led', 'backed', 'brokered', 'sponsored', 'supported', 'funded', 'armed', 'trained', 'imposed', 'mediated',
  'administered', 'controlled', 'held', 'occupied']);

/** A demonym is an actor as a noun, in a compound with another actor, or on a noun of acting or of holding. */
export function demonymStands(m: NameMatch<NameValue>, tokens: readonly MatchToken[], matches: readonly NameMatch<NameValue>[], k: number): boolean {
  const surface = tokens[m.to - 1]!.surface;
  if (/s$/.test(surface) && !/ss$/.test(surface)) return true; // "the Russians"
  const prev = matches[k - 1];
  const next = matches[k + 1];
  const hyphenBefore = tokens[m.from - 1]?.key === '-';
  const hyphenAfter = tokens[m.to]?.key === '-';
  if (hyphenBefore && (prev?.to === m.from - 1 || tokens[m.from - 2]?.key === 'anti')) return true;
  if (hyphenAfter && (next?.from === m.to + 1 || PARTICIPLES.has(tokens[m.to + 1]?.key ?? ''))) return true;
  // "the American military operation", "Russian economic pressure": one qualifier before the noun.
  const at = QUALIFIERS.has(tokens[m.to]?.key ?? '') ? m.to + 1 : m.to;
  const noun = tokens[at]?.key ?? '';
  return !hyphenAfter && (ACTION_NOUNS.has(noun) || (at === m.to && TARGET_NOUNS.has(noun)) || AGENT_NOUNS.has(noun));
}
