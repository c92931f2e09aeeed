// The event trigger dictionary: which verb and noun lemmas code which CAMEO events, looked up by
// lemma. It is built from one or more trigger files; a later file extends the earlier ones and
// replaces their entry for any lemma it lists again, so users add to or correct the bundled
// dictionary with a file of their own instead of editing it.
import { loadCameoCatalogue } from './cameo-catalogue.js';
import type { CameoCatalogue } from './cameo-catalogue.js';
import { defaultTriggersFile } from './package-root.js';
import { readTriggerFile } from './read-trigger-file.js';
import type { Trigger } from './trigger-schema.js';

export type { PatternSlot, Trigger, TriggerPattern, TriggerRole } from './trigger-schema.js';

export class TriggerDictionary implements Iterable<Trigger> {
  readonly #verbs: ReadonlyMap<string, Trigger>;
  readonly #nouns: ReadonlyMap<string, Trigger>;

  /** `files` as loaded, in order; each lemma appears at most once per part of speech. */
  constructor(readonly files: readonly string[], verbs: Iterable<Trigger>, nouns: Iterable<Trigger>) {
    this.#verbs = new Map([...verbs].map((t) => [t.lemma, t]));
    this.#nouns = new Map([...nouns].map((t) => [t.lemma, t]));
  }

  /** The verb trigger for a lemma; lower-cased first, as a sentence-initial word may keep its capital. */
  verb(lemma: string): Trigger | undefined {
    return this.#verbs.get(lemma.toLowerCase());
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

/**
 * Loads the trigger files in order, later files overriding earlier ones by lemma (verbs and nouns
 * separately); the bundled data/events/triggers.json by default. Every code must be listed in
 * `catalogue`; DataFileError naming all problems of the first bad file.
 */
export function loadTriggers(
  files: readonly string[] = [defaultTriggersFile()],
  catalogue: CameoCatalogue = loadCameoCatalogue(),
): TriggerDictionary {
  const verbs = new Map<string, Trigger>();
  const nouns = new Map<string, Trigger>();
  for (const file of files) {
    const read = readTriggerFile(file, catalogue);
    for (const t of read.verbs) verbs.set(t.lemma, t);
    for (const t of read.nouns) nouns.set(t.lemma, t);
  }
  return new TriggerDictionary(files, verbs.values(), nouns.values());
}
