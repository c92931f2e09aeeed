import type { CompiledGazetteer } from './compile-gazetteer.js';
import type { ResolvedMention } from './resolve-mentions.js';

// "The Baltic states asked NATO for troops": the group acts, and so does each member. Each
// member gets a mention on the group's span, marked `via` the group, so the evidence stays the
// text's own words. A group named as a place ("deployment in the Baltic states") or as a subset
// ("the two Nordic countries") is not expanded.
const PLACE_BEFORE = /\b(?:in|into|to|at|near|across|throughout|around|from)\s+(?:the\s+)?$/i;
// "the two Nordic countries", "some Gulf states": a subset, not every member.
const SUBSET_BEFORE = /\b(?:two|three|four|five|both|some|several|many|other|few|\d+)\s+$/i;

export function memberMentions(text: string, found: readonly ResolvedMention[], g: CompiledGazetteer): ResolvedMention[] {
  return found.flatMap((f) => {
    const members = f.target.members ?? [];
    const before = text.slice(Math.max(0, f.start - 20), f.start);
    if (!members.length || PLACE_BEFORE.test(before) || SUBSET_BEFORE.test(before)) return [];
    return members.flatMap((code) => {
      const state = g.states.get(code);
      return state ? [{ start: f.start, end: f.end, target: state, via: f.target.id }] : [];
    });
  });
}
