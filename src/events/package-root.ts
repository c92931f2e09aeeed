import { join } from 'node:path';
import { packageRoot } from '../core/package-root.js';

/** data/events/cameo.json of this package. */
export const defaultCameoFile = (): string => join(packageRoot(), 'data', 'events', 'cameo.json');

/** data/events/triggers.json of this package: the bundled event trigger dictionary. */
export const defaultTriggersFile = (): string => join(packageRoot(), 'data', 'events', 'triggers.json');
