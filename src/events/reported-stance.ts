// Acts a statement performs by what it says of another party, read from a copula in the clause it
// reports: "Gondor said Rohan has a right to defend its borders" defends Rohan's position (CAMEO
// 052; "has no right to" criticizes it, 111); "Gondor said the raid was a provocation staged by
// Rohan" accuses Rohan (112).
import type { ActorRef } from '../model/analysis.js';
import { slotAfter } from './clause-roles.js';
import type { Subject } from './clause-subject.js';
import { findSubject } from './find-subject.js';
import type { PredicateState } from './predicate-state.js';
import { isBoundary } from './predicates.js';
import type { TaggedToken } from './tag-sentence.js';
import { verdictNoun } from './verdict-nouns.js';
import { verbGroup } from './verb-group.js';

export interface ReportedStance {
  readonly code: string;
  readonly targets: readonly ActorRef[];
  /** Token index of the word that names the stance ("right", "provocation"). */
  readonly at: number;
  readonly to: number;
}

const NEGATIONS = new Set(['no', 'not', "n't", 'never']);
const HAVE = new Set(['has', 'have', 'had']);
const BE = new Set(['is', 'are', 'was', 'were']);
const BY = new Set(['by']);
// Words between "has" and "right": "has every right", "has the full and legitimate right".
const RIGHT_MODIFIERS = new Set(['a', 'the', 'every', 'all', 'full', 'legitimate', 'sovereign', 'inalienable', 'absolute', 'and', 'no']);

/** "has (every|no|the full) right(s) to", "is (not) entitled to", "is within its rights": the index of the key word, else -1. */
function rightAfter(tokens: readonly TaggedToken[], c: number): number {
  const verb = tokens[c]!.lower;
  let i = c + 1;
  if (HAVE.has(verb)) {
    while (RIGHT_MODIFIERS.has(tokens[i]?.lower ?? '')) i += 1;
    return (tokens[i]?.lower === 'right' || tokens[i]?.lower === 'rights') && tokens[i + 1]?.lower === 'to' ? i : -1;
  }
  if (!BE.has(verb)) return -1;
  if (NEGATIONS.has(tokens[i]?.lower ?? '')) i += 1;
  if (tokens[i]?.lower === 'entitled' && tokens[i + 1]?.lower === 'to') return i;
  return tokens[i]?.lower === 'within' && tokens[i + 2]?.lower === 'rights' ? i + 2 : -1;
}

/** Whether the copula at `c` (or its auxiliaries, or the words before the key word) is negated. */
function negated(tokens: readonly TaggedToken[], first: number, key: number): boolean {
  return tokens.slice(first, key).some((t) => NEGATIONS.has(t.lower));
}

/** "was a provocation (staged) by Rohan": the index of the wrong named after the copula at `c`, else -1. */
function accusationAfter(tokens: readonly TaggedToken[], c: number): number {
  if (!BE.has(tokens[c]!.lower)) return -1;
  let i = c + 1;
  while (tokens[i] && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADJ')) i += 1;
  const n = verdictNoun(tokens, i);
  if (n < 0) return -1;
  // "by" right after the noun, or after a participle ("staged by", "carried out by").
  const by = tokens.slice(n + 1, n + 4).findIndex((t) => t.lower === 'by');
  const between = by < 0 ? [] : tokens.slice(n + 1, n + 1 + by);
  return by >= 0 && between.every((t) => t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'ADV') && between.length <= 2 ? n : -1;
}

// Nouns that lay the blame for what the subject names on another party: "the tragedy was the
// result of Rohan's policy", "the crisis is the fault of Rohan".
const BLAME = new Set(['result', 'consequence', 'outcome', 'fault', 'product', 'doing']);
const OF = new Set(['of']);

/** "was the (direct) result of": the index of the blame noun after the copula at `c`, else -1. */
function blameAfter(tokens: readonly TaggedToken[], c: number): number {
  if (!BE.has(tokens[c]!.lower)) return -1;
  let i = c + 1;
  while (tokens[i] && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'ADV')) i += 1;
  return BLAME.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'of' ? i : -1;
}

/**
 * The first clause the statement reports ends at its next finite verb, unless that verb is
 * coordinated with it: "said Rohan is not a party and has no right to …" reports both.
 */
function reportedEnd(s: PredicateState, speech: number): number {
  const tokens = s.v.tokens;
  const finite = s.finite.filter((q) => q > speech);
  let k = 0;
  while (finite[k + 1] !== undefined && tokens[verbGroup(tokens, finite[k + 1]!).first - 1]?.lower === 'and') k += 1;
  return finite[k] ?? tokens.length;
}

/** What the statement of the speech verb at `speech` says of others through its copulas. */
export function reportedStance(s: PredicateState, speech: number, speaker: Subject): ReportedStance[] {
  const { v } = s;
  const tokens = v.tokens;
  const out: ReportedStance[] = [];
  const own = new Set(speaker.actors.map((a) => a.country));
  const next = reportedEnd(s, speech);
  for (const c of s.copulas) {
    // The statement's own reported clause: no other clause with a subject of its own in between.
    if (c <= speech || c > next || tokens.slice(speech + 1, c).some((t) => t.text === ';' || t.text === ':')) continue;
    const first = verbGroup(tokens, c).first;
    const right = rightAfter(tokens, c);
    const wrong = right < 0 ? accusationAfter(tokens, c) : -1;
    const blame = right < 0 && wrong < 0 ? blameAfter(tokens, c) : -1;
    if (right < 0 && wrong < 0 && blame < 0) continue;
    let targets: ActorRef[];
    let to: number;
    if (blame >= 0) {
      if (negated(tokens, first, blame)) continue;
      const agent = slotAfter(v, OF, blame, Math.min(tokens.length, blame + 4));
      if (!agent) continue;
      targets = agent.flatMap((x) => x.actors);
      to = agent[agent.length - 1]!.to;
    } else if (right >= 0) {
      // A verb coordinated with the clause's first verb shares its subject.
      const head = tokens[first - 1]?.lower === 'and' ? s.finite.find((q) => q > speech) ?? c : c;
      const found = findSubject(v, verbGroup(tokens, head).first, speech);
      if (!found || found === 'coordinated') continue;
      targets = found.flatMap((x) => x.actors);
      to = right + 1;
    } else {
      const agent = slotAfter(v, BY, wrong, Math.min(tokens.length, wrong + 12));
      if (!agent || tokens.slice(wrong, agent[0]!.from).some(isBoundary)) continue;
      targets = agent.flatMap((x) => x.actors);
      to = agent[agent.length - 1]!.to;
    }
    targets = targets.filter((a) => !own.has(a.country));
    if (!targets.length) continue;
    const code = right >= 0 ? (negated(tokens, first, right) ? '111' : '052') : '112';
    out.push({ code, targets, at: right >= 0 ? right : wrong >= 0 ? wrong : blame, to });
  }
  return out;
}
