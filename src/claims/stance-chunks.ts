// Noun phrases of a tagged sentence, as the stance reader needs them: each chunk's head (what it
// names) and its owners (a possessor or a name used as a modifier: "Russia's invasion",
// "US hegemony", "the hegemony of the US"), so an evaluation can be given to whom it is about.
// Targets (actor mentions, or the span a benchmark asks about) are never split and always nominal.
import { verbUse } from '../events/predicates.js';
import type { TaggedToken } from '../events/tag-sentence.js';

/** A token range [from, to). */
export interface TokenRange { readonly from: number; readonly to: number }

export interface Chunk extends TokenRange {
  /** Index of the head token: the last noun, name or pronoun. */
  readonly head: number;
  /** The chunk after "of"/"by" that owns this one ("the arrogance of Washington"), if any. */
  readonly of: number | null;
}

export interface Chunks {
  readonly list: readonly Chunk[];
  /** Chunk index per token, -1 outside chunks. */
  readonly at: Int32Array;
  /** Target index per token, -1 outside targets. */
  readonly target: Int32Array;
}

const NOMINAL = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
const HEADS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const INSIDE = new Set(['DET', 'ADJ', 'NUM', 'ADV']);
const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'that', 'what', 'whatever', 'whoever']);
const POSSESSIVE_PRON = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
const QUOTE_MARKS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);
const HYPHENS = new Set(['-', '‐', '–']);
const RELATIONS = new Set(['foe', 'enemy', 'friend', 'ally', 'rival', 'critic', 'opponent', 'supporter', 'fan', 'victim', 'partner',
  'neighbor', 'neighbour', 'adversary', 'member', 'leader', 'head', 'president', 'minister', 'spokesman', 'spokeswoman',
  'spokesperson', 'official', 'adviser', 'advisor', 'aide', 'son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother',
  'sister', 'colleague', 'admirer', 'detractor', 'backer', 'ambassador', 'envoy', 'representative', 'citizen', 'people', 'target']);

export const isPossessiveMark = (t: TaggedToken): boolean => t.lower === "'s" || t.lower === '’s' || ((t.text === "'" || t.text === '’') && t.pos === 'PUNCT');
export const isQuoteMark = (t: TaggedToken | undefined): boolean => !!t && QUOTE_MARKS.has(t.text);

function markTargets(n: number, targets: readonly TokenRange[]): Int32Array {
  const at = new Int32Array(n).fill(-1);
  targets.forEach((r, k) => {
    for (let i = Math.max(0, r.from); i < Math.min(n, r.to); i += 1) if (at[i]! < 0) at[i] = k;
  });
  return at;
}

export function findChunks(tokens: readonly TaggedToken[], targets: readonly TokenRange[]): Chunks {
  const n = tokens.length;
  const target = markTargets(n, targets);
  const at = new Int32Array(n).fill(-1);
  const list: { from: number; to: number; head: number; of: number | null }[] = [];
  const word = (i: number): boolean => {
    const t = tokens[i];
    if (!t) return false;
    if (target[i]! >= 0) return true;
    if (NOMINAL.has(t.pos)) return !(t.pos === 'DET' && RELATIVE.has(t.lower) && !HEADS.has(tokens[i + 1]?.pos ?? ''));
    if (t.pos === 'ADV') return tokens[i + 1]?.pos === 'ADJ';
    // "Trump's unhinged attacks", "a divided world": participles used as adjectives, inside a
    // noun phrase already ("by manipulating public opinion" is a clause, not a phrase).
    if (t.pos === 'VERB') {
      const prev = tokens[i - 1];
      const inside = !prev || INSIDE.has(prev.pos) || isPossessiveMark(prev) || POSSESSIVE_PRON.has(prev.lower) || HYPHENS.has(prev.text) || isQuoteMark(prev);
      return inside && verbUse(tokens, i) === 'modifier' && (NOMINAL.has(tokens[i + 1]?.pos ?? '') || target[i + 1]! >= 0);
    }
    return false;
  };
  // Whether token i continues the chunk that runs up to i - 1.
  const continues = (i: number, from: number): boolean => {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (target[i]! >= 0 && target[i - 1] === target[i]) return true;
    if (isPossessiveMark(t)) return i > from && word(i + 1);
    if (HYPHENS.has(t.text) || isQuoteMark(t)) return word(i + 1) && (HYPHENS.has(t.text) || !isPossessiveMark(t));
    if (!word(i)) return false;
    // "gave Ukraine the weapons": a determiner after a noun opens a new phrase.
    // "make Russia suspicious of": an adjective ending the phrase after a noun is said of it, not part of it.
    const predicative = t.pos === 'ADJ' && !word(i + 1);
    if ((t.pos === 'DET' || predicative) && target[i]! < 0 && (HEADS.has(prev.pos) || target[i - 1]! >= 0)) return false;
    return true;
  };
  for (let i = 0; i < n;) {
    const t = tokens[i]!;
    const pronoun = t.pos === 'PRON' && !RELATIVE.has(t.lower);
    if (!word(i) && !pronoun) { i += 1; continue; }
    const from = i;
    i += 1;
    // A possessive pronoun opens a phrase ("its hegemony"); any other pronoun is one by itself.
    if (!pronoun || POSSESSIVE_PRON.has(t.lower) || target[from]! >= 0) while (i < n && continues(i, from)) i += 1;
    let to = i;
    while (to > from + 1 && (isQuoteMark(tokens[to - 1]) || HYPHENS.has(tokens[to - 1]!.text))) to -= 1;
    let head = to - 1;
    while (head > from && !HEADS.has(tokens[head]!.pos) && target[head]! < 0) head -= 1;
    at.fill(list.length, from, to);
    list.push({ from, to, head, of: null });
    i = Math.max(i, to);
  }
  // "the arrogance of Washington", "the invasion by Russia": the later phrase owns the earlier;
  // not after a person or a relation ("a bitter foe of Trump", "the leader of X").
  list.forEach((c) => {
    const link = tokens[c.to];
    const next = at[c.to + 1];
    if (RELATIONS.has(tokens[c.head]!.lemma)) return;
    if (link && (link.lower === 'of' || link.lower === 'by') && next !== undefined && next >= 0 && list[next]!.from === c.to + 1) c.of = next;
  });
  return { list, at, target };
}

/**
 * How much of what is said of `chunk` falls on target `k`: all of it when the target is what
 * the chunk names (its head), part of it when the target owns the thing named ("Russia's
 * invasion", "US hegemony", "the arrogance of Washington"), none otherwise. `ofOwns` false: the
 * phrase after "of" is what an act is done to ("the invasion of Ukraine"), not its owner.
 */
export function shareOf(chunks: Chunks, chunk: number, k: number, ofOwns = true): number {
  const c = chunks.list[chunk]!;
  if (chunks.target[c.head] === k) return 1;
  for (let i = c.from; i < c.to; i += 1) if (chunks.target[i] === k) return OWNER_SHARE;
  if (c.of !== null && ofOwns) {
    const o = chunks.list[c.of]!;
    for (let i = o.from; i < o.to; i += 1) if (chunks.target[i] === k) return OWNER_SHARE;
  }
  return 0;
}

/** The share of an owner: what is said of a thing reflects on whose it is, less directly. */
export const OWNER_SHARE = 0.7;
