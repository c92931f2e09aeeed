// Opens the store a location names: `postgres://…` is PostgreSQL, anything else an SQLite file
// (WAL, foreign keys, a busy timeout). Migrations run on open. Problems opening it (locked,
// read-only, unreachable) are StoreErrors naming the location.
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationProvider } from 'kysely';
import pg from 'pg';
import { StoreError } from '../core/errors.js';
import { kyselyStore, systemClock, type Clock } from './kysely-store.js';
import { migrations } from './migrations.js';
import { storeFailureReason } from './store-retry.js';
import type { StoreSchema } from './schema.js';
import type { Store, StoreDialect } from './store.js';

export const DEFAULT_STORE = './entente.db';

export interface OpenOptions {
  /** PostgreSQL only: a schema of its own (created if missing), e.g. one per test run. */
  readonly schema?: string;
  readonly clock?: Clock;
  /** SQLite only: how long a write waits for another process's lock before failing (default 5 s). */
  readonly busyTimeoutMs?: number;
}

export const isPostgresUrl = (location: string): boolean => /^postgres(ql)?:\/\//i.test(location);

/** Where a location points, for messages: a URL without its password. */
export const describeLocation = (location: string): string => location.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

function sqliteDb(file: string, busyTimeoutMs: number): Kysely<StoreSchema> {
  const database = new Database(file, { timeout: busyTimeoutMs });
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  return new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) });
}

function postgresDb(url: string, schema: string | undefined): Kysely<StoreSchema> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 10_000,
    ...(schema && { options: `-c search_path=${schema}` }),
  });
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  // Nor may one in use (its server killed mid-transaction): the query in flight rejects with the
  // error, which ingest retries; the client's own 'error' event would otherwise be uncaught.
  pool.on('connect', (client) => { client.on('error', () => undefined); });
  return new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
}

const SAFE_SCHEMA = /^[a-z_][a-z0-9_]{0,62}$/;

async function currentSchema(db: Kysely<StoreSchema>): Promise<string> {
  const r = await sql<{ s: string | null }>`select current_schema() as s`.execute(db);
  return r.rows[0]?.s ?? 'public';
}

async function migrate(db: Kysely<StoreSchema>, dialect: StoreDialect, schema: string | undefined): Promise<void> {
  const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations(dialect)) };
  // Kysely looks for its migration tables in every schema unless told which: another store's
  // schema on the same server would make it skip creating this one's. Without a schema option
  // the store lives where the connection's search_path puts it (a URL may set it), and so do
  // its migration records.
  const migrationTableSchema = dialect === 'postgres' ? schema ?? (await currentSchema(db)) : undefined;
  const { error } = await new Migrator({ db, provider, ...(migrationTableSchema && { migrationTableSchema }) }).migrateToLatest();
  if (error) throw error;
}

export async function openStore(location: string = DEFAULT_STORE, opts: OpenOptions = {}): Promise<Store> {
  const dialect: StoreDialect = isPostgresUrl(location) ? 'postgres' : 'sqlite';
  if (opts.schema !== undefined && !SAFE_SCHEMA.test(opts.schema)) throw new StoreError(describeLocation(location), `not a schema name: ${opts.schema}`);
  let db: Kysely<StoreSchema> | null = null;
  try {
    if (dialect === 'postgres' && opts.schema) {
      const admin = new pg.Client({ connectionString: location, connectionTimeoutMillis: 10_000 });
      await admin.connect();
      try { await admin.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`); } finally { await admin.end(); }
    }
    db = dialect === 'postgres' ? postgresDb(location, opts.schema) : sqliteDb(location, opts.busyTimeoutMs ?? 5000);
    await migrate(db, dialect, opts.schema);
    return kyselyStore(db, dialect, opts.clock ?? systemClock);
  } catch (e) {
    await db?.destroy().catch(() => undefined);
    throw new StoreError(describeLocation(location), `cannot open the store: ${storeFailureReason(e)}`, { cause: e });
  }
}
