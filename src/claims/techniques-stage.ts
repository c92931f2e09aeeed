// Persuasion techniques (SPEC §2.3): placeholder until it lands.
import type { Stage } from '../core/pipeline.js';
import type { Technique } from '../model/analysis.js';
import type { StanceInput } from './stance-stage.js';

export interface TechniquesLayer { readonly techniques: readonly Technique[] }

export const techniquesStage: Stage<StanceInput, TechniquesLayer> = {
  name: 'techniques',
  run: () => ({ techniques: [] }),
};
