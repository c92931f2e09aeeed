import { createHash } from 'node:crypto';
import { applyStage } from './core/pipeline.js';
import { extractStage } from './extract/extract-stage.js';
import type { SourceDocument } from './ingest/source-document.js';
import type { Analysis } from './model/analysis.js';
import { languageStage, segmentStage } from './text/text-stages.js';

/** Stable id of an article: a hash of its cleaned text, so the same body from two places is one article. */
export const analysisId = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 24);

/**
 * The pipeline (SPEC §1), one stage per line. Each stage adds a layer to an immutable document;
 * actors, events, claims and dating are added here as their stages land, and until then their
 * Analysis fields are empty rather than invented.
 */
export function analyzeDocument(source: SourceDocument): Analysis {
  const doc0 = { source, diagnostics: source.diagnostics };
  const doc1 = applyStage(doc0, extractStage);
  const doc2 = applyStage(doc1, segmentStage);
  const doc3 = applyStage(doc2, languageStage);
  const { meta, text } = doc3;
  return {
    id: analysisId(text),
    uri: source.uri,
    title: meta.title,
    published: meta.published,
    site: meta.site,
    category: meta.category,
    views: meta.views,
    author: meta.author,
    citedSources: meta.citedSources,
    language: doc3.language,
    text,
    removed: [...doc3.removed],
    sentences: [...doc3.sentences],
    paragraphs: [...doc3.paragraphs],
    actors: [],
    events: [],
    quotes: [],
    stance: [],
    techniques: [],
    narratives: [],
    tone: 0,
    contentDate: null,
    recycled: null,
    diagnostics: [...doc3.diagnostics],
  };
}
