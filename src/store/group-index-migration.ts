// Migration 0005-group-index: cross-document event groups read every event of a dyad and CAMEO
// root in day order (event-groups.ts); this index hands them over in that order, so neither
// dialect sorts the whole events table to find where groups start.
import type { Kysely, Migration } from 'kysely';

export const groupIndexMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('events_grouping').on('events').columns(['source_country', 'target_country', 'root', 'day']).execute();
  },
};
