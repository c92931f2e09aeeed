import { createHash } from 'node:crypto';
import { actorsStage } from './actors/actors-stage.js';
import { defaultGazetteer } from './actors/analyze-context.js';
import type { CompiledGazetteer } from './actors/compile-gazetteer.js';
import { applyStage } from './core/pipeline.js';
import { defaultEventCoder } from './events/event-coder.js';
import { eventsStage, type EventCoder } from './events/events-stage.js';
import { extractStage } from './extract/extract-stage.js';
import type { SourceDocument } from './ingest/source-document.js';
import type { Analysis } from './model/analysis.js';
import { languageStage, segmentStage } from './text/text-stages.js';

/** Stable id of an article: a hash of its cleaned text, so the same body from two places is one article. */
export const analysisId = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 24);

/** What the stages need besides the article: dictionaries, compiled once per process. */
export interface AnalyzeContext {
  readonly gazetteer: CompiledGazetteer;
  readonly events: EventCoder;
}

export const defaultAnalyzeContext = (): AnalyzeContext => ({ gazetteer: defaultGazetteer(), events: defaultEventCoder() });

/**
 * The pipeline (SPEC §1), one stage per line. Each stage adds a layer to an immutable document;
 * claims and dating are added here as their stages land, and until then their Analysis fields
 * are empty rather than invented.
 */
export function analyzeDocument(source: SourceDocument, ctx: AnalyzeContext = defaultAnalyzeContext()): Analysis {
  const doc0 = { source, diagnostics: source.diagnostics };
  const doc1 = applyStage(doc0, extractStage);
  const doc2 = applyStage(doc1, segmentStage);
  const doc3 = applyStage(doc2, languageStage);
  const doc4 = applyStage(doc3, actorsStage(ctx.gazetteer));
  const doc5 = applyStage(doc4, eventsStage(ctx.events));
  const { meta, text } = doc5;
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
    language: doc5.language,
    text,
    removed: [...doc5.removed],
    sentences: [...doc5.sentences],
    paragraphs: [...doc5.paragraphs],
    actors: [...doc5.actors],
    events: [...doc5.events],
    quotes: [],
    stance: [],
    techniques: [],
    narratives: [],
    tone: 0,
    contentDate: null,
    recycled: null,
    diagnostics: [...doc5.diagnostics],
  };
}
