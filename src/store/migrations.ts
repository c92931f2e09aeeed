// Schema migrations, in order, for every dialect. Kysely's schema builder writes the portable
// parts; full-text search is the one place the dialects differ (FTS5 vs tsvector + GIN).
import { sql, type Kysely, type Migration } from 'kysely';
import { claimsMigration } from './claims-migration.js';
import type { StoreDialect } from './store.js';
import { groupIndexMigration } from './group-index-migration.js';
import { queryIndexesMigration } from './query-indexes-migration.js';

const init = (dialect: StoreDialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('documents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('uri', 'text', (c) => c.notNull())
      .addColumn('canonical_url', 'text')
      .addColumn('title', 'text')
      .addColumn('published', 'text')
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('site', 'text')
      .addColumn('category', 'text')
      .addColumn('author', 'text')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('views', 'integer')
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('word_count', 'integer', (c) => c.notNull())
      .addColumn('tone', 'double precision', (c) => c.notNull())
      .addColumn('content_from', 'text')
      .addColumn('content_to', 'text')
      .addColumn('recycled', 'integer')
      .addColumn('analysis', 'text', (c) => c.notNull())
      .addColumn('analyzer_version', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('documents_content_hash').on('documents').column('content_hash').execute();
    await db.schema.createIndex('documents_day').on('documents').columns(['day', 'id']).execute();
    await db.schema.createIndex('documents_site').on('documents').column('site').execute();

    await db.schema.createTable('sources')
      .addColumn('uri', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('canonical_url', 'text')
      .addColumn('published', 'text')
      .addColumn('analyzer_version', 'text', (c) => c.notNull())
      .addColumn('ingested_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sources_document').on('sources').column('document_id').execute();
    await db.schema.createIndex('sources_canonical').on('sources').column('canonical_url').execute();

    await db.schema.createTable('actors')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('actor_id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('mentions', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('actors_pk', ['document_id', 'actor_id'])
      .execute();
    await db.schema.createIndex('actors_actor').on('actors').column('actor_id').execute();

    await db.schema.createTable('events')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('source_id', 'text')
      .addColumn('source_country', 'text')
      .addColumn('source_code', 'text')
      .addColumn('target_id', 'text')
      .addColumn('target_country', 'text')
      .addColumn('target_code', 'text')
      .addColumn('cameo', 'text', (c) => c.notNull())
      .addColumn('root', 'text', (c) => c.notNull())
      .addColumn('quad_class', 'integer', (c) => c.notNull())
      .addColumn('goldstein', 'double precision', (c) => c.notNull())
      .addColumn('plover_type', 'text')
      .addColumn('plover_mode', 'text')
      .addColumn('modality', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('date_basis', 'text')
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('location', 'text')
      .addColumn('site', 'text')
      .addColumn('sentence', 'integer', (c) => c.notNull())
      .addColumn('span_start', 'integer', (c) => c.notNull())
      .addColumn('span_end', 'integer', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('mentions', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint('events_pk', ['document_id', 'idx'])
      .execute();
    // The filters analysts use most: a dyad, an actor on either side, a code, a period.
    await db.schema.createIndex('events_dyad').on('events').columns(['source_country', 'target_country', 'day']).execute();
    await db.schema.createIndex('events_target').on('events').columns(['target_country', 'day']).execute();
    await db.schema.createIndex('events_cameo').on('events').columns(['cameo', 'day']).execute();
    await db.schema.createIndex('events_root').on('events').columns(['root', 'day']).execute();
    await db.schema.createIndex('events_day').on('events').column('day').execute();

    await db.schema.createTable('bands')
      .addColumn('band', 'integer', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('bands_pk', ['band', 'key', 'document_id'])
      .execute();
    await db.schema.createIndex('bands_document').on('bands').column('document_id').execute();

    await db.schema.createTable('duplicates')
      .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('other_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('jaccard', 'double precision', (c) => c.notNull())
      .addColumn('containment', 'double precision', (c) => c.notNull())
      .addPrimaryKeyConstraint('duplicates_pk', ['document_id', 'other_id'])
      .execute();
    await db.schema.createIndex('duplicates_other').on('duplicates').column('other_id').execute();

    await db.schema.createTable('store_meta')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    if (dialect === 'sqlite') {
      // External-content FTS5 index over the documents' own rows, kept in step by triggers.
      await sql`CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`.execute(db);
      await sql`CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END`.execute(db);
      await sql`CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END`.execute(db);
      await sql`CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END`.execute(db);
    } else {
      await sql`ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS
        (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || to_tsvector('simple', text)) STORED`.execute(db);
      await sql`CREATE INDEX documents_search ON documents USING gin (search)`.execute(db);
    }
  },
});

const feeds: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('feeds')
      .addColumn('url', 'text', (c) => c.primaryKey())
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('checked_at', 'text', (c) => c.notNull())
      .execute();
  },
};

/** Every migration, by name; names sort in the order they apply. */
export const migrations = (dialect: StoreDialect): Record<string, Migration> => ({
  '0001-init': init(dialect),
  '0002-feeds': feeds,
  '0003-claims': claimsMigration,
  '0004-query-indexes': queryIndexesMigration,
  '0005-group-index': groupIndexMigration,
});
