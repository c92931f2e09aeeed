// The event trigger dictionary: which verb and noun lemmas code which CAMEO events, looked up by
// lemma. It is built from one or more trigger files; a later file extends the earlier ones and
// replaces their entry for any lemma it lists again, so users add to or correct the bundled
// dictionary with a file of their own instead of editing it. A file is ours (JSON, see
// data/events/README.md) or a PETRARCH verb dictionary (any other text; petrarch-triggers.ts says
// how its entries join the earlier ones).
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../core/diagnostic.js';
import { DataFileError, errorMessage } from '../core/errors.js';
import { loadCameoCatalogue } from './cameo-catalogue.js';
import type { CameoCatalogue } from './cameo-catalogue.js';
import { defaultTriggersFile } from './package-root.js';
import { petrarchTriggers, type TriggerUpdate } from './petrarch-triggers.js';
import { readPetrarchVerbText } from './read-petrarch-verbs.js';
import { readTriggerFile } from './read-trigger-file.js';
import type { Trigger } from './trigger-schema.js';

export type { PatternSlot, Trigger, TriggerPattern, TriggerRole } from './trigger-schema.js';

export class TriggerDictionary implements Iterable<Trigger> {
  readonly #verbs: ReadonlyMap<string, Trigger>;
  readonly #nouns: ReadonlyMap<string, Trigger>;
  readonly #forms: ReadonlyMap<string, Trigger>;

  /**
   * `files` as loaded, in order; each lemma appears at most once per part of speech.
   * `diagnostics`: what loading the files found worth saying (PETRARCH files: what was skipped).
   */
  constructor(readonly files: readonly string[], verbs: Iterable<Trigger>, nouns: Iterable<Trigger>, readonly diagnostics: readonly Diagnostic[] = []) {
    this.#verbs = new Map([...verbs].map((t) => [t.lemma, t]));
    this.#nouns = new Map([...nouns].map((t) => [t.lemma, t]));
    this.#forms = new Map([...this.#verbs.values()].flatMap((t) => (t.forms ?? []).map((f) => [f, t] as const)));
  }

  /** The verb trigger for a lemma; lower-cased first, as a sentence-initial word may keep its capital. */
  verb(lemma: string): Trigger | undefined {
    return this.#verbs.get(lemma.toLowerCase());
  }

  /** The verb trigger that lists this surface form as its own ("left" of PETRARCH's LEFT), if any. */
  form(surface: string): Trigger | undefined {
    return this.#forms.get(surface.toLowerCase());
  }

  noun(lemma: string): Trigger | undefined {
    return this.#nouns.get(lemma.toLowerCase());
  }

  /** Verb and noun entries together. */
  get size(): number {
    return this.#verbs.size + this.#nouns.size;
  }

  /** The verbs, then the nouns, each in file order (an overriding entry keeps the place of the one it replaced). */
  *[Symbol.iterator](): Iterator<Trigger> {
    yield* this.#verbs.values();
    yield* this.#nouns.values();
  }
}

/** A PETRARCH entry joined to the earlier one for its lemma (see petrarch-triggers.ts). */
function join(earlier: Trigger | undefined, u: TriggerUpdate): Trigger {
  if (!earlier) return u.trigger;
  if (u.merge === 'extend') return { ...earlier, patterns: [...u.trigger.patterns, ...earlier.patterns] };
  const preps = [...new Set([...(u.trigger.preps ?? []), ...(earlier.preps ?? [])])];
  return { ...u.trigger, role: earlier.role, ...(preps.length ? { preps } : {}) };
}

/** Ours when the file is .json or its text opens with `{`; otherwise a PETRARCH verb dictionary. */
function isJson(file: string): boolean {
  if (file.endsWith('.json')) return true;
  if (file.endsWith('.txt')) return false;
  try {
    return readFileSync(file, 'utf8').trimStart().startsWith('{');
  } catch {
    return true; // let the JSON reader report the unreadable file
  }
}

function readPetrarchFile(file: string, catalogue: CameoCatalogue): { updates: TriggerUpdate[]; diagnostics: Diagnostic[] } {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    throw new DataFileError(file, `cannot read the verb dictionary: ${errorMessage(e)}`);
  }
  const text = readPetrarchVerbText(source, file);
  if (!text.blocks.length) throw new DataFileError(file, 'not a trigger dictionary: neither JSON in our format nor a PETRARCH verb dictionary (no "--- VERB [code] ---" block)');
  const read = petrarchTriggers(text, file, catalogue);
  return { updates: read.updates, diagnostics: [...text.diagnostics, ...read.diagnostics] };
}

/**
 * Loads the trigger files in order, later files overriding earlier ones by lemma (verbs and nouns
 * separately); the bundled data/events/triggers.json by default. Every code of our JSON files
 * must be listed in `catalogue` (DataFileError naming all problems of the first bad file); a
 * PETRARCH file's unlisted codes are kept, with an info diagnostic each.
 */
export function loadTriggers(
  files: readonly string[] = [defaultTriggersFile()],
  catalogue: CameoCatalogue = loadCameoCatalogue(),
): TriggerDictionary {
  const verbs = new Map<string, Trigger>();
  const nouns = new Map<string, Trigger>();
  const diagnostics: Diagnostic[] = [];
  for (const file of files) {
    if (!isJson(file)) {
      const read = readPetrarchFile(file, catalogue);
      diagnostics.push(...read.diagnostics);
      for (const u of read.updates) verbs.set(u.trigger.lemma, join(verbs.get(u.trigger.lemma), u));
      continue;
    }
    const read = readTriggerFile(file, catalogue);
    for (const t of read.verbs) verbs.set(t.lemma, t);
    for (const t of read.nouns) nouns.set(t.lemma, t);
  }
  return new TriggerDictionary(files, verbs.values(), nouns.values(), diagnostics);
}
