import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';

/** data/events/cameo.json of this package. */
export const defaultCameoFile = (): string => join(packageRoot(), 'data', 'events', 'cameo.json');
