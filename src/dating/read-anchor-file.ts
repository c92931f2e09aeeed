// Reads and validates a file of dating anchors (data/dating/anchors.json or a user's own). Any bad
// entry fails the whole file (DataFileError naming the file and every bad entry): a skipped
// anchor would silently change the dates the stage gives.
import { join } from 'node:path';
import { readJsonDataFile, zodIssues } from '../core/data-file.js';
import { DataFileError } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import { phraseKeys, phrasesSource } from './anchor-phrase.js';
import { ANCHORS_FORMAT, ANCHORS_VERSION, anchorEntrySchema, anchorsFileSchema, type AnchorEntry } from './anchor-schema.js';
import { parseDay, type Day } from './day-range.js';

/** An anchor ready for matching. */
export interface DatingAnchor {
  readonly id: string;
  readonly label: string;
  readonly date: Day;
  readonly iso: string;
  /** Regex sources (one alternation each, see anchor-phrase.ts) of the four phrase lists. */
  readonly names: string | null;
  readonly durationNames: string | null;
  readonly refs: string | null;
  readonly dayNames: string | null;
  /** Per list, per phrase, the words a text must hold for the phrase to occur (phraseKeys). */
  readonly keys: Readonly<Record<'names' | 'durationNames' | 'refs' | 'dayNames', readonly (readonly (readonly string[])[])[]>>;
}

const FORMAT_HINT = `expected an object { "$schema": "${ANCHORS_FORMAT}", "version": ${ANCHORS_VERSION}, "entries": [ … ] }`;

function labelOf(value: unknown, index: number): string {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `entries[${index}] "${id}"` : `entries[${index}]`;
}

const compile = (e: AnchorEntry): DatingAnchor => ({
  id: e.id,
  label: e.label,
  date: parseDay(e.date) ?? 0, // validated by the schema
  iso: e.date,
  names: phrasesSource(e.names),
  durationNames: phrasesSource(e.durationNames),
  refs: phrasesSource(e.refs),
  dayNames: phrasesSource(e.dayNames),
  keys: { names: e.names.map(phraseKeys), durationNames: e.durationNames.map(phraseKeys), refs: e.refs.map(phraseKeys), dayNames: e.dayNames.map(phraseKeys) },
});

/** The anchors of one file; DataFileError listing every problem. */
export function readAnchorFile(file: string): DatingAnchor[] {
  const { raw } = readJsonDataFile(file, 'dating anchors file');
  const envelope = anchorsFileSchema.safeParse(raw);
  if (!envelope.success) throw new DataFileError(file, `not a dating anchors file (${zodIssues(envelope.error, ', ')}): ${FORMAT_HINT}`);
  const problems: string[] = [];
  const anchors: DatingAnchor[] = [];
  const seen = new Map<string, string>();
  envelope.data.entries.forEach((value, index) => {
    const label = labelOf(value, index);
    const parsed = anchorEntrySchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`${label}: ${zodIssues(parsed.error, ', ')}`);
      return;
    }
    const first = seen.get(parsed.data.id);
    if (first !== undefined) problems.push(`${label}: duplicate id, already at ${first}`);
    else seen.set(parsed.data.id, label);
    anchors.push(compile(parsed.data));
  });
  if (problems.length) {
    throw new DataFileError(file, `${problems.length} problem${problems.length === 1 ? '' : 's'} in the dating anchors: ${problems.join('; ')}`);
  }
  return anchors;
}

/** data/dating/anchors.json of this package. */
export const defaultAnchorsFile = (): string => join(packageRoot(), 'data', 'dating', 'anchors.json');

let shared: readonly DatingAnchor[] | null = null;

/** The bundled anchors, read on first use and shared by every article of the process. */
export function defaultAnchors(): readonly DatingAnchor[] {
  shared ??= readAnchorFile(defaultAnchorsFile());
  return shared;
}
