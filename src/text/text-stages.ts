import type { Stage, WithDiagnostics } from '../core/pipeline.js';
import type { ExtractLayer } from '../extract/extract-stage.js';
import type { Span } from '../model/span.js';
import { detectLanguage } from './detect-language.js';
import { segment } from './segment.js';

export interface SegmentLayer { readonly paragraphs: readonly Span[]; readonly sentences: readonly Span[] }
export interface LanguageLayer { readonly language: string }

export const segmentStage: Stage<ExtractLayer & WithDiagnostics, SegmentLayer> = {
  name: 'segment',
  run: ({ text }) => segment(text),
};

export const languageStage: Stage<ExtractLayer & WithDiagnostics, LanguageLayer> = {
  name: 'language',
  run: ({ text, meta }) => ({ language: detectLanguage(text, meta.declaredLanguage).language }),
};
