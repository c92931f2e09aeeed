// A worker outlives outages: while PostgreSQL (or the fetched host's network) is unreachable,
// the call is retried with exponential back-off for as long as it takes, logging which service
// is down. Errors that are not about reaching the service (a constraint, a bad query) are
// thrown at once: retrying would not help.
import { errorMessage } from '../core/errors.js';
import type { Log } from './queue-connection.js';

/** Thrown when the worker is shutting down in the middle of a retry: the job is released, not failed. */
export class ShutdownError extends Error {
  override readonly name = 'ShutdownError';
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);
// PostgreSQL: admin shutdown, crash shutdown, cannot connect now, too many connections.
const PG_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES = /connection terminated|timeout exceeded when trying to connect|connection error|server closed the connection|Connection is closed|the database system is (starting up|shutting down)/i;

/** True when an error (or one of its causes) says the service could not be reached or went away. */
export function isConnectionError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 8; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || PG_CODES.has(code) || code.startsWith('08'))) return true;
    if (cur instanceof AggregateError && cur.errors.some(isConnectionError)) return true;
    if (cur instanceof Error && MESSAGES.test(cur.message)) return true;
  }
  return false;
}

export interface RetryOptions {
  readonly log: Log;
  readonly signal: AbortSignal;
  readonly firstDelayMs?: number;
  readonly maxDelayMs?: number;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> => new Promise((resolve) => {
  const t = setTimeout(done, ms);
  function done(): void { clearTimeout(t); signal.removeEventListener('abort', done); resolve(); }
  signal.addEventListener('abort', done, { once: true });
});

/** Runs `f`, retrying while `service` is unreachable; gives up only when `signal` aborts. */
export async function retryWhileUnreachable<T>(service: string, f: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let delay = opts.firstDelayMs ?? 500;
  const max = opts.maxDelayMs ?? 30_000;
  for (let attempt = 1; ; attempt++) {
    // Stopping does not interrupt work in hand, only the waiting for a service that is down.
    if (attempt > 1 && opts.signal.aborted) throw new ShutdownError(`stopped while waiting for ${service}`);
    try {
      const r = await f();
      if (attempt > 1) opts.log(`entente: ${service} reachable again`);
      return r;
    } catch (e) {
      if (!isConnectionError(e)) throw e;
      opts.log(`entente: ${service} unreachable (${errorMessage(e)}); retrying in ${(delay / 1000).toFixed(1)} s`);
      await sleep(delay, opts.signal);
      delay = Math.min(max, delay * 2);
    }
  }
}
