// The format of data/techniques/cues.json: per technique, a base confidence, a note saying what
// the cues catch, and the cues (patterns, see technique-cue-pattern.ts). A cue is a bare pattern
// string (the technique's base confidence applies) or an object with its own confidence and note.
//
// A cue-list match is lexical evidence only, so no confidence in the file may exceed
// LEXICAL_MAX: higher confidence is earned by the structural detectors, never by a word list.
import { z } from 'zod';

export const CUES_FORMAT = 'entente/techniques/cues';
export const CUES_VERSION = 1;
export const LEXICAL_MAX = 0.4;

const confidence = z.number().gt(0).max(LEXICAL_MAX);

export const cueEntrySchema = z.union([
  z.string().min(1),
  z.strictObject({ pattern: z.string().min(1), confidence: confidence.optional(), note: z.string().min(1).optional() }),
]);

export const techniqueEntrySchema = z.strictObject({
  confidence,
  note: z.string().min(1),
  cues: z.array(z.unknown()),
});

export const cuesFileSchema = z.looseObject({
  $schema: z.literal(CUES_FORMAT),
  version: z.literal(CUES_VERSION),
  note: z.string().optional(),
  techniques: z.record(z.string(), z.unknown()),
});
