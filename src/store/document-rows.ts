// An analysed article as the store's rows (pure): the document, its actors with mention counts,
// its events with a full day for windows and series, and its band keys.
import { documentDay } from '../core/document-day.js';
import type { Analysis, Event } from '../model/analysis.js';
import type { ActorsTable, BandsTable, DocumentsTable, EventsTable } from './schema.js';
import type { StoredArticle } from './store.js';

export interface DocumentRows {
  readonly document: DocumentsTable;
  readonly actors: ActorsTable[];
  readonly events: EventsTable[];
  readonly bands: BandsTable[];
}

/** "2022-07-13T10:00" → 2022-07-13; "2022-07" → 2022-07-01; "2014" → 2014-01-01; else null. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const day = documentDay(value);
  if (day) return day;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  return null;
}

const wordCount = (text: string): number => (text.match(/\S+/g) ?? []).length;

function eventRow(documentId: string, idx: number, e: Event, documentDay: string, site: string | null): EventsTable {
  return {
    document_id: documentId,
    idx,
    source_id: e.source?.id ?? null,
    source_country: e.source?.country ?? null,
    source_code: e.source?.code ?? null,
    target_id: e.target?.id ?? null,
    target_country: e.target?.country ?? null,
    target_code: e.target?.code ?? null,
    cameo: e.cameo,
    root: e.root,
    quad_class: e.quadClass,
    goldstein: e.goldstein,
    plover_type: e.plover?.type ?? null,
    plover_mode: e.plover?.mode ?? null,
    modality: e.modality,
    date: e.date?.value ?? null,
    date_basis: e.date?.basis ?? null,
    day: dayOf(e.date?.value) ?? documentDay,
    location: e.location,
    site,
    sentence: e.sentence,
    span_start: e.span.start,
    span_end: e.span.end,
    text: e.text,
    mentions: e.mentions.length || 1,
  };
}

export function documentRows(article: StoredArticle, ingestedAt: string): DocumentRows {
  const a: Analysis = article.analysis;
  const day = dayOf(a.published) ?? ingestedAt.slice(0, 10);
  return {
    document: {
      id: a.id,
      content_hash: article.contentHash,
      uri: article.sourceUri,
      canonical_url: article.canonicalUrl,
      title: a.title,
      published: a.published,
      day,
      site: a.site,
      category: a.category,
      author: a.author,
      language: a.language,
      views: a.views,
      text: a.text,
      word_count: wordCount(a.text),
      tone: a.tone,
      content_from: a.contentDate?.from ?? null,
      content_to: a.contentDate?.to ?? null,
      recycled: a.recycled === null ? null : Number(a.recycled),
      analysis: JSON.stringify(a),
      analyzer_version: article.analyzerVersion,
      ingested_at: ingestedAt,
    },
    actors: a.actors.map((x) => ({ document_id: a.id, actor_id: x.id, name: x.name, kind: x.kind, country: x.country, code: x.code, mentions: x.mentions.length })),
    events: a.events.map((e, i) => eventRow(a.id, i, e, day, a.site)),
    bands: article.bands.map((key, band) => ({ band, key, document_id: a.id })),
  };
}
