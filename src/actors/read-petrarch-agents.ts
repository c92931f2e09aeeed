// PETRARCH agent dictionaries (PETR.Validate.agents.txt, Phoenix's agents file): the roles
// that qualify an actor ("foreign minister" → ~GOVFRM, so Gondor's foreign minister is GONGOVFRM).
// The format, as PETRARCH's read_agent_dictionary reads it:
//   FOREIGN_MINISTER [~GOVFRM]          an agent; `_` joins words that must be adjacent, a space
//                                       lets words intervene (both become a space here)
//   HUMAN_RIGHTS_BODY [NGO~]            a code before `~` is prefixed to the actor's code
//   ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]   an irregular plural;  `{}` means no plural;
//                                       no braces: the regular plural (-Y → -IES, -S → -ES, else -S)
//   !PERSON! = MAN, MEN, WOMAN          a substitution set, defined before its use;
//   CONGRESS!PERSON! [~LEG]             one phrase per member (CONGRESSMAN, …), no plural formed
//   # comment, <!-- comment block -->
// A malformed line becomes a diagnostic naming file and line; the rest of the file still loads.
import type { Diagnostic } from '../core/diagnostic.js';
import { lineProblems, petrarchLines } from './petrarch-lines.js';

export interface PetrarchAgent {
  readonly phrases: string[];
  readonly plurals: string[];
  /** The agent code without its `~`, e.g. `GOVFRM`. */
  readonly code: string;
  /** `suffix` for `[~GOV]` (GON → GONGOV), `prefix` for `[NGO~]` (ARN → NGOARN). */
  readonly position: 'suffix' | 'prefix';
  readonly line: number;
}

const nameOf = (raw: string): string => raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();

/** PETRARCH's regular plural, matching the case of the last letter. */
function regularPlural(phrase: string): string {
  const last = phrase.slice(-1);
  const lower = last !== last.toUpperCase();
  const suffix = (s: string) => (lower ? s.toLowerCase() : s);
  if (/y/i.test(last)) return phrase.slice(0, -1) + suffix('IES');
  return phrase + suffix(/s/i.test(last) ? 'ES' : 'S');
}

/** Every phrase a `!MARKER!`-bearing entry stands for, or the name of an undefined marker. */
function expand(phrase: string, sets: ReadonlyMap<string, string[]>): string[] | { undefinedMarker: string } {
  const m = /!([^!]*)!/.exec(phrase);
  if (!m) return [phrase];
  const members = sets.get(m[1] ?? '');
  if (!members) return { undefinedMarker: m[0] };
  const out: string[] = [];
  for (const member of members) {
    const rest = expand(phrase.slice(0, m.index) + member + phrase.slice(m.index + m[0].length), sets);
    if (!Array.isArray(rest)) return rest;
    out.push(...rest);
  }
  return out;
}

const AGENT_CODE = /\[\s*(?:~\s*[A-Za-z0-9]+|[A-Za-z0-9]+\s*~)\s*\]/;

/**
 * Whether a PETRARCH/TABARI dictionary is an agent dictionary: most of its code blocks are agent
 * codes (`[~GOV]`, `[NGO~]`). Actor dictionaries have none, so both kinds can be given together.
 */
export function isAgentDictionary(source: string): boolean {
  let agents = 0;
  let coded = 0;
  for (const { body } of petrarchLines(source.replace(/\r\n?/g, '\n'))) {
    if (!body.includes('[')) continue;
    coded += 1;
    if (AGENT_CODE.test(body)) agents += 1;
  }
  return agents > 0 && agents * 2 > coded;
}

export function readPetrarchAgents(source: string, file: string): { agents: PetrarchAgent[]; diagnostics: Diagnostic[] } {
  const agents: PetrarchAgent[] = [];
  const diagnostics: Diagnostic[] = [];
  const sets = new Map<string, string[]>();
  const problem = lineProblems(file, diagnostics);
  petrarchLines(source.replace(/\r\n?/g, '\n')).forEach(({ line, body }) => {
    if (body.includes('!') && body.includes('=')) {
      const m = /^!([^!\s=]+)!\s*=\s*(.*)$/.exec(body);
      const members = m?.[2]?.split(',').map((s) => s.trim()).filter(Boolean) ?? [];
      if (!m?.[1] || !members.length) return problem(line, `not a substitution set (!NAME! = A, B): ${body}`);
      if (members.some((s) => /[![\]{}]/.test(s))) return problem(line, `a substitution member holds !, [ or {: ${body}`);
      return void sets.set(m[1], members);
    }
    const m = /^([^[\]{}]*?)\s*(?:\{([^{}[\]]*)\})?\s*\[\s*([^[\]]*?)\s*\]$/.exec(body);
    if (!m) {
      const why = !body.includes('[') ? 'an agent needs a [code]' : body.includes('{') && !body.includes('}') ? "a '{' without '}'" : `cannot read "${body}"`;
      return problem(line, why);
    }
    const [, rawPhrase = '', rawPlural, rawCode = ''] = m;
    const code = /^~([A-Za-z0-9]+)$/.exec(rawCode)?.[1] ?? /^([A-Za-z0-9]+)~$/.exec(rawCode)?.[1];
    if (!code) return problem(line, `not an agent code (~CODE or CODE~): [${rawCode}]`);
    const position = rawCode.startsWith('~') ? 'suffix' : 'prefix';
    const phrase = rawPhrase.replace(/_+$/, '').trim();
    if (!nameOf(phrase)) return problem(line, 'an agent code with no phrase');
    const expanded = expand(phrase, sets);
    if (!Array.isArray(expanded)) return problem(line, `substitution marker ${expanded.undefinedMarker} is not defined above`);
    if (expanded.length > 1 || expanded[0] !== phrase) {
      if (rawPlural?.trim()) return problem(line, 'a plural on a substitution entry (its members are used as written)');
      return void agents.push({ phrases: expanded.map(nameOf), plurals: [], code: code.toUpperCase(), position, line });
    }
    const plural = rawPlural === undefined ? regularPlural(phrase) : rawPlural.trim();
    agents.push({ phrases: [nameOf(phrase)], plurals: plural ? [nameOf(plural)] : [], code: code.toUpperCase(), position, line });
  });
  return { agents, diagnostics };
}
