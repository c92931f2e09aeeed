// Reads one dictionary file: the file as a whole must be JSON in a known format (else a
// DataFileError: nothing in it can be used), then each entry is validated on its own so that
// one bad entry is a diagnostic and the others still load.
import { readJsonDataFile, zodIssues } from '../core/data-file.js';
import type { z } from 'zod';
import type { Diagnostic } from '../core/diagnostic.js';
import { DataFileError } from '../core/errors.js';
import { entryLines } from './entry-lines.js';
import { entryDiagnostic, labelOf } from './entry-place.js';
import type { Placed } from './entry-place.js';
import { ENTRY_SCHEMAS, GAZETTEER_FORMATS, GAZETTEER_VERSION, dictionaryFileSchema } from './gazetteer-schema.js';
import type { GazetteerPart, OrganisationEntry, PersonEntry, RoleEntry, StateEntry } from './gazetteer-schema.js';

export interface EntryOf {
  states: StateEntry;
  organisations: OrganisationEntry;
  people: PersonEntry;
  roles: RoleEntry;
}

/** A file's valid entries, tagged with the part of the gazetteer they fill. */
export type Dictionary = { [P in GazetteerPart]: { part: P; file: string; entries: Placed<EntryOf[P]>[] } }[GazetteerPart];

const partOf = (schema: string): GazetteerPart =>
  (Object.keys(GAZETTEER_FORMATS) as GazetteerPart[]).find((p) => GAZETTEER_FORMATS[p] === schema) ?? 'states';

// Zod says "Invalid input: expected string, received undefined" for a missing field.
const issueList = (error: z.ZodError): string => zodIssues(error);

const FORMAT_HINT = `expected an object { "$schema": one of ${Object.values(GAZETTEER_FORMATS).map((f) => `"${f}"`).join(', ')}, ` +
  `"version": ${GAZETTEER_VERSION}, "entries": [ … ] }`;

export function readDictionary(file: string, diagnostics: Diagnostic[]): Dictionary {
  const { source, raw } = readJsonDataFile(file, 'actor dictionary');
  const envelope = dictionaryFileSchema.safeParse(raw);
  if (!envelope.success) throw new DataFileError(file, `not an actor dictionary (${issueList(envelope.error)}): ${FORMAT_HINT}`);
  const part = partOf(envelope.data.$schema);
  const lines = entryLines(source);
  const schema = ENTRY_SCHEMAS[part];
  const entries: Placed<unknown>[] = [];
  envelope.data.entries.forEach((value, index) => {
    const place = { file, index, line: lines[index] ?? null, label: labelOf(value) };
    const parsed = schema.safeParse(value);
    if (parsed.success) entries.push({ entry: parsed.data, place });
    else diagnostics.push(entryDiagnostic(place, `malformed entry, skipped: ${issueList(parsed.error)}`));
  });
  // Each entry was parsed with the schema of `part`, so the pairing holds.
  return { part, file, entries } as Dictionary;
}
