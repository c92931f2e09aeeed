// Quotations and reported speech (SPEC §1.6): placeholder until the quotes stage lands.
import type { ActorsLayer } from '../actors/actors-stage.js';
import type { Stage, WithDiagnostics } from '../core/pipeline.js';
import type { ExtractLayer } from '../extract/extract-stage.js';
import type { Quote } from '../model/analysis.js';
import type { SegmentLayer } from '../text/text-stages.js';

export interface QuotesLayer { readonly quotes: readonly Quote[] }

export type QuotesInput = ExtractLayer & SegmentLayer & ActorsLayer & WithDiagnostics;

export const quotesStage: Stage<QuotesInput, QuotesLayer> = {
  name: 'quotes',
  run: () => ({ quotes: [] }),
};
