// The Store over Kysely: the same queries for SQLite and PostgreSQL; only full-text search is
// written per dialect (store-search.ts). Each article is written in one transaction.
import type { Kysely, Transaction } from 'kysely';
import type { Analysis } from '../model/analysis.js';
import { documentRows, type DocumentRows } from './document-rows.js';
import { eventRowOut, filterEvents } from './event-query.js';
import { foldSeries } from './fold-series.js';
import type { StoreSchema } from './schema.js';
import { searchDocuments } from './store-search.js';
import type { ActorCount, DyadPoint, EventFilter, EventRow, Interval, Page, PutStatus, SearchHit, Store, StoreDialect, StoreStats, StoredArticle } from './store.js';

/** Rows per INSERT: well under both dialects' bound-parameter limits. */
const CHUNK = 200;

async function insertChunked<T extends keyof StoreSchema>(trx: Transaction<StoreSchema>, table: T, rows: readonly StoreSchema[T][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Kysely's insert types are per table; the rows are that table's own.
    await trx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

async function writeParts(trx: Transaction<StoreSchema>, rows: DocumentRows): Promise<void> {
  await insertChunked(trx, 'actors', rows.actors);
  await insertChunked(trx, 'events', rows.events);
  await insertChunked(trx, 'bands', rows.bands);
}

async function clearParts(trx: Transaction<StoreSchema>, id: string): Promise<void> {
  await trx.deleteFrom('actors').where('document_id', '=', id).execute();
  await trx.deleteFrom('events').where('document_id', '=', id).execute();
  await trx.deleteFrom('bands').where('document_id', '=', id).execute();
}

export interface Clock { now(): Date }

export const systemClock: Clock = { now: () => new Date() };

export function kyselyStore(db: Kysely<StoreSchema>, dialect: StoreDialect, clock: Clock = systemClock): Store {
  const count = async (table: keyof StoreSchema): Promise<number> => {
    const r = await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  };

  return {
    dialect,

    async put(article: StoredArticle): Promise<PutStatus> {
      const now = clock.now().toISOString();
      const rows = documentRows(article, now);
      const id = rows.document.id;
      const version = article.analyzerVersion;
      return db.transaction().execute(async (trx) => {
        const source = await trx.selectFrom('sources').select(['document_id', 'analyzer_version']).where('uri', '=', article.sourceUri).executeTakeFirst();
        const doc = await trx.selectFrom('documents').select(['analyzer_version']).where('id', '=', id).executeTakeFirst();
        const sourceRow = { uri: article.sourceUri, document_id: id, canonical_url: article.canonicalUrl, analyzer_version: version, ingested_at: now };
        let status: PutStatus;
        if (!doc) {
          await trx.insertInto('documents').values(rows.document).execute();
          await writeParts(trx, rows);
          status = 'added';
        } else if (doc.analyzer_version !== version) {
          const { id: _id, ingested_at: _at, uri: _uri, ...update } = rows.document;
          await trx.updateTable('documents').set(update).where('id', '=', id).execute();
          await clearParts(trx, id);
          await writeParts(trx, rows);
          status = 'reanalysed';
        } else if (source?.document_id === id && source.analyzer_version === version) {
          return 'unchanged';
        } else {
          status = 'new-source';
        }
        // A source whose content changed now points at its new document; the old one stays.
        if (source) await trx.updateTable('sources').set(sourceRow).where('uri', '=', article.sourceUri).execute();
        else await trx.insertInto('sources').values(sourceRow).execute();
        return status;
      });
    },

    async sourceVersion(uri) {
      const r = await db.selectFrom('sources').select('analyzer_version').where('uri', '=', uri).executeTakeFirst();
      return r?.analyzer_version ?? null;
    },

    async getDocument(id): Promise<Analysis | null> {
      const r = await db.selectFrom('documents').select('analysis').where('id', '=', id).executeTakeFirst();
      return r ? (JSON.parse(r.analysis) as Analysis) : null;
    },

    async events(filter: EventFilter, page: Page): Promise<EventRow[]> {
      const rows = await filterEvents(db.selectFrom('events').selectAll(), filter)
        .orderBy('day').orderBy('document_id').orderBy('idx')
        .limit(page.limit).offset(page.offset ?? 0).execute();
      return rows.map(eventRowOut);
    },

    search(query: string, page: Page): Promise<SearchHit[]> {
      return searchDocuments(db, dialect, query, page);
    },

    async actors(filter, page): Promise<ActorCount[]> {
      let q = db.selectFrom('actors')
        .select((eb) => ['actor_id', eb.fn.min('name').as('name'), eb.fn.min('kind').as('kind'), eb.fn.min('country').as('country'), eb.fn.min('code').as('code'),
          eb.fn.count<number | string>('document_id').as('documents'), eb.fn.sum<number | string>('mentions').as('mentions')])
        .groupBy('actor_id');
      if (filter.kind) q = q.where('kind', '=', filter.kind);
      if (filter.country) q = q.where('country', '=', filter.country);
      const rows = await q.orderBy('documents', 'desc').orderBy('actor_id').limit(page.limit).offset(page.offset ?? 0).execute();
      return rows.map((r) => ({ id: r.actor_id, name: r.name, kind: r.kind, country: r.country, code: r.code, documents: Number(r.documents), mentions: Number(r.mentions) }));
    },

    async dyadSeries(source: string, target: string, interval: Interval, range = {}): Promise<DyadPoint[]> {
      let q = db.selectFrom('events')
        .select((eb) => ['day', eb.fn.countAll<number | string>().as('n'), eb.fn.sum<number | string>('goldstein').as('g')])
        .where('source_country', '=', source).where('target_country', '=', target).where('modality', '=', 'asserted');
      if (range.from) q = q.where('day', '>=', range.from);
      if (range.to) q = q.where('day', '<=', range.to);
      const days = await q.groupBy('day').orderBy('day').execute();
      return foldSeries(days.map((d) => ({ day: d.day, events: Number(d.n), goldstein: Number(d.g) })), interval);
    },

    async stats(): Promise<StoreStats> {
      const [documents, sources, events] = await Promise.all([count('documents'), count('sources'), count('events')]);
      const actors = await db.selectFrom('actors').select((eb) => eb.fn.count<number | string>('actor_id').distinct().as('n')).executeTakeFirstOrThrow();
      return { documents, sources, events, actors: Number(actors.n) };
    },

    async close() {
      await db.destroy();
    },
  };
}
