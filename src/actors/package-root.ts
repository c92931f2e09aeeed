// The folder of the installed package (the one holding package.json), found by walking up
// from this compiled file, so the default dictionaries are found whatever the working directory.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function findPackageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/** data/actors of this package. */
export const defaultActorsDir = (): string =>
  join(findPackageRoot(dirname(fileURLToPath(import.meta.url))), 'data', 'actors');
