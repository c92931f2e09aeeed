// Reads and validates one technique cue file (the bundled data/techniques/cues.json or a user's
// own). Any bad entry fails the whole file with one DataFileError listing every problem, each
// named by its technique and cue index and pattern: a silently skipped cue would silently change
// which techniques are flagged.
import type { z } from 'zod';
import { readJsonDataFile, zodIssues } from '../core/data-file.js';
import { DataFileError } from '../core/errors.js';
import { compileCuePattern, type CuePattern } from './technique-cue-pattern.js';
import { CUES_FORMAT, CUES_VERSION, cueEntrySchema, cuesFileSchema, techniqueEntrySchema } from './technique-cue-schema.js';
import { isTechniqueName, type TechniqueName } from './technique-names.js';

/** One compiled cue: a pattern of one technique and the confidence a match alone earns. */
export interface Cue {
  readonly technique: TechniqueName;
  /** As written in the file: shown as the flag's cue. */
  readonly pattern: string;
  readonly confidence: number;
  readonly compiled: CuePattern;
}

const FORMAT_HINT = `expected an object { "$schema": "${CUES_FORMAT}", "version": ${CUES_VERSION}, "techniques": { "<technique>": { "confidence", "note", "cues": [ … ] } } }`;

const issueList = (error: z.ZodError): string => zodIssues(error, ', ');

function patternOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const p = typeof value === 'object' && value !== null ? (value as { pattern?: unknown }).pattern : undefined;
  return typeof p === 'string' ? p : undefined;
}

function readTechnique(name: TechniqueName, value: unknown, problems: string[]): Cue[] {
  const entry = techniqueEntrySchema.safeParse(value);
  if (!entry.success) {
    problems.push(`techniques.${name}: ${issueList(entry.error)}`);
    return [];
  }
  const cues: Cue[] = [];
  const seen = new Map<string, number>();
  entry.data.cues.forEach((raw, index) => {
    const pattern = patternOf(raw);
    const label = pattern === undefined ? `techniques.${name}.cues[${index}]` : `techniques.${name}.cues[${index}] "${pattern}"`;
    const parsed = cueEntrySchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${label}: ${issueList(parsed.error)}`);
      return;
    }
    const cue = typeof parsed.data === 'string' ? { pattern: parsed.data } : parsed.data;
    const key = cue.pattern.trim().toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) problems.push(`${label}: duplicate pattern, already at cues[${first}]`);
    else seen.set(key, index);
    const compiled = compileCuePattern(cue.pattern);
    if (typeof compiled === 'string') {
      problems.push(`${label}: ${compiled}`);
      return;
    }
    cues.push({ technique: name, pattern: cue.pattern.trim(), confidence: cue.confidence ?? entry.data.confidence, compiled });
  });
  return cues;
}

/** The cues of one file, in file order; DataFileError naming the file and every bad entry. */
export function readTechniqueCueFile(file: string): Cue[] {
  const { raw } = readJsonDataFile(file, 'technique cue list');
  const envelope = cuesFileSchema.safeParse(raw);
  if (!envelope.success) throw new DataFileError(file, `not a technique cue list (${issueList(envelope.error)}): ${FORMAT_HINT}`);
  const problems: string[] = [];
  const cues: Cue[] = [];
  for (const [name, value] of Object.entries(envelope.data.techniques)) {
    if (!isTechniqueName(name)) {
      problems.push(`techniques.${name}: not one of the 23 techniques of SPEC §2.3`);
      continue;
    }
    cues.push(...readTechnique(name, value, problems));
  }
  if (problems.length) {
    throw new DataFileError(file, `${problems.length} problem${problems.length === 1 ? '' : 's'} in the technique cue list: ${problems.join('; ')}`);
  }
  return cues;
}
