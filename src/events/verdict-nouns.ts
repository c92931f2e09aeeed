// The nouns that name a wrong (data/events/verdict-nouns.json): said of an act "by" an actor in a
// reported clause, they make the statement an accusation. Validated on load.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { packageRoot } from '../core/package-root.js';
import { DataFileError, errorMessage } from '../core/errors.js';
import type { TaggedToken } from './tag-sentence.js';

const fileSchema = z.strictObject({
  $schema: z.literal('entente/verdict-nouns'),
  version: z.literal(1),
  note: z.string().optional(),
  accusations: z.array(z.string().regex(/^[a-z][a-z -]*$/, 'must be a lower-case noun')).min(1),
});

let cached: ReadonlySet<string> | undefined;

/** The accusation nouns, lower-case (a two-word noun as "war crime"). */
export function accusationNouns(): ReadonlySet<string> {
  if (cached) return cached;
  const file = join(packageRoot(), 'data', 'events', 'verdict-nouns.json');
  let parsed: z.infer<typeof fileSchema>;
  try {
    parsed = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new DataFileError(file, errorMessage(e));
  }
  return (cached = new Set(parsed.accusations));
}

/** The index of the last word of an accusation noun starting at `i` ("provocation", "war crime"), else -1. */
export function verdictNoun(tokens: readonly TaggedToken[], i: number): number {
  const nouns = accusationNouns();
  const one = tokens[i]?.lower;
  if (!one) return -1;
  const two = tokens[i + 1] ? `${one} ${tokens[i + 1]!.lower}` : '';
  if (two && nouns.has(two)) return i + 1;
  return nouns.has(one) && tokens[i]!.pos === 'NOUN' ? i : -1;
}
