// The name matcher of a gazetteer that has PETRARCH dictionaries loaded. Names are matched as
// usual, then, as PETRARCH reads them:
// - a name a user's PETRARCH actor dictionary lists is that entry, not the bundled one of the same
//   name ("New Zealand" [NZE] in the user's file is NZE, not our NZL);
// - a compound code names several actors ("Lorien" [ELR/GAL] is ELR and GAL): one match each;
// - agent phrases compose with the actors they qualify (agent-phrases.ts): "Gondor police" is one
//   actor, GONCOP.
// Every later reader of the matches (the resolver, the events stage) then sees these actors.
import type { NameValue } from './actor-value.js';
import { composeAgents } from './agent-phrases.js';
import type { MatchToken } from './match-tokens.js';
import { NameMatcher, type NameMatch } from './name-matcher.js';
import type { PetrarchAgent } from './read-petrarch-agents.js';

type Coded = NameValue & { type: 'coded' };

/** A coded value per part of a compound code ("FRO/BIL/SAM"), each its own actor. */
function splitCoded(v: Coded): Coded[] {
  const parts = Math.max(...v.codes.map((c) => c.code.split('/').length));
  if (parts < 2) return [v];
  return Array.from({ length: parts }, (_, k) => {
    const codes = v.codes.map((c) => { const p = c.code.split('/'); return { ...c, code: p[k] ?? p[p.length - 1]! }; });
    const code = codes[0]!.code;
    return { ...v, codes, actor: { ...v.actor, id: `${v.actor.id}:${code.toLowerCase()}`, code, country: code.slice(0, 3) } };
  });
}

/** The match with only its PETRARCH-coded values, compound codes split, when it has any. */
function userCodes(m: NameMatch<NameValue>): NameMatch<NameValue> {
  const coded = m.values.filter((v): v is Coded => v.type === 'coded');
  return coded.length ? { ...m, values: coded.flatMap(splitCoded) } : m;
}

/** One match per value of a match naming several actors: the resolver reads one actor per match. */
const oneEach = (matches: readonly NameMatch<NameValue>[]): NameMatch<NameValue>[] =>
  matches.flatMap((m) => (m.values.length > 1 && m.values.every((v) => v.type === 'coded') ? m.values.map((v) => ({ ...m, values: [v] })) : [m]));

export class AgentMatcher extends NameMatcher<NameValue> {
  private readonly agents = new NameMatcher<PetrarchAgent>();

  /** `agents` may be empty: the user's actor codes still win and compound codes still split. */
  constructor(agents: readonly PetrarchAgent[]) {
    super();
    // Agent dictionaries are upper-case: their phrases match in any case ("Lawmakers", "police").
    for (const a of agents) for (const p of [...a.phrases, ...a.plurals]) this.agents.add(p, a, 'any');
  }

  override matchTokens(tokens: readonly MatchToken[]): NameMatch<NameValue>[] {
    return oneEach(composeAgents(tokens, super.matchTokens(tokens).map(userCodes), this.agents.matchTokens(tokens)));
  }
}
