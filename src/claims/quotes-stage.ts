// Quotations and reported speech (SPEC §1.6): who said what, with the speaker resolved to an
// actor of the actors layer, the cue as written, and the content's span. See find-quotes.ts.
import type { ActorsLayer } from '../actors/actors-stage.js';
import type { Stage, WithDiagnostics } from '../core/pipeline.js';
import type { EventsLayer } from '../events/events-stage.js';
import type { ExtractLayer } from '../extract/extract-stage.js';
import type { Quote } from '../model/analysis.js';
import type { SegmentLayer } from '../text/text-stages.js';
import { findQuotes } from './find-quotes.js';
import { defaultSpeechCues, type SpeechCues } from './speech-cues.js';

export interface QuotesLayer { readonly quotes: readonly Quote[] }

export type QuotesInput = ExtractLayer & SegmentLayer & ActorsLayer & EventsLayer & WithDiagnostics;

/** The quotes stage with a given cue list (tests, users' own lists). */
export function quotesStageWith(cues: () => SpeechCues): Stage<QuotesInput, QuotesLayer> {
  return {
    name: 'quotes',
    run: ({ text, sentences, paragraphs, actors, events }) => findQuotes({ text, sentences, paragraphs, actors, events }, cues()),
  };
}

/** The quotes stage with the bundled cue list (data/quotes/speech-cues.json), read on first use. */
export const quotesStage: Stage<QuotesInput, QuotesLayer> = quotesStageWith(defaultSpeechCues);
