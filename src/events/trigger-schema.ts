// The format of the event trigger dictionary (data/events/triggers.json): which verbs and nouns
// code which CAMEO events, and the words around them that make the code more specific.
//
// A trigger is a lemma ("restore", "sanction"). Its `code` applies when none of its patterns
// match; null means the bare word codes nothing ("take" alone is not an event). A pattern is a
// string of slots matched against the words after the trigger, by lemma or by surface form,
// lower-case: slots separated by a space must be adjacent, `...` allows a gap of up to five
// words, alternatives are written `ties|relations`. The first slot may start within the first
// eight words after the trigger. A `*` stands for the trigger itself when words must come before
// it: "recently *" (the last word before `*` right before the trigger), "death toll * "; a
// leading `*` ("* on ...") puts the first word right after the trigger. The
// pattern with the most word slots wins (gaps do not count); ties go to the first listed, so a
// file lists its patterns most specific first. A pattern's code may be null: those words make the
// trigger no event ("welcome" + "christmas"); its `role` may differ from the trigger's ("receive"
// + "money" as `reverse`); `reciprocal` patterns apply to a compound subject only, whose actors
// act on one another. A `reverse` code (of an entry or a pattern) is the act told the other way,
// from target to source, coded as well ("arrive": 032, and 033 for the host). Example:
// { "lemma": "restore", "code": null, "patterns": [
//   { "words": "... diplomatic ties|relations", "code": "054" } ] }
import { z } from 'zod';

export const TRIGGERS_FORMAT = 'entente/events/triggers';
export const TRIGGERS_VERSION = 1;

export const GAP = '...';
/** In a pattern, the trigger's own place, when words come before it. */
export const SELF = '*';

/** A pattern compiled to its slots: each slot is a set of accepted words, or a gap. */
export type PatternSlot = ReadonlySet<string> | typeof GAP;

export interface TriggerPattern {
  /** Slots after the trigger. */
  readonly slots: readonly PatternSlot[];
  /** Slots before the trigger, in text order; the last one right before it. Empty for most patterns. */
  readonly before: readonly PatternSlot[];
  /** null: with these words the trigger codes nothing. */
  readonly code: string | null;
  /** The code of the act told the other way round, from target to source, coded too. */
  readonly reverse?: string;
  /** How the actors take their roles when this pattern is chosen, if not as the trigger says. */
  readonly role?: TriggerRole;
  /** Words match as written only, not by lemma (PETRARCH's patterns: "EFFORT" is not "efforts"). */
  readonly surface?: boolean;
  /** Only for a compound subject, whose actors then act on one another (PETRARCH's `%`). */
  readonly reciprocal?: boolean;
  /** The first word right after the trigger ("* on": "called on", not "called Kim … on a mission"). */
  readonly adjacent?: boolean;
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
  /** The code of the same act told the other way, target to source ("arrive" 032, its host 033). */
  readonly reverse?: string;
  readonly patterns: readonly TriggerPattern[];
  readonly role: TriggerRole;
  /** Prepositions that introduce this trigger's target, in order of preference; a default list when absent. */
  readonly preps?: readonly string[];
  /**
   * Surface forms that are this trigger whatever their lemma (PETRARCH lists "left" apart from
   * "leave", "said" under "say"): looked up before lemmas.
   */
  readonly forms?: readonly string[];
  /** The code when the direct object is named by a complement ("called Qatar a funder of terrorism"). */
  readonly complement?: string;
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
  (s) => s.split(/\s+/).every((slot) => slot === GAP || slot === SELF || slot.split('|').every((w) => word.test(w))),
  'slots must be lower-case words, alternatives joined by |, ..., or * for the trigger',
).refine((s) => s.split(/\s+/).some((slot) => slot !== GAP && slot !== SELF), 'must name at least one word')
  .refine((s) => s.split(/\s+/).filter((slot) => slot === SELF).length <= 1, 'at most one *');

export const triggerEntrySchema = z.strictObject({
  lemma: z.string().trim().regex(/^[a-z][a-z-]*$/, 'must be one lower-case word (the lemma)'),
  code: cameo.nullable(),
  patterns: z.array(z.strictObject({
    words, code: cameo.nullable(), reverse: cameo.optional(), role: z.enum(['default', 'reverse', 'speech']).optional(), reciprocal: z.boolean().optional(),
  })).default([]),
  reverse: cameo.optional(),
  role: z.enum(['default', 'reverse', 'speech']).default('default'),
  preps: z.array(z.string().regex(/^[a-z]+$/)).min(1).optional(),
  complement: cameo.optional(),
  note: z.string().optional(),
});
export type TriggerEntry = z.infer<typeof triggerEntrySchema>;

/** Slots of a pattern string: "... diplomatic ties|relations" → [GAP, {diplomatic}, {ties, relations}]. */
export const compileSlots = (pattern: string): PatternSlot[] =>
  pattern.trim().split(/\s+/).filter(Boolean).map((slot) => (slot === GAP ? GAP : new Set(slot.split('|'))));

/** A pattern string compiled: the slots before `*` (if any) and after it. */
export interface PatternOptions {
  readonly reverse?: string | null | undefined;
  readonly role?: TriggerRole | undefined;
  readonly surface?: boolean | undefined;
  readonly reciprocal?: boolean | undefined;
  readonly adjacent?: boolean | undefined;
}

export function compilePattern(words: string, code: string | null, opts: PatternOptions = {}): TriggerPattern {
  const parts = words.trim().split(/\s+/);
  const self = parts.indexOf(SELF);
  return {
    before: self < 0 ? [] : compileSlots(parts.slice(0, self).join(' ')),
    slots: compileSlots(parts.slice(self + 1).join(' ')),
    code,
    words,
    ...(opts.reverse && { reverse: opts.reverse }),
    ...(opts.role && { role: opts.role }),
    ...(opts.surface && { surface: true }),
    ...(opts.reciprocal && { reciprocal: true }),
    ...(opts.adjacent && { adjacent: true }),
  };
}

export function toTrigger(entry: TriggerEntry, pos: 'verb' | 'noun'): Trigger {
  return {
    lemma: entry.lemma,
    pos,
    code: entry.code,
    ...(entry.reverse !== undefined && { reverse: entry.reverse }),
    // Our format: a leading `*` ("* on ...") puts the first word right after the trigger.
    patterns: entry.patterns.map((p) => compilePattern(p.words, p.code, { reverse: p.reverse, role: p.role, reciprocal: p.reciprocal, adjacent: p.words.trim().startsWith(`${SELF} `) })),
    role: entry.role,
    ...(entry.preps !== undefined && { preps: entry.preps }),
    ...(entry.complement !== undefined && { complement: entry.complement }),
  };
}
