// The folder of the installed package (the one holding package.json), found by walking up from
// the compiled file, so bundled data is found whatever the working directory.
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

export const packageRoot = (): string => findPackageRoot(dirname(fileURLToPath(import.meta.url)));
