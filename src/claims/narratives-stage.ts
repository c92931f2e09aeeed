// Narratives from the catalogue (SPEC §2.4): placeholder until it lands.
import type { Stage } from '../core/pipeline.js';
import type { Narrative } from '../model/analysis.js';
import type { NarrativeCatalogue } from './narrative-catalogue.js';
import type { StanceInput, StanceLayer } from './stance-stage.js';
import type { TechniquesLayer } from './techniques-stage.js';

export interface NarrativesLayer { readonly narratives: readonly Narrative[] }

export type NarrativesInput = StanceInput & StanceLayer & TechniquesLayer;

export function narrativesStage(_catalogue: NarrativeCatalogue): Stage<NarrativesInput, NarrativesLayer> {
  return { name: 'narratives', run: () => ({ narratives: [] }) };
}
