import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';

/** data/actors of this package. */
export const defaultActorsDir = (): string => join(packageRoot(), 'data', 'actors');
