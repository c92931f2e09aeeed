// The most specific code a trigger's words support: its patterns are tried against the words
// around it, within its clause, and the one with the most slots wins (ties: first listed).
import { GAP, type PatternSlot, type Trigger, type TriggerPattern } from './trigger-schema.js';
import type { TaggedToken } from './tag-sentence.js';

const FIRST_WITHIN = 8;
const GAP_WITHIN = 5;

type Accept = (slot: ReadonlySet<string>, t: TaggedToken) => boolean;
const byLemma: Accept = (slot, t) => slot.has(t.lower) || slot.has(t.lemma);
const asWritten: Accept = (slot, t) => slot.has(t.lower);

/** Whether `slots` match from token `at` on, before `end`; `lead` is how far the first slot may start. */
function matchFrom(slots: readonly PatternSlot[], k: number, tokens: readonly TaggedToken[], at: number, end: number, lead: number, accepts: Accept): boolean {
  if (k === slots.length) return true;
  const slot = slots[k]!;
  // A leading gap is the implicit one: the first word may start within FIRST_WITHIN words.
  if (slot === GAP) return matchFrom(slots, k + 1, tokens, at, end, k === 0 ? FIRST_WITHIN : GAP_WITHIN, accepts);
  for (let i = at; i < end && i <= at + lead; i += 1) {
    if (accepts(slot, tokens[i]!) && matchFrom(slots, k + 1, tokens, i + 1, end, 0, accepts)) return true;
  }
  return false;
}

/** Whether the slots before the trigger match leftwards: slot `k` ends at token `at` (or within `lead` before it). */
function matchBefore(slots: readonly PatternSlot[], k: number, tokens: readonly TaggedToken[], at: number, lead: number, accepts: Accept): boolean {
  if (k < 0) return true;
  const slot = slots[k]!;
  if (slot === GAP) return matchBefore(slots, k - 1, tokens, at, GAP_WITHIN, accepts);
  for (let i = at; i >= 0 && i >= at - lead; i -= 1) {
    if (accepts(slot, tokens[i]!) && matchBefore(slots, k - 1, tokens, i - 1, 0, accepts)) return true;
  }
  return false;
}

const weight = (p: TriggerPattern): number => [...p.before, ...p.slots].filter((s) => s !== GAP).length;

export interface CodeChoice {
  readonly code: string;
  readonly pattern?: TriggerPattern;
  /** The code of the act told the other way, target to source, when the entry gives one. */
  readonly reverse?: string;
}

/**
 * The code for `trigger` at token `at`, reading words up to `end` (and before `at`, for patterns
 * with words before the trigger); null when neither a pattern nor the bare word codes, or when
 * the best pattern says these words are no event. `compound`: whether the subject names several
 * actors, which reciprocal patterns need.
 */
export function chooseCode(trigger: Trigger, tokens: readonly TaggedToken[], at: number, end: number, compound = false): CodeChoice | null {
  let best: TriggerPattern | undefined;
  for (const p of trigger.patterns) {
    if (best && weight(p) <= weight(best)) continue;
    if (p.reciprocal && !compound) continue;
    const accepts = p.surface ? asWritten : byLemma;
    if (p.before.length && !matchBefore(p.before, p.before.length - 1, tokens, at - 1, 0, accepts)) continue;
    if (matchFrom(p.slots, 0, tokens, at + 1, end, p.adjacent ? 0 : FIRST_WITHIN, accepts)) best = p;
  }
  if (best) return best.code === null ? null : { code: best.code, pattern: best, ...(best.reverse && { reverse: best.reverse }) };
  return trigger.code === null ? null : { code: trigger.code, ...(trigger.reverse && { reverse: trigger.reverse }) };
}
