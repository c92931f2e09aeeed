// The store's tables, one typed schema for every dialect (Kysely). Values are kept to types both
// SQLite and PostgreSQL return alike (text, integer, double precision), so the same query gives
// the same answer on both: booleans are 0/1 integers, dates ISO text, JSON is text.
export interface DocumentsTable {
  /** The Analysis id: a hash of the cleaned text. */
  id: string;
  /** Hash of the normalised text: equal for copies that differ only in case, quotes or spacing. */
  content_hash: string;
  uri: string;
  canonical_url: string | null;
  title: string | null;
  published: string | null;
  /** The day the article speaks for: its page date, else the day it was ingested. */
  day: string;
  site: string | null;
  category: string | null;
  author: string | null;
  language: string;
  views: number | null;
  text: string;
  word_count: number;
  tone: number;
  content_from: string | null;
  content_to: string | null;
  recycled: number | null;
  /** The whole Analysis as JSON: the contract read back by `getDocument`. */
  analysis: string;
  analyzer_version: string;
  ingested_at: string;
}

/** Every place an article was read from; several sources may hold one document. */
export interface SourcesTable {
  uri: string;
  document_id: string;
  canonical_url: string | null;
  /** The page date this source gave: a repost keeps its own. */
  published: string | null;
  analyzer_version: string;
  ingested_at: string;
}

export interface ActorsTable {
  document_id: string;
  actor_id: string;
  name: string;
  kind: string;
  country: string;
  code: string;
  mentions: number;
}

export interface EventsTable {
  document_id: string;
  idx: number;
  source_id: string | null;
  source_country: string | null;
  source_code: string | null;
  target_id: string | null;
  target_country: string | null;
  target_code: string | null;
  cameo: string;
  root: string;
  quad_class: number;
  goldstein: number;
  plover_type: string | null;
  plover_mode: string | null;
  modality: string;
  /** The event's date as coded ("2022-07-13", "2022-07", "2014"), or null. */
  date: string | null;
  date_basis: string | null;
  /** A full day for windows and series: the event's date completed to a day, else the document's day. */
  day: string;
  location: string | null;
  site: string | null;
  sentence: number;
  span_start: number;
  span_end: number;
  text: string;
  mentions: number;
}

/** MinHash-LSH band keys: documents sharing a (band, key) are near-duplicate candidates. */
export interface BandsTable {
  band: number;
  key: string;
  document_id: string;
}

export interface DuplicatesTable {
  document_id: string;
  other_id: string;
  kind: string;
  jaccard: number;
  containment: number;
}

export interface MetaTable {
  key: string;
  value: string;
}

/** Feeds' conditional-GET state: the validators each feed sent last time. */
export interface FeedsTable {
  url: string;
  etag: string | null;
  last_modified: string | null;
  checked_at: string;
}

/** One row per narrative a document carries (migration 0003-claims), for corpus-wide counts. */
export interface DocumentNarrativesTable {
  document_id: string;
  narrative_id: string;
  label: string;
  taxonomy: string | null;
  score: number;
}

/** One row per persuasion technique a document carries: how many flags, the highest confidence. */
export interface DocumentTechniquesTable {
  document_id: string;
  technique: string;
  flags: number;
  confidence: number;
}

export interface StoreSchema {
  documents: DocumentsTable;
  sources: SourcesTable;
  actors: ActorsTable;
  events: EventsTable;
  bands: BandsTable;
  duplicates: DuplicatesTable;
  store_meta: MetaTable;
  feeds: FeedsTable;
  document_narratives: DocumentNarrativesTable;
  document_techniques: DocumentTechniquesTable;
}
