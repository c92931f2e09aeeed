import { createHash } from 'node:crypto';
import { actorsStage } from './actors/actors-stage.js';
import { defaultGazetteer } from './actors/analyze-context.js';
import type { CompiledGazetteer } from './actors/compile-gazetteer.js';
import { defaultNarrativeCatalogue, type NarrativeCatalogue } from './claims/narrative-catalogue.js';
import { narrativesStage } from './claims/narratives-stage.js';
import { quotesStage } from './claims/quotes-stage.js';
import { stanceStage } from './claims/stance-stage.js';
import { techniquesStage } from './claims/techniques-stage.js';
import { applyStage } from './core/pipeline.js';
import { datingStage } from './dating/dating-stage.js';
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
  readonly narratives: NarrativeCatalogue;
}

export const defaultAnalyzeContext = (): AnalyzeContext => ({
  gazetteer: defaultGazetteer(),
  events: defaultEventCoder(),
  narratives: defaultNarrativeCatalogue(),
});

/** The pipeline (SPEC §1), one stage per line. Each stage adds a layer to an immutable document. */
export function analyzeDocument(source: SourceDocument, ctx: AnalyzeContext = defaultAnalyzeContext()): Analysis {
  const doc0 = { source, diagnostics: source.diagnostics };
  const doc1 = applyStage(doc0, extractStage);
  const doc2 = applyStage(doc1, segmentStage);
  const doc3 = applyStage(doc2, languageStage);
  const doc4 = applyStage(doc3, actorsStage(ctx.gazetteer));
  const doc5 = applyStage(doc4, eventsStage(ctx.events));
  const doc6 = applyStage(doc5, quotesStage);
  const doc7 = applyStage(doc6, stanceStage);
  const doc8 = applyStage(doc7, techniquesStage);
  const doc9 = applyStage(doc8, narrativesStage(ctx.narratives));
  const doc = applyStage(doc9, datingStage(ctx.gazetteer));
  const { meta, text } = doc;
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
    language: doc.language,
    text,
    removed: [...doc.removed],
    sentences: [...doc.sentences],
    paragraphs: [...doc.paragraphs],
    actors: [...doc.actors],
    events: [...doc.events],
    quotes: [...doc.quotes],
    stance: [...doc.stance],
    techniques: [...doc.techniques],
    narratives: [...doc.narratives],
    tone: doc.tone,
    contentDate: doc.contentDate,
    recycled: doc.recycled,
    diagnostics: [...doc.diagnostics],
  };
}
