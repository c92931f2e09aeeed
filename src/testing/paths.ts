// Where tests find fixtures. Tests run from dist/, so paths are resolved from the package root,
// not from the compiled file. `sharedDir` is null in a user's clone (no ../shared beside it):
// tests that need it skip with a message saying so.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../core/package-root.js';

export const projectRoot = packageRoot();

export const fixture = (...parts: string[]): string => join(projectRoot, 'test', 'fixtures', ...parts);

const shared = resolve(projectRoot, '..', 'shared');
export const sharedDir: string | null = existsSync(join(shared, 'SPEC.md')) ? shared : null;

/** Message for `t.skip()` / `{ skip }` when ../shared is absent. */
export const NO_SHARED = 'skipped: ../shared is absent (development data is read from there, never copied)';
