// Migration 0003-claims: per-document narrative and technique rows, backfilled from the stored
// Analyses of a store written before it (read in id order, in batches, so memory stays bounded).
import type { Kysely, Migration } from 'kysely';
import type { Analysis } from '../model/analysis.js';
import { writeClaimRows } from './claims-rows.js';
import type { StoreSchema } from './schema.js';

const BATCH = 500;

async function backfill(db: Kysely<StoreSchema>): Promise<void> {
  let last: string | null = null;
  for (;;) {
    let q = db.selectFrom('documents').select(['id', 'analysis']);
    if (last !== null) q = q.where('id', '>', last);
    const rows = await q.orderBy('id').limit(BATCH).execute();
    for (const r of rows) {
      const a = JSON.parse(r.analysis) as Partial<Analysis>;
      await writeClaimRows(db, { id: r.id, narratives: a.narratives ?? [], techniques: a.techniques ?? [] });
    }
    if (rows.length < BATCH) return;
    last = rows[rows.length - 1]!.id;
  }
}

export const claimsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('document_narratives')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('narrative_id', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('taxonomy', 'text')
      .addColumn('score', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('document_narratives_pk', ['document_id', 'narrative_id'])
      .execute();
    await db.schema.createIndex('document_narratives_narrative').on('document_narratives').columns(['narrative_id', 'score']).execute();
    await db.schema.createTable('document_techniques')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('technique', 'text', (c) => c.notNull())
      .addColumn('flags', 'integer', (c) => c.notNull())
      .addColumn('confidence', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('document_techniques_pk', ['document_id', 'technique'])
      .execute();
    await db.schema.createIndex('document_techniques_technique').on('document_techniques').columns(['technique', 'flags']).execute();
    // The migrator's connection is untyped; these are the store's own tables.
    await backfill(db as unknown as Kysely<StoreSchema>);
  },
};
