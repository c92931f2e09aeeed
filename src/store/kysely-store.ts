// The Store over Kysely: the same queries for SQLite and PostgreSQL; only full-text search is
// written per dialect (store-search.ts). Each article is written in one transaction.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Analysis } from '../model/analysis.js';
import { clearClaimRows, writeClaimRows } from './claims-rows.js';
import { documentRows, type DocumentRows } from './document-rows.js';
import { eventGroups } from './event-groups.js';
import { eventRowOut, filterEvents } from './event-query.js';
import { foldSeries } from './fold-series.js';
import { readQueries } from './read-queries.js';
import type { StoreSchema } from './schema.js';
import { searchDocuments } from './store-search.js';
import type { ActorCount, DuplicateRow, DyadPoint, EventFilter, EventRow, Interval, Page, PutOptions, PutStatus, SearchHit, Store, StoreDialect, StoreStats, StoredArticle } from './store.js';

/** Advisory lock key serialising duplicate-pair writes across processes (PostgreSQL). */
const DUPLICATES_LOCK = 0x656e7464;
/** Rows per INSERT: well under both dialects' bound-parameter limits. */
const CHUNK = 200;
/** Rows per read when streaming. */
const BATCH = 1000;

async function insertChunked<T extends keyof StoreSchema>(trx: Transaction<StoreSchema>, table: T, rows: readonly StoreSchema[T][]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // Kysely's insert types are per table; the rows are that table's own.
    await trx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

async function writeParts(trx: Transaction<StoreSchema>, rows: DocumentRows, analysis: Analysis): Promise<void> {
  await writeClaimRows(trx, analysis);
  await insertChunked(trx, 'actors', rows.actors);
  await insertChunked(trx, 'events', rows.events);
  await insertChunked(trx, 'bands', rows.bands);
}

async function clearParts(trx: Transaction<StoreSchema>, id: string): Promise<void> {
  await clearClaimRows(trx, id);
  await trx.deleteFrom('actors').where('document_id', '=', id).execute();
  await trx.deleteFrom('events').where('document_id', '=', id).execute();
  await trx.deleteFrom('bands').where('document_id', '=', id).execute();
}

/**
 * Concurrent writers (queue workers): two transactions storing the same document or source at
 * once both see it absent, and the later insert fails with a unique violation once the earlier
 * commits. Run again, it sees the other writer's row and is `unchanged` or `new-source`.
 */
async function retryOnConflict<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if (attempt >= 3 || (e as { code?: unknown }).code !== '23505') throw e;
    }
  }
}

/**
 * Once per unordered pair, however many writers: two workers storing near-copies at the
 * same moment may each find the other. Under one lock (PostgreSQL; SQLite has one writer),
 * a pair whose reverse is stored updates that row instead of adding its mirror image.
 */
