// The store's read queries for the HTTP API and the web UI (overview, article lists, the actor
// network, narratives and techniques), over the same Kysely schema on both dialects. Kept apart
// from the Store's core so each query family lives in its own file.
import type { Kysely } from 'kysely';
import { articleQueries } from './article-query.js';
import { claimQueries } from './claims-query.js';
import { networkQuery } from './network-query.js';
import { overviewQuery } from './overview-query.js';
import type { StoreSchema } from './schema.js';
import type { ActorCount, EventFilter, Page } from './store.js';

export interface ArticleFilter { readonly site?: string; readonly from?: string; readonly to?: string }

export interface ArticleRow {
  readonly id: string;
  readonly title: string | null;
  readonly uri: string;
  readonly published: string | null;
  readonly site: string | null;
  /** The day the article speaks for: its page date, else the day it was ingested. */
  readonly day: string;
  readonly wordCount: number;
  readonly tone: number;
  readonly recycled: boolean | null;
}

export interface Overview {
  readonly documents: number;
  readonly sources: number;
  readonly events: number;
  readonly actors: number;
  readonly dateRange: { readonly from: string; readonly to: string } | null;
  readonly sites: { site: string | null; documents: number }[];
  readonly topActors: ActorCount[];
  readonly topDyads: { source: string; target: string; events: number; goldstein: number }[];
  /** Per month, or per day when the documents span fewer than 60 days. */
  readonly attention: { period: string; documents: number; events: number }[];
}

export interface NetworkNode { readonly id: string; readonly label: string; readonly kind: string | null; readonly country: string; readonly events: number }
export interface NetworkEdge { readonly source: string; readonly target: string; readonly events: number; readonly goldstein: number; readonly meanGoldstein: number }
export interface Network { readonly nodes: NetworkNode[]; readonly edges: NetworkEdge[] }
export interface NetworkOptions { readonly minEvents: number; readonly limit: number }

export interface NarrativeCount { readonly id: string; readonly name: string; readonly taxonomy: string | null; readonly documents: number; readonly meanScore: number }
export interface TechniqueCount { readonly technique: string; readonly flags: number; readonly documents: number }

export interface ReadQueries {
  articles(filter: ArticleFilter, page: Page): Promise<ArticleRow[]>;
  countArticles(filter: ArticleFilter): Promise<number>;
  /** Every place a document was read from, with that source's own page date. */
  documentSources(id: string): Promise<{ uri: string; published: string | null }[]>;
  overview(): Promise<Overview>;
  /** Directed actor-code edges (asserted events unless the filter names a modality), heaviest first. */
  network(filter: EventFilter, opts: NetworkOptions): Promise<Network>;
  narratives(): Promise<NarrativeCount[]>;
  narrativeArticles(id: string, page: Page): Promise<{ items: (ArticleRow & { score: number })[]; total: number }>;
  techniques(): Promise<TechniqueCount[]>;
  techniqueArticles(technique: string, page: Page): Promise<{ items: (ArticleRow & { flags: number; confidence: number })[]; total: number }>;
}

export const readQueries = (db: Kysely<StoreSchema>): ReadQueries => ({
  ...articleQueries(db),
  overview: () => overviewQuery(db),
  network: (filter, opts) => networkQuery(db, filter, opts),
  ...claimQueries(db),
});
