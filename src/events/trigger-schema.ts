// The format of the event trigger dictionary (data/events/triggers.json): which verbs and nouns
// code which CAMEO events, and the words after them that make the code more specific.
//
// A trigger is a lemma ("restore", "sanction"). Its `code` applies when none of its patterns
// match; null means the bare word codes nothing ("take" alone is not an event). A pattern is a
// string of slots matched against the words after the trigger, by lemma or by surface form,
// lower-case: slots separated by a space must be adjacent, `...` allows a gap of up to five
// words, alternatives are written `ties|relations`. The first slot may start within the first
// eight words after the trigger. The pattern with the most word slots wins (gaps do not count);
// ties go to the first listed, so a file lists its patterns most specific first. Example:
// { "lemma": "restore", "code": null, "patterns": [
//   { "words": "... diplomatic ties|relations", "code": "054" } ] }
import { z } from 'zod';

export const TRIGGERS_FORMAT = 'entente/events/triggers';
export const TRIGGERS_VERSION = 1;

export const GAP = '...';

/** A pattern compiled to its slots: each slot is a set of accepted words, or a gap. */
export type PatternSlot = ReadonlySet<string> | typeof GAP;

export interface TriggerPattern {
  readonly slots: readonly PatternSlot[];
  readonly code: string;
  /** As written in the file, for messages and provenance. */
  readonly words: string;
}

/**
 * How the actors around a trigger take their roles:
 * - `default`: subject is the source; object or prepositional target is the target.
 * - `reverse`: the subject receives (receive, get, obtain): source is the actor after
 *   from/by, target is the subject.
 * - `speech`: a statement verb (say, declare): its target is the subject of the reported
 *   clause, and the reported clause is coded too, with its own source.
 */
export type TriggerRole = 'default' | 'reverse' | 'speech';

export interface Trigger {
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly code: string | null;
  readonly patterns: readonly TriggerPattern[];
  readonly role: TriggerRole;
  /** Prepositions that introduce this trigger's target, in order of preference; a default list when absent. */
  readonly preps?: readonly string[];
}

export const triggersFileSchema = z.looseObject({
  $schema: z.literal(TRIGGERS_FORMAT),
  version: z.literal(TRIGGERS_VERSION),
  note: z.string().optional(),
  verbs: z.array(z.unknown()),
  nouns: z.array(z.unknown()),
});

const cameo = z.string().regex(/^(0[1-9]|1\d|20)\d{0,2}$/, 'must be a CAMEO code: a root 01–20 and up to two more digits');
const word = /^[a-z][a-z'-]*$/;
const words = z.string().trim().min(1).refine(
  (s) => s.split(/\s+/).every((slot) => slot === GAP || slot.split('|').every((w) => word.test(w))),
  'slots must be lower-case words, alternatives joined by |, or ...',
).refine((s) => s.split(/\s+/).some((slot) => slot !== GAP), 'must name at least one word');

export const triggerEntrySchema = z.strictObject({
  lemma: z.string().trim().regex(/^[a-z][a-z-]*$/, 'must be one lower-case word (the lemma)'),
  code: cameo.nullable(),
  patterns: z.array(z.strictObject({ words, code: cameo })).default([]),
  role: z.enum(['default', 'reverse', 'speech']).default('default'),
  preps: z.array(z.string().regex(/^[a-z]+$/)).min(1).optional(),
  note: z.string().optional(),
});
export type TriggerEntry = z.infer<typeof triggerEntrySchema>;

/** Slots of a pattern string: "... diplomatic ties|relations" → [GAP, {diplomatic}, {ties, relations}]. */
export const compileSlots = (pattern: string): PatternSlot[] =>
  pattern.trim().split(/\s+/).map((slot) => (slot === GAP ? GAP : new Set(slot.split('|'))));

export function toTrigger(entry: TriggerEntry, pos: 'verb' | 'noun'): Trigger {
  return {
    lemma: entry.lemma,
    pos,
    code: entry.code,
    patterns: entry.patterns.map((p) => ({ slots: compileSlots(p.words), code: p.code, words: p.words })),
    role: entry.role,
    ...(entry.preps !== undefined && { preps: entry.preps }),
  };
}
