// Narrative references (test/fixtures/narratives/NN-slug.narratives.json): the narratives an
// article pushes, annotated by hand, and precision and recall of what the stage found against
// them. A found narrative counts once per article, by id; the parents of an annotated
// sub-narrative are annotated too, since the stage reports them with it.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DataFileError } from '../core/errors.js';

export const narrativeReferenceSchema = z.strictObject({
  file: z.string().min(1),
  narratives: z.array(z.string().min(1)),
  why: z.string().optional(),
});
export type NarrativeReference = z.infer<typeof narrativeReferenceSchema>;

export function loadNarrativeReference(path: string): NarrativeReference {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new DataFileError(path, (e as Error).message);
  }
  const parsed = narrativeReferenceSchema.safeParse(raw);
  if (!parsed.success) throw new DataFileError(path, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

export interface NarrativeScore {
  readonly truePositive: number;
  readonly found: number;
  readonly expected: number;
  readonly precision: number;
  readonly recall: number;
  /** Per article: ids found but not annotated, and annotated but not found. */
  readonly errors: readonly { file: string; extra: string[]; missed: string[] }[];
}

export function scoreNarratives(items: readonly { reference: NarrativeReference; found: readonly string[] }[]): NarrativeScore {
  let truePositive = 0;
  let found = 0;
  let expected = 0;
  const errors: { file: string; extra: string[]; missed: string[] }[] = [];
  for (const { reference, found: ids } of items) {
    const want = new Set(reference.narratives);
    const got = new Set(ids);
    const hit = [...got].filter((id) => want.has(id)).length;
    truePositive += hit;
    found += got.size;
    expected += want.size;
    errors.push({ file: reference.file, extra: [...got].filter((id) => !want.has(id)), missed: [...want].filter((id) => !got.has(id)) });
  }
  return { truePositive, found, expected, precision: found ? truePositive / found : 1, recall: expected ? truePositive / expected : 1, errors };
}
