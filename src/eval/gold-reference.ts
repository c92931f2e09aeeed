import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonDataFile } from '../core/data-file.js';
import { DataFileError } from '../core/errors.js';

// The reference format of ../shared/gold/*.json. Every family is optional, so a reference may
// check only metadata and text (as our own fixtures do).
const codes = z.array(z.string());
const goldEvent = z.object({ source: codes, target: codes, root: codes, required: z.boolean().optional(), note: z.string().optional() });

export const goldReferenceSchema = z.object({
  file: z.string().min(1),
  meta: z.object({
    title_startsWith: z.string().optional(),
    published: z.string().nullable().optional(),
    category: z.string().nullable().optional(),
    views: z.number().nullable().optional(),
    site: z.string().nullable().optional(),
    citedSources: z.array(z.string()).optional(),
  }).optional(),
  text_mustNotContain: z.array(z.string()).optional(),
  text_mustContain: z.array(z.string()).optional(),
  sentences_min: z.number().int().optional(),
  actors_mustInclude: codes.optional(),
  people: z.array(z.object({ name: z.string(), surfaces: z.array(z.string()).min(1), country: z.string() })).optional(),
  events: z.array(goldEvent).optional(),
  forbidden: z.array(goldEvent).optional(),
  quotes: z.array(z.object({ speaker: codes, contains: z.string() })).optional(),
  techniques: z.array(z.object({ technique: z.string(), contains: z.string() })).optional(),
  stance: z.array(z.object({ actor: z.string(), sign: z.enum(['positive', 'negative']) })).optional(),
  contentDate: z.object({ from: z.string(), to: z.string() }).nullable().optional(),
  recycled: z.boolean().nullable().optional(),
});

export type GoldReference = z.infer<typeof goldReferenceSchema>;
export type GoldEvent = z.infer<typeof goldEvent>;

export function parseGoldReference(raw: unknown, file: string): GoldReference {
  const r = goldReferenceSchema.safeParse(raw);
  if (!r.success) throw new DataFileError(file, z.prettifyError(r.error));
  return r.data;
}

/** Reads every `*.json` reference in a folder (sorted), validating each. */
export function loadGoldDir(dir: string): GoldReference[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((name) => {
    const file = join(dir, name);
    return parseGoldReference(readJsonDataFile(file, 'reference file').raw, file);
  });
}
