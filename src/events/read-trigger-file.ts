// Reads and validates one event trigger dictionary (the bundled data/events/triggers.json or a
// user's own). As with the CAMEO catalogue, any bad entry fails the whole file loudly
// (DataFileError) instead of being skipped: a skipped trigger would silently change which events
// are coded. Every problem of the file is reported at once, each named by its list, index and lemma.
import type { z } from 'zod';
import { readJsonDataFile, zodIssues } from '../core/data-file.js';
import { DataFileError } from '../core/errors.js';
import type { CameoCatalogue } from './cameo-catalogue.js';
import { GAP, SELF, TRIGGERS_FORMAT, TRIGGERS_VERSION, toTrigger, triggerEntrySchema, triggersFileSchema } from './trigger-schema.js';
import type { Trigger, TriggerEntry } from './trigger-schema.js';

const FORMAT_HINT = `expected an object { "$schema": "${TRIGGERS_FORMAT}", "version": ${TRIGGERS_VERSION}, "verbs": [ … ], "nouns": [ … ] }`;

const issueList = (error: z.ZodError): string => zodIssues(error, ', ');

function lemmaOf(value: unknown): string | undefined {
  const lemma = typeof value === 'object' && value !== null ? (value as { lemma?: unknown }).lemma : undefined;
  return typeof lemma === 'string' ? lemma.trim() : undefined;
}

/** `verbs[3] "restore"`, or `verbs[3]` when the entry has no lemma. */
function labelOf(list: string, value: unknown, index: number): string {
  const lemma = lemmaOf(value);
  return lemma === undefined ? `${list}[${index}]` : `${list}[${index}] "${lemma}"`;
}

/**
 * What the schema cannot see: codes the catalogue does not list (a code the coder could not
 * score), an entry that can never code anything, and gaps that match nothing yet would count as
 * slots when the longest pattern is chosen.
 */
function entryProblems(entry: TriggerEntry, catalogue: CameoCatalogue): string[] {
  const problems: string[] = [];
  for (const c of [entry.code, entry.reverse, entry.complement]) if (c && !catalogue.has(c)) problems.push(`code "${c}" is not in the CAMEO catalogue`);
  if (entry.code === null && entry.patterns.length === 0) problems.push('codes nothing: code is null and there are no patterns');
  entry.patterns.forEach((p, i) => {
    const label = `patterns[${i}] "${p.words}"`;
    for (const c of [p.code, p.reverse]) if (c && !catalogue.has(c)) problems.push(`${label}: code "${c}" is not in the CAMEO catalogue`);
    const slots = p.words.trim().split(/\s+/);
    if (slots[slots.length - 1] === GAP) problems.push(`${label}: must not end with ${GAP}`);
    if (slots.some((s, j) => s === GAP && slots[j + 1] === SELF)) problems.push(`${label}: ${GAP} must not stand right before ${SELF}`);
    if (slots.some((s, j) => s === GAP && slots[j + 1] === GAP)) problems.push(`${label}: two ${GAP} in a row`);
  });
  return problems;
}

function readList(list: 'verbs' | 'nouns', values: readonly unknown[], catalogue: CameoCatalogue, problems: string[]): Trigger[] {
  const pos = list === 'verbs' ? 'verb' : 'noun';
  const triggers: Trigger[] = [];
  // Every entry with a string lemma counts, valid or not, so a bad first entry still makes the
  // second one a reported duplicate.
  const seen = new Map<string, string>();
  values.forEach((value, index) => {
    const label = labelOf(list, value, index);
    const lemma = lemmaOf(value);
    const first = lemma === undefined ? undefined : seen.get(lemma);
    if (first !== undefined) problems.push(`${label}: duplicate lemma, already at ${first}`);
    else if (lemma !== undefined) seen.set(lemma, label);
    const parsed = triggerEntrySchema.safeParse(value);
    if (!parsed.success) {
      problems.push(`${label}: ${issueList(parsed.error)}`);
      return;
    }
    const found = entryProblems(parsed.data, catalogue);
    if (found.length) problems.push(...found.map((p) => `${label}: ${p}`));
    else triggers.push(toTrigger(parsed.data, pos));
  });
  return triggers;
}

/** The verbs and nouns of one trigger file, every code checked against `catalogue`; DataFileError listing all problems. */
export function readTriggerFile(file: string, catalogue: CameoCatalogue): { verbs: Trigger[]; nouns: Trigger[] } {
  const { raw } = readJsonDataFile(file, 'trigger dictionary');
  const envelope = triggersFileSchema.safeParse(raw);
  if (!envelope.success) throw new DataFileError(file, `not a trigger dictionary (${issueList(envelope.error)}): ${FORMAT_HINT}`);

  const problems: string[] = [];
  const verbs = readList('verbs', envelope.data.verbs, catalogue, problems);
  const nouns = readList('nouns', envelope.data.nouns, catalogue, problems);
  if (problems.length) {
    throw new DataFileError(file, `${problems.length} problem${problems.length === 1 ? '' : 's'} in the trigger dictionary: ${problems.join('; ')}`);
  }
  return { verbs, nouns };
}
