// Reading the project's data files (dictionaries, catalogues, references): one place that turns
// an unreadable file, bad JSON or a schema mismatch into a DataFileError naming the file.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { DataFileError, errorMessage } from './errors.js';

/** The file's text (BOM removed) and its parsed JSON; `what` names the file in messages. */
export function readJsonDataFile(file: string, what: string): { source: string; raw: unknown } {
  let source: string;
  try {
    source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new DataFileError(file, `cannot read the ${what}: ${errorMessage(e)}`);
  }
  try {
    return { source, raw: JSON.parse(source) };
  } catch (e) {
    throw new DataFileError(file, `not valid JSON: ${errorMessage(e)}`);
  }
}

const issueMessage = (message: string): string => (/received undefined$/.test(message) ? 'missing' : message);

/** A zod error as one line: `path: message` per issue. */
export const zodIssues = (error: z.ZodError, separator = '; '): string =>
  error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${issueMessage(i.message)}` : issueMessage(i.message))).join(separator);
