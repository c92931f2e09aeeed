// The corpus store's interface (SPEC §4): what ingest writes and the queries, API and exports
// read. One implementation over Kysely serves SQLite and PostgreSQL; the same contract tests run
// against both (store-contract.test.ts).
import type { Analysis } from '../model/analysis.js';
import type { ReadQueries } from './read-queries.js';

export type StoreDialect = 'sqlite' | 'postgres';

/** An analysed article ready to store, with where it came from. */
export interface StoredArticle {
  readonly analysis: Analysis;
  /** Where it was read from this time (path, URL, JSONL id). */
  readonly sourceUri: string;
  readonly canonicalUrl: string | null;
  /** Hash of the normalised text (exact duplicates share it). */
  readonly contentHash: string;
  /** MinHash-LSH band keys of the text, one per band. */
  readonly bands: readonly string[];
  readonly analyzerVersion: string;
}

/**
 * - `added`: a new document.
 * - `unchanged`: this source already holds this document, analysed by this version.
 * - `new-source`: a known document read from another place (an exact copy).
 * - `reanalysed`: a known document, stored again by a newer analyser.
 */
export type PutStatus = 'added' | 'unchanged' | 'new-source' | 'reanalysed';

export interface Page { readonly limit: number; readonly offset?: number }

export interface EventFilter {
  /** An actor on either side: actor id, country or code. */
  readonly actor?: string;
  readonly source?: string;
  readonly target?: string;
  /** Exact actor codes on the event ("RUSGOV"): a network edge's own events. */
  readonly sourceCode?: string;
  readonly targetCode?: string;
  /** A CAMEO code or its prefix ("19", "190", "0841"). */
  readonly code?: string;
  readonly quadClass?: 1 | 2 | 3 | 4;
  /** Inclusive days, YYYY-MM-DD. */
  readonly from?: string;
  readonly to?: string;
  readonly site?: string;
  readonly modality?: string;
  readonly documentId?: string;
}

export interface EventRow {
  readonly documentId: string;
  readonly idx: number;
  readonly source: { id: string; country: string; code: string } | null;
  readonly target: { id: string; country: string; code: string } | null;
  readonly cameo: string;
  readonly root: string;
  readonly quadClass: number;
  readonly goldstein: number;
  readonly plover: { type: string; mode: string | null } | null;
  readonly modality: string;
  readonly date: string | null;
  readonly day: string;
  readonly location: string | null;
  readonly site: string | null;
  readonly text: string;
  readonly span: { start: number; end: number };
  readonly mentions: number;
}

export interface SearchHit {
  readonly id: string;
  readonly title: string | null;
  readonly uri: string;
  readonly published: string | null;
  readonly site: string | null;
  /** The text around the matches, matches between `[` and `]`. */
  readonly snippet: string;
}

export interface ActorCount {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string;
  readonly code: string;
  readonly documents: number;
  readonly mentions: number;
}

export type Interval = 'day' | 'week' | 'month';

export interface DyadPoint {
  /** First day of the period. */
  readonly period: string;
  readonly events: number;
  readonly goldstein: number;
}

export interface DuplicateRow {
  readonly documentId: string;
  readonly otherId: string;
  /** exact | near | contained | shared-passages */
  readonly kind: string;
  readonly jaccard: number;
  readonly containment: number;
}

/**
 * One event reported by many articles (GDELT-style): events of one dyad (source and target
 * countries) and CAMEO root whose days lie within the window of each other, chained.
 */
