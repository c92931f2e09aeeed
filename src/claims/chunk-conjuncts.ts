// Phrases coordinated with a phrase ("China and Russia are …", "condemned the US and Britain"):
// one subject or object may be several chunks.
import type { TaggedToken } from '../events/tag-sentence.js';
import type { Chunks } from './stance-chunks.js';

const JOINERS = new Set(['and', 'or', ',']);
const HEADS = new Set(['NOUN', 'PROPN', 'PRON']);

/** Left conjuncts of chunk `c` ("China and Russia are …"; a comma only in a list closed by "and": "A, B and C"). */
export function withConjuncts(tokens: readonly TaggedToken[], chunks: Chunks, c: number): number[] {
  const out = [c];
  for (let from = chunks.list[c]!.from; ;) {
    const joiner = tokens[from - 1];
    const left = chunks.at[from - 2];
    if (!joiner || !JOINERS.has(joiner.lower) || left === undefined || left < 0) break;
    // "First of all, China and Russia": a comma joins only list items, named, not inside a prepositional phrase.
    if (joiner.lower === ',' && (out.length === 1 || !HEADS.has(tokens[chunks.list[left]!.head]!.pos) || tokens[chunks.list[left]!.from - 1]?.pos === 'ADP')) break;
    out.unshift(left);
    from = chunks.list[left]!.from;
  }
  return out;
}

/** Right conjuncts of chunk `c` ("condemned the US and Britain"), within `end`. */
export function rightConjuncts(tokens: readonly TaggedToken[], chunks: Chunks, c: number, end: number): number[] {
  const out = [c];
  for (let to = chunks.list[c]!.to; to + 1 < end;) {
    const joiner = tokens[to];
    const right = chunks.at[to + 1];
    if (!joiner || !JOINERS.has(joiner.lower) || right === undefined || right < 0 || chunks.list[right]!.from !== to + 1) break;
    out.push(right);
    to = chunks.list[right]!.to;
  }
  return out;
}
