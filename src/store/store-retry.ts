// One article's store work, retried while the store's connection is lost (PostgreSQL restarted or
// the network dropped: the transaction rolled back, so trying again is safe), then given up as a
// StoreError that names the store, the source in flight and how to resume. Other failures (a
// locked or read-only SQLite file, a full disk) are not helped by waiting and stop at once.
import { errorMessage, StoreError } from '../core/errors.js';
import { isConnectionError } from '../core/connection-error.js';

/** Waits before each retry: about 7 s in all, enough for a PostgreSQL restart. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [500, 1000, 2000, 4000];

const SQLITE_REASONS: Record<string, string> = {
  SQLITE_BUSY: 'the database is locked: another process is writing to it (waited for its lock to be released)',
  SQLITE_LOCKED: 'the database is locked by another connection',
  SQLITE_READONLY: 'the database is read-only (file or folder permissions, or a read-only disk)',
  SQLITE_CANTOPEN: 'the database file cannot be opened (missing folder or no permission)',
  SQLITE_FULL: 'the disk is full',
  SQLITE_IOERR: 'an I/O error while writing the database',
  SQLITE_CORRUPT: 'the database file is corrupt',
  SQLITE_NOTADB: 'the file is not an SQLite database',
};

/** What went wrong, in words a user can act on (SQLite result codes named), then the driver's message. */
export function storeFailureReason(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    const base = Object.keys(SQLITE_REASONS).find((k) => code === k || code.startsWith(`${k}_`));
    if (base) return `${SQLITE_REASONS[base]} (${code}: ${errorMessage(e)})`;
  }
  if (isConnectionError(e)) return `the connection to the database was lost or refused (${errorMessage(e)})`;
  return errorMessage(e);
}

export interface RetryContext {
  /** The store, for messages (a URL without its password). */
  readonly location: string;
  /** The source in flight. */
  readonly source: string;
  /** Sources handled before this one in the run (kept in the store). */
  readonly done: number;
  readonly delaysMs?: readonly number[];
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function withStoreRetries<T>(f: () => Promise<T>, ctx: RetryContext): Promise<T> {
  const delays = ctx.delaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const sleep = ctx.sleep ?? realSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await f();
    } catch (e) {
      const delay = delays[attempt];
      if (!isConnectionError(e) || delay === undefined) {
        const tries = attempt > 0 ? ` (tried ${attempt + 1} times)` : '';
        throw new StoreError(ctx.location, `storing ${ctx.source} failed${tries}: ${storeFailureReason(e)}; ` +
          `this source is not stored, the ${ctx.done} handled before it are; run the same ingest again to resume`, { cause: e });
      }
      await sleep(delay);
    }
  }
}