export interface EventGroup {
  /** Source and target countries; null where the events have no source (agentless) or target. */
  readonly source: string | null;
  readonly target: string | null;
  readonly root: string;
  /** The most frequent CAMEO code of its events (ties: the smallest). */
  readonly cameo: string;
  readonly firstDay: string;
  readonly lastDay: string;
  /** Coded events in the group (each article's own event, narrated once or more). */
  readonly numEvents: number;
  /** GDELT NumMentions: every narration of the events. */
  readonly numMentions: number;
  /** GDELT NumArticles: distinct documents. */
  readonly numArticles: number;
  /** GDELT NumSources: distinct sites (a document without a site counts as its own). */
  readonly numSources: number;
  /** Distinct documents once verified copies (exact, near, contained) are collapsed: reposts do not add stories. */
  readonly numStories: number;
  /** Mean Goldstein value of its events, two decimals. */
  readonly goldstein: number;
  /** Its first events in (day, document, index) order, at most `eventsPerGroup`. */
  readonly events: readonly EventRow[];
}

export interface GroupOptions {
  /** Largest gap in days between consecutive events of one group (default 3). */
  readonly windowDays?: number;
  /** Events listed per group (default 20; the counts cover all of them). */
  readonly eventsPerGroup?: number;
}

export interface PutOptions {
  /** Replace what an older analyser version stored for the same content (`ingest --reanalyse`). */
  readonly reanalyse?: boolean;
  /** Verified duplicate pairs of this article, written in its transaction when it is stored as new or re-analysed. */
  readonly duplicates?: readonly DuplicateRow[];
}

/** What a feed answered last time, for a conditional GET (If-None-Match / If-Modified-Since). */
export interface FeedState { readonly url: string; readonly etag: string | null; readonly lastModified: string | null; readonly checkedAt: string }

export interface StoreStats { readonly documents: number; readonly sources: number; readonly events: number; readonly actors: number }

/** The core store plus the read queries of the API (read-queries.ts). */
export interface Store extends ReadQueries {
  readonly dialect: StoreDialect;
  /** Stores one article in its own transaction: a crash loses at most this one. */
  put(article: StoredArticle, opts?: PutOptions): Promise<PutStatus>;
  /** Documents that may duplicate this one: the same content hash or a shared LSH band key. */
  duplicateCandidates(id: string, contentHash: string, bands: readonly string[], limit: number): Promise<string[]>;
  /** The cleaned texts of these documents, for verifying candidates. */
  texts(ids: readonly string[]): Promise<{ id: string; text: string; published: string | null }[]>;
  /** Records verified duplicate pairs (either order; stored once per ordered pair as given). */
  putDuplicates(rows: readonly DuplicateRow[]): Promise<void>;
  duplicates(filter: { documentId?: string; kinds?: readonly string[] }, page: Page): Promise<DuplicateRow[]>;
  /** Exact copies: documents read from more than one source, with each source's own page date. */
  copies(page: Page): Promise<{ documentId: string; sources: { uri: string; published: string | null }[] }[]>;
  /** The analyser version that stored what this source holds, or null when it holds nothing. */
  sourceVersion(uri: string): Promise<string | null>;
  getDocument(id: string): Promise<Analysis | null>;
  events(filter: EventFilter, page: Page): Promise<EventRow[]>;
  /** Cross-document events, computed from the stored events at query time, ordered by first day then dyad and root. */
  eventGroups(filter: EventFilter, opts: GroupOptions, page: Page): Promise<EventGroup[]>;
  /** Every matching event in order, read in batches: exports have no row cap and bounded memory. */
  streamEvents(filter: EventFilter): AsyncIterable<EventRow>;
  /** Every stored analysis in id order, read in batches. */
  streamDocuments(): AsyncIterable<Analysis>;
  search(query: string, page: Page): Promise<SearchHit[]>;
  actors(filter: { kind?: string; country?: string }, page: Page): Promise<ActorCount[]>;
  dyadSeries(source: string, target: string, interval: Interval, range?: { from?: string; to?: string }): Promise<DyadPoint[]>;
  stats(): Promise<StoreStats>;
  /** The state stored for a feed URL, or null when it was never checked. */
  feedState(url: string): Promise<FeedState | null>;
  /** Records a feed's state (insert or replace). */
  putFeedState(state: FeedState): Promise<void>;
  close(): Promise<void>;
}
