// Flags of one technique never overlap: overlapping candidates become one flag over the union of
// their spans, naming every cue that fired. Its confidence is the strongest cue's plus a little
// for each further distinct cue (independent evidence agreeing), and a flag with only cue-list
// evidence stays at or below the lexical ceiling however many words agree.
import type { Technique } from '../model/analysis.js';
import type { Candidate } from './technique-candidate.js';
import { LEXICAL_MAX } from './technique-cue-schema.js';

const AGREEMENT_BONUS = 0.05;
const STRUCTURAL_MAX = 0.9;

const round2 = (x: number): number => Math.round(x * 100) / 100;

function flagOf(text: string, group: readonly Candidate[]): Technique {
  const first = group[0]!;
  const start = group.reduce((m, c) => Math.min(m, c.start), Infinity);
  const end = group.reduce((m, c) => Math.max(m, c.end), 0);
  // A cue repeated inside a longer one ("so-called" in "so-called + scare quotes") is the same
  // evidence, shown and counted once.
  const all = [...new Set(group.map((c) => c.cue))];
  const cues = all.filter((c) => !all.some((o) => o !== c && o.includes(c)));
  const best = group.reduce((m, c) => Math.max(m, c.confidence), 0);
  const cap = group.some((c) => c.structural) ? STRUCTURAL_MAX : LEXICAL_MAX;
  const confidence = round2(Math.min(cap, best + AGREEMENT_BONUS * (cues.length - 1)));
  return { technique: first.technique, start, end, text: text.slice(start, end), cue: cues.join(' + '), confidence };
}

/** Merged, non-overlapping within each technique, sorted by position then technique. */
export function mergeTechniqueFlags(text: string, candidates: readonly Candidate[]): Technique[] {
  const byTechnique = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    const list = byTechnique.get(c.technique);
    if (list) list.push(c); else byTechnique.set(c.technique, [c]);
  }
  const flags: Technique[] = [];
  for (const list of byTechnique.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let group: Candidate[] = [];
    let groupEnd = -1;
    for (const c of list) {
      if (group.length && c.start >= groupEnd) {
        flags.push(flagOf(text, group));
        group = [];
      }
      group.push(c);
      groupEnd = Math.max(groupEnd, c.end);
    }
    if (group.length) flags.push(flagOf(text, group));
  }
  return flags.sort((a, b) => a.start - b.start || a.end - b.end || a.technique.localeCompare(b.technique));
}
