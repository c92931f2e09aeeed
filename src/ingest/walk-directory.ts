// Directory walk in a stable order, yielding files as it goes: a corpus of 100k files starts
// flowing at once, and only one directory's names are held per level.
import { join } from 'node:path';
import { SourceError } from '../core/errors.js';
import type { FileStat, FileSystem } from './file-system.js';
import { readErrorReason } from './source-failure.js';

export type WalkEntry =
  | { readonly ok: true; readonly path: string; readonly stat: FileStat }
  | { readonly ok: false; readonly error: SourceError };

const identity = (stat: FileStat): string => `${stat.dev}:${stat.ino}`;

/** Dotfiles and dot-directories (`.git`, `.DS_Store`) are never articles. */
const isHidden = (name: string): boolean => name.startsWith('.');

async function* walk(
  fs: FileSystem,
  dir: string,
  include: (name: string) => boolean,
  ancestors: ReadonlySet<string>,
): AsyncGenerator<WalkEntry> {
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((name) => !isHidden(name)).sort();
  } catch (error) {
    yield { ok: false, error: new SourceError(dir, `cannot read directory: ${readErrorReason(error)}`) };
    return;
  }
  for (const name of names) {
    const path = join(dir, name);
    let stat: FileStat;
    try {
      stat = await fs.stat(path);
    } catch (error) {
      // A dangling link to something we would not read anyway is not worth a failure.
      if (include(name)) yield { ok: false, error: new SourceError(path, readErrorReason(error)) };
      continue;
    }
    if (stat.isDirectory()) {
      if (!ancestors.has(identity(stat))) yield* walk(fs, path, include, new Set([...ancestors, identity(stat)]));
    } else if (include(name)) {
      yield { ok: true, path, stat };
    }
  }
}

/**
 * Files under `dir` (whose stat is `dirStat`) that `include` accepts by name, depth first, names
 * sorted by code unit (the same order on every machine and locale). An unreadable directory is
 * one failure; the walk goes on beside it. Symlinks are followed, but a directory is never
 * entered from inside itself.
 */
export function walkDirectory(
  fs: FileSystem,
  dir: string,
  dirStat: FileStat,
  include: (name: string) => boolean,
): AsyncGenerator<WalkEntry> {
  return walk(fs, dir, include, new Set([identity(dirStat)]));
}