async function writeDuplicates(trx: Transaction<StoreSchema>, dialect: StoreDialect, rows: readonly DuplicateRow[]): Promise<void> {
  if (rows.length === 0) return;
  if (dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(${DUPLICATES_LOCK})`.execute(trx);
  for (const r of rows) {
    const reverse = await trx.selectFrom('duplicates').select('document_id').where('document_id', '=', r.otherId).where('other_id', '=', r.documentId).executeTakeFirst();
    const [documentId, otherId] = reverse ? [r.otherId, r.documentId] : [r.documentId, r.otherId];
    await trx.insertInto('duplicates').values({ document_id: documentId, other_id: otherId, kind: r.kind, jaccard: r.jaccard, containment: r.containment })
      .onConflict((oc) => oc.columns(['document_id', 'other_id']).doUpdateSet((eb) => ({ kind: eb.ref('excluded.kind'), jaccard: eb.ref('excluded.jaccard'), containment: eb.ref('excluded.containment') })))
      .execute();
  }
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
    ...readQueries(db),

    async put(article: StoredArticle, opts: PutOptions = {}): Promise<PutStatus> {
      const now = clock.now().toISOString();
      const rows = documentRows(article, now);
      const id = rows.document.id;
      const version = article.analyzerVersion;
      return retryOnConflict(() => db.transaction().execute(async (trx) => {
        const source = await trx.selectFrom('sources').select(['document_id', 'analyzer_version']).where('uri', '=', article.sourceUri).executeTakeFirst();
        const doc = await trx.selectFrom('documents').select(['analyzer_version']).where('id', '=', id).executeTakeFirst();
        // Without --reanalyse a known document keeps the version that stored it.
        const storedVersion = doc && !opts.reanalyse ? doc.analyzer_version : version;
        const sourceRow = { uri: article.sourceUri, document_id: id, canonical_url: article.canonicalUrl, published: article.analysis.published, analyzer_version: storedVersion, ingested_at: now };
        let status: PutStatus;
        if (!doc) {
          await trx.insertInto('documents').values(rows.document).execute();
          await writeParts(trx, rows, article.analysis);
          status = 'added';
        } else if (doc.analyzer_version !== version && opts.reanalyse) {
          const { id: _id, ingested_at: _at, uri: _uri, ...update } = rows.document;
          await trx.updateTable('documents').set(update).where('id', '=', id).execute();
          await clearParts(trx, id);
          await writeParts(trx, rows, article.analysis);
          status = 'reanalysed';
        } else if (source?.document_id === id) {
          return 'unchanged';
        } else {
          status = 'new-source';
        }
        // Pairs verified before this put belong to the new rows: written with them or not at all.
        if (status === 'added' || status === 'reanalysed') await writeDuplicates(trx, dialect, opts.duplicates ?? []);
        // A source whose content changed now points at its new document; the old one stays.
        if (source) await trx.updateTable('sources').set(sourceRow).where('uri', '=', article.sourceUri).execute();
        else await trx.insertInto('sources').values(sourceRow).execute();
        return status;
      }));
    },

    async duplicateCandidates(id, contentHash, bands, limit) {
      const exact = await db.selectFrom('documents').select('id').where('content_hash', '=', contentHash).where('id', '!=', id).limit(limit).execute();
      const keyed = bands.map((key, band) => ({ key, band }));
      const banded = keyed.length === 0 ? [] : await db.selectFrom('bands').select('document_id').distinct()
        .where((eb) => eb.or(keyed.map(({ key, band }) => eb.and([eb('band', '=', band), eb('key', '=', key)]))))
        .where('document_id', '!=', id).orderBy('document_id').limit(limit).execute();
      return [...new Set([...exact.map((r) => r.id), ...banded.map((r) => r.document_id)])].slice(0, limit);
    },

    async texts(ids) {
      if (ids.length === 0) return [];
      return db.selectFrom('documents').select(['id', 'text', 'published']).where('id', 'in', [...ids]).orderBy('id').execute();
    },

    async putDuplicates(rows: readonly DuplicateRow[]) {
      if (rows.length === 0) return;
      await db.transaction().execute((trx) => writeDuplicates(trx, dialect, rows));
    },

    async duplicates(filter, page) {
      let q = db.selectFrom('duplicates').selectAll();
      if (filter.documentId) { const d = filter.documentId; q = q.where((eb) => eb.or([eb('document_id', '=', d), eb('other_id', '=', d)])); }
      if (filter.kinds?.length) q = q.where('kind', 'in', [...filter.kinds]);
      const rows = await q.orderBy('jaccard', 'desc').orderBy('document_id').orderBy('other_id').limit(page.limit).offset(page.offset ?? 0).execute();
      return rows.map((r) => ({ documentId: r.document_id, otherId: r.other_id, kind: r.kind, jaccard: Number(r.jaccard), containment: Number(r.containment) }));
    },

    async copies(page) {
      const shared = db.selectFrom('sources').select('document_id').groupBy('document_id').having((eb) => eb.fn.countAll(), '>', 1);
      const docs = await shared.orderBy('document_id').limit(page.limit).offset(page.offset ?? 0).execute();
      if (docs.length === 0) return [];
      const rows = await db.selectFrom('sources').select(['document_id', 'uri', 'published'])
        .where('document_id', 'in', docs.map((d) => d.document_id)).orderBy('document_id').orderBy('uri').execute();
      return docs.map((d) => ({ documentId: d.document_id, sources: rows.filter((r) => r.document_id === d.document_id).map((r) => ({ uri: r.uri, published: r.published })) }));
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

    eventGroups(filter, opts, page) {
      return eventGroups(db, dialect, filter, opts, page);
    },

    async *streamEvents(filter: EventFilter): AsyncIterable<EventRow> {
      // Keyset pagination on the sort key: each batch starts after the last row of the one before.
      let last: { day: string; document_id: string; idx: number } | null = null;
      for (;;) {
        let q = filterEvents(db.selectFrom('events').selectAll(), filter);
        if (last) {
          const l: { day: string; document_id: string; idx: number } = last;
          q = q.where((eb) => eb(eb.refTuple('day', 'document_id', 'idx'), '>', eb.tuple(l.day, l.document_id, l.idx)));
        }
        const rows = await q.orderBy('day').orderBy('document_id').orderBy('idx').limit(BATCH).execute();
        for (const r of rows) yield eventRowOut(r);
        if (rows.length < BATCH) return;
        const end = rows[rows.length - 1]!;
        last = { day: end.day, document_id: end.document_id, idx: Number(end.idx) };
      }
    },

    async *streamDocuments(): AsyncIterable<Analysis> {
      let last: string | null = null;
      for (;;) {
        let q = db.selectFrom('documents').select(['id', 'analysis']);
        if (last !== null) q = q.where('id', '>', last);
        const rows = await q.orderBy('id').limit(BATCH).execute();
        for (const r of rows) yield JSON.parse(r.analysis) as Analysis;
        if (rows.length < BATCH) return;
        last = rows[rows.length - 1]!.id;
      }
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

    async feedState(url) {
      const r = await db.selectFrom('feeds').selectAll().where('url', '=', url).executeTakeFirst();
      return r ? { url: r.url, etag: r.etag, lastModified: r.last_modified, checkedAt: r.checked_at } : null;
    },

    async putFeedState(state) {
      const row = { url: state.url, etag: state.etag, last_modified: state.lastModified, checked_at: state.checkedAt };
      await db.insertInto('feeds').values(row)
        .onConflict((oc) => oc.column('url').doUpdateSet({ etag: row.etag, last_modified: row.last_modified, checked_at: row.checked_at }))
        .execute();
    },

    async close() {
      // SQLite's planner needs statistics to choose between indexes (an actor's index or the
      // day's); `optimize` refreshes them when they are stale, bounded by analysis_limit, and
      // is skipped rather than waited for when another process holds the lock.
      if (dialect === 'sqlite') {
        await sql`PRAGMA busy_timeout = 0`.execute(db).then(() => sql`PRAGMA analysis_limit = 1000`.execute(db))
          .then(() => sql`PRAGMA optimize`.execute(db)).catch(() => undefined);
      }
      await db.destroy();
    },
  };
}
