// Which of the given targets a chunk names: the stance reader gives words to chunks, and a chunk
// counts for the target it names.
import type { Chunks } from './stance-chunks.js';

/** Whether chunk `c`'s head is a target. */
export const targeted = (chunks: Chunks, c: number): boolean => chunks.target[chunks.list[c]!.head]! >= 0;

/** Whether any token of chunk `c` is a target. */
export const targetIn = (chunks: Chunks, c: number): boolean => {
  const { from, to } = chunks.list[c]!;
  for (let i = from; i < to; i += 1) if (chunks.target[i]! >= 0) return true;
  return false;
};

/** The targets named by the heads of chunks `by`: who voices a judgement. */
export function judgesOf(chunks: Chunks, by: readonly number[], n: number): number[] {
  const out: number[] = [];
  for (const c of by) {
    const k = chunks.target[chunks.list[c]!.head]!;
    if (k >= 0 && k < n && !out.includes(k)) out.push(k);
  }
  return out;
}
