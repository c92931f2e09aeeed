// The name matcher of a gazetteer that has PETRARCH agent dictionaries loaded: names are matched
// as usual, then agent phrases are composed with the actors they qualify (agent-phrases.ts), so
// every later reader of the matches sees "Gondor police" as one actor, GONCOP.
import type { NameValue } from './actor-value.js';
import { composeAgents } from './agent-phrases.js';
import type { MatchToken } from './match-tokens.js';
import { NameMatcher, type NameMatch } from './name-matcher.js';
import type { PetrarchAgent } from './read-petrarch-agents.js';

export class AgentMatcher extends NameMatcher<NameValue> {
  private readonly agents = new NameMatcher<PetrarchAgent>();

  constructor(agents: readonly PetrarchAgent[]) {
    super();
    // Agent dictionaries are upper-case: their phrases match in any case ("Lawmakers", "police").
    for (const a of agents) for (const p of [...a.phrases, ...a.plurals]) this.agents.add(p, a, 'any');
  }

  override matchTokens(tokens: readonly MatchToken[]): NameMatch<NameValue>[] {
    return composeAgents(tokens, super.matchTokens(tokens), this.agents.matchTokens(tokens));
  }
}
