// Stance toward each actor and the document's tone (SPEC §1.6): placeholder until it lands.
import type { Stage } from '../core/pipeline.js';
import type { EventsLayer } from '../events/events-stage.js';
import type { Stance } from '../model/analysis.js';
import type { QuotesInput, QuotesLayer } from './quotes-stage.js';

export interface StanceLayer { readonly stance: readonly Stance[]; readonly tone: number }

export type StanceInput = QuotesInput & EventsLayer & QuotesLayer;

export const stanceStage: Stage<StanceInput, StanceLayer> = {
  name: 'stance',
  run: () => ({ stance: [], tone: 0 }),
};
