// The version stamped on everything the store holds, so `ingest --reanalyse` knows what an
// upgrade must redo: the package's own version, read from its package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';

const read = (): string => {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
  return `${String(pkg.name ?? 'entente')}@${String(pkg.version ?? '0.0.0')}`;
};

export const ANALYZER_VERSION: string = read();
