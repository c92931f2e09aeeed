// Every store implementation, opened fresh for a contract test: an SQLite file in a temporary
// folder and a PostgreSQL schema of its own (dropped afterwards) on the server named by
// ENTENTE_TEST_POSTGRES (default: the local one CI starts). A PostgreSQL that cannot be reached
// fails the test with that message rather than skipping it: the contract must hold on both.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Clock } from '../store/kysely-store.js';
import { openStore } from '../store/open-store.js';
import type { Store, StoreDialect } from '../store/store.js';

export const testPostgresUrl = process.env['ENTENTE_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestStore { readonly store: Store; readonly location: string; dispose(): Promise<void> }

let counter = 0;

export async function openTestStore(dialect: StoreDialect, clock?: Clock): Promise<TestStore> {
  const opts = clock ? { clock } : {};
  if (dialect === 'sqlite') {
    const dir = await mkdtemp(join(tmpdir(), 'entente-store-'));
    const location = join(dir, 'test.db');
    const store = await openStore(location, opts);
    return { store, location, dispose: async () => { await store.close(); await rm(dir, { recursive: true, force: true }); } };
  }
  const schema = `entente_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const store = await openStore(testPostgresUrl, { ...opts, schema });
  return {
    store,
    location: `${testPostgresUrl}#${schema}`,
    async dispose() {
      await store.close();
      const admin = new pg.Client({ connectionString: testPostgresUrl });
      await admin.connect();
      try { await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`); } finally { await admin.end(); }
    },
  };
}

export const DIALECTS: readonly StoreDialect[] = ['sqlite', 'postgres'];
