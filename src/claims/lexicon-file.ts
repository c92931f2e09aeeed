// Reads and validates stance lexicon files (the bundled data/stance/lexicon.json or a user's own).
// Any bad entry fails the whole file with a DataFileError naming every bad entry by index and
// term: a silently skipped word would silently change every stance score. A later file replaces
// an earlier file's entry for the same term and part of speech.
import { join } from 'node:path';
import { readJsonDataFile, zodIssues } from '../core/data-file.js';
import { DataFileError } from '../core/errors.js';
import { packageRoot } from '../core/package-root.js';
import { compileLexicon, type StanceLexicon } from './lexicon-index.js';
import { LEXICON_FORMAT, LEXICON_VERSION, lexiconEntrySchema, lexiconFileSchema, type LexiconEntry } from './lexicon-schema.js';

const FORMAT_HINT = `expected an object { "$schema": "${LEXICON_FORMAT}", "version": ${LEXICON_VERSION}, "entries": [ { "term", "weight", "kind"?, "pos"?, "patient"? } … ] }`;

/** data/stance/lexicon.json of this package. */
export const defaultLexiconFile = (): string => join(packageRoot(), 'data', 'stance', 'lexicon.json');

function labelOf(value: unknown, index: number): string {
  const term = typeof value === 'object' && value !== null ? (value as { term?: unknown }).term : undefined;
  return typeof term === 'string' ? `entries[${index}] "${term}"` : `entries[${index}]`;
}

const keyOf = (e: LexiconEntry): string => `${e.term}\u0000${e.pos ?? ''}`;

/** The entries of one lexicon file; DataFileError listing every problem. */
export function readLexiconFile(file: string): LexiconEntry[] {
  const { raw } = readJsonDataFile(file, 'stance lexicon');
  const envelope = lexiconFileSchema.safeParse(raw);
  if (!envelope.success) throw new DataFileError(file, `not a stance lexicon (${zodIssues(envelope.error, ', ')}): ${FORMAT_HINT}`);
  const problems: string[] = [];
  const entries: LexiconEntry[] = [];
  const seen = new Map<string, string>();
  envelope.data.entries.forEach((value, index) => {
    const label = labelOf(value, index);
    const parsed = lexiconEntrySchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`${label}: ${zodIssues(parsed.error, ', ')}`);
      return;
    }
    const first = seen.get(keyOf(parsed.data));
    if (first !== undefined) {
      problems.push(`${label}: duplicate term${parsed.data.pos ? ` for pos ${parsed.data.pos}` : ''}, already at ${first}`);
      return;
    }
    seen.set(keyOf(parsed.data), label);
    entries.push(parsed.data);
  });
  if (problems.length) {
    throw new DataFileError(file, `${problems.length} problem${problems.length === 1 ? '' : 's'} in the stance lexicon: ${problems.join('; ')}`);
  }
  return entries;
}

/** The lexicon of `files` in order (the bundled one by default), later entries replacing earlier ones. */
export function loadStanceLexicon(files: readonly string[] = [defaultLexiconFile()]): StanceLexicon {
  const entries = new Map<string, LexiconEntry>();
  for (const file of files) for (const e of readLexiconFile(file)) entries.set(keyOf(e), e);
  return compileLexicon(files, [...entries.values()]);
}

let shared: StanceLexicon | null = null;

/** The bundled lexicon, loaded on first use and shared by every article of the process. */
export function defaultStanceLexicon(): StanceLexicon {
  shared ??= loadStanceLexicon();
  return shared;
}
