// Migration 0004-query-indexes: indexes found missing by EXPLAIN on a filled store (npm run
// bench:store, BENCH_STORE_KEEP=1). An actor filter matches the id, country or code on either
// side, so each of those columns needs an index (with the day, the order events are listed in)
// for the planner to answer it without scanning every event; likewise the site filter, and the
// duplicates listing, most similar first.
import type { Kysely, Migration } from 'kysely';

export const queryIndexesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    for (const column of ['source_id', 'source_code', 'target_id', 'target_code', 'site']) {
      await db.schema.createIndex(`events_${column}`).on('events').columns([column, 'day']).execute();
    }
    await db.schema.createIndex('duplicates_similarity').on('duplicates').columns(['jaccard', 'document_id', 'other_id']).execute();
  },
};
