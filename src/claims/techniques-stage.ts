// Persuasion techniques (SPEC §2.3): span-level flags with the cue that fired and an honest
// confidence. See technique-flags.ts for how, and data/techniques/README.md for the cue lists
// and each structural detector.
import type { Stage } from '../core/pipeline.js';
import type { Technique } from '../model/analysis.js';
import { techniqueFlags } from './technique-flags.js';
import type { StanceInput, StanceLayer } from './stance-stage.js';
import { defaultTechniqueCues, type TechniqueCues } from './technique-cues.js';

export interface TechniquesLayer { readonly techniques: readonly Technique[] }

/** The stance layer is read when present (a predicted harm to an actor the article is hostile to is no appeal to fear). */
export type TechniquesInput = StanceInput & Partial<StanceLayer>;

/** The stage with these cue lists (tests, users' own lists). */
export function techniquesStageWith(cues: TechniqueCues): Stage<TechniquesInput, TechniquesLayer> {
  return {
    name: 'techniques',
    run: (doc) => ({
      techniques: techniqueFlags({
        text: doc.text,
        title: doc.meta.title,
        sentences: doc.sentences,
        paragraphs: doc.paragraphs,
        actors: doc.actors,
        quotes: doc.quotes,
        events: doc.events,
        stance: doc.stance ?? [],
      }, cues),
    }),
  };
}

/** The stage with the bundled cue lists (data/techniques/cues.json), read on first use. */
export const techniquesStage: Stage<TechniquesInput, TechniquesLayer> = {
  name: 'techniques',
  run: (doc) => techniquesStageWith(defaultTechniqueCues()).run(doc),
};
