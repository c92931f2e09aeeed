// When the text was really written (SPEC §1.7): placeholder until the dating stage lands.
import type { ActorsLayer } from '../actors/actors-stage.js';
import type { CompiledGazetteer } from '../actors/compile-gazetteer.js';
import type { Stage, WithDiagnostics } from '../core/pipeline.js';
import type { EventsLayer } from '../events/events-stage.js';
import type { ExtractLayer } from '../extract/extract-stage.js';
import type { ContentDate } from '../model/analysis.js';
import type { SegmentLayer } from '../text/text-stages.js';

export interface DatingLayer { readonly contentDate: ContentDate | null; readonly recycled: boolean | null }

export type DatingInput = ExtractLayer & SegmentLayer & ActorsLayer & EventsLayer & WithDiagnostics;

export function datingStage(_gazetteer: CompiledGazetteer): Stage<DatingInput, DatingLayer> {
  return { name: 'dating', run: () => ({ contentDate: null, recycled: null }) };
}
