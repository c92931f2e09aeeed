import type { Diagnostic } from '../core/diagnostic.js';
import type { Removal } from '../model/analysis.js';

/** Metadata found by extraction. `null` means not stated, never guessed. */
export interface ExtractedMeta {
  title: string | null;
  published: string | null;
  site: string | null;
  category: string | null;
  views: number | null;
  author: string | null;
  citedSources: string[];
  /** A language the page declares (`<html lang>`), BCP 47; detection decides when absent. */
  declaredLanguage: string | null;
}

/** The output of the extract stage: the cleaned body and what was taken out of the input. */
export interface Extracted {
  meta: ExtractedMeta;
  /** Cleaned body: paragraphs separated by a blank line ("\n\n"); lines inside a paragraph by "\n". */
  text: string;
  removed: Removal[];
  diagnostics: Diagnostic[];
}

export const emptyMeta = (): ExtractedMeta => ({
  title: null, published: null, site: null, category: null, views: null, author: null,
  citedSources: [], declaredLanguage: null,
});
