// Reads and validates the CAMEO catalogue. The catalogue is ours and every event's codes come
// from it, so any bad entry fails the whole file loudly (DataFileError) instead of being skipped:
// a skipped code would silently change how events are coded. All problems are reported at once.
import { readJsonDataFile, zodIssues } from '../core/data-file.js';
import type { z } from 'zod';
import { DataFileError } from '../core/errors.js';
import { CAMEO_FORMAT, CAMEO_VERSION, cameoEntrySchema, cameoFileSchema, toCameoCode } from './cameo-schema.js';
import type { CameoCode } from './cameo-schema.js';

const FORMAT_HINT = `expected an object { "$schema": "${CAMEO_FORMAT}", "version": ${CAMEO_VERSION}, "codes": [ … ] }`;

// Zod says "Invalid input: expected string, received undefined" for a missing field.
const issueList = (error: z.ZodError): string => zodIssues(error, ', ');

function codeOf(value: unknown): string | undefined {
  const code = typeof value === 'object' && value !== null ? (value as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : undefined;
}

/** `codes[7] "072"`, or `codes[7]` when the entry has no code. */
function labelOf(value: unknown, index: number): string {
  const code = codeOf(value);
  return code === undefined ? `codes[${index}]` : `codes[${index}] "${code}"`;
}

/** Checks across the valid entries: root = first two digits, a parent for each 3/4-digit code, one quad class per root. */
function crossProblems(placed: readonly { code: CameoCode; label: string }[], listed: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const roots = new Map(placed.filter((p) => p.code.code.length === 2).map((p) => [p.code.code, p.code]));
  for (const { code: c, label } of placed) {
    if (c.root !== c.code.slice(0, 2)) {
      problems.push(`${label}: root "${c.root}" is not the code's first two digits "${c.code.slice(0, 2)}"`);
      continue;
    }
    const parent = c.code.slice(0, -1);
    if (c.code.length > 2 && !listed.has(parent)) problems.push(`${label}: no parent code "${parent}" in the catalogue`);
    const root = roots.get(c.root);
    if (root && root.quadClass !== c.quadClass) {
      problems.push(`${label}: quadClass ${c.quadClass} differs from its root "${c.root}" (quadClass ${root.quadClass})`);
    }
  }
  return problems;
}

export function readCameoFile(file: string): CameoCode[] {
  const { raw } = readJsonDataFile(file, 'CAMEO catalogue');
  const envelope = cameoFileSchema.safeParse(raw);
  if (!envelope.success) throw new DataFileError(file, `not a CAMEO catalogue (${issueList(envelope.error)}): ${FORMAT_HINT}`);

  const problems: string[] = [];
  const placed: { code: CameoCode; label: string }[] = [];
  // Every entry with a string code counts as listed, valid or not, so that one bad entry is
  // reported once rather than again as a missing parent of its children.
  const listed = new Map<string, string>();
  envelope.data.codes.forEach((value, index) => {
    const label = labelOf(value, index);
    const code = codeOf(value);
    const first = code === undefined ? undefined : listed.get(code);
    if (first !== undefined) problems.push(`${label}: duplicate code, already at ${first}`);
    else if (code !== undefined) listed.set(code, label);
    const parsed = cameoEntrySchema.safeParse(value);
    if (parsed.success) placed.push({ code: toCameoCode(parsed.data), label });
    else problems.push(`${label}: ${issueList(parsed.error)}`);
  });
  problems.push(...crossProblems(placed, listed));
  if (problems.length) {
    throw new DataFileError(file, `${problems.length} problem${problems.length === 1 ? '' : 's'} in the CAMEO catalogue: ${problems.join('; ')}`);
  }
  return placed.map((p) => p.code);
}
