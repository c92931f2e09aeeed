// The technique cue lists, indexed for matching: a cue is looked up by its first slot, so each
// token of the text is checked only against the few cues that can start there.
import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';
import { readTechniqueCueFile, type Cue } from './technique-cue-file.js';

export type { Cue } from './technique-cue-file.js';

/** Prefix cues are indexed by their first three letters (a prefix has at least three). */
const PREFIX_KEY = 3;
const NONE: readonly Cue[] = [];

export class TechniqueCues {
  readonly #byWord = new Map<string, Cue[]>();
  readonly #byPrefix = new Map<string, Cue[]>();
  /** Cues whose first slot is an actor mention or a quotation mark. */
  readonly actorFirst: readonly Cue[];
  readonly quoteFirst: readonly Cue[];

  constructor(readonly cues: readonly Cue[]) {
    const actorFirst: Cue[] = [];
    const quoteFirst: Cue[] = [];
    const add = (map: Map<string, Cue[]>, key: string, cue: Cue): void => {
      const list = map.get(key);
      if (list) list.push(cue); else map.set(key, [cue]);
    };
    for (const cue of cues) {
      const first = cue.compiled.slots[0];
      if (first?.kind === 'actor') actorFirst.push(cue);
      else if (first?.kind === 'quote') quoteFirst.push(cue);
      else if (first?.kind === 'words') {
        for (const w of first.exact) add(this.#byWord, w, cue);
        for (const p of first.prefixes) add(this.#byPrefix, p.slice(0, PREFIX_KEY), cue);
      }
    }
    this.actorFirst = actorFirst;
    this.quoteFirst = quoteFirst;
  }

  /** Cues whose first slot may match a token of this normalised text (candidates, not matches). */
  startingWith(word: string): readonly Cue[] {
    const exact = this.exactFirst(word);
    const prefixed = this.prefixFirst(word);
    if (prefixed.length === 0) return exact;
    return exact.length ? [...exact, ...prefixed] : prefixed;
  }

  /** The part of `startingWith` whose first slot names the word itself. */
  exactFirst(word: string): readonly Cue[] {
    return this.#byWord.get(word) ?? NONE;
  }

  /** The part of `startingWith` whose first slot is a prefix of the word. */
  prefixFirst(word: string): readonly Cue[] {
    return (word.length >= PREFIX_KEY ? this.#byPrefix.get(word.slice(0, PREFIX_KEY)) : undefined) ?? NONE;
  }
}

/** data/techniques/cues.json of this package. */
export const defaultCuesFile = (): string => join(packageRoot(), 'data', 'techniques', 'cues.json');

/** Cue lists from files read in order (later files add cues); the bundled one by default. */
export const loadTechniqueCues = (files: readonly string[] = [defaultCuesFile()]): TechniqueCues =>
  new TechniqueCues(files.flatMap((f) => readTechniqueCueFile(f)));

let shared: TechniqueCues | null = null;

/** The bundled cue lists, read on first use and shared by every article of the process. */
export function defaultTechniqueCues(): TechniqueCues {
  shared ??= loadTechniqueCues();
  return shared;
}
