// A worker outlives outages: while PostgreSQL (or the fetched host's network) is unreachable,
// the call is retried with exponential back-off for as long as it takes, logging which service
// is down. Errors that are not about reaching the service (a constraint, a bad query) are
// thrown at once: retrying would not help.
import { isConnectionError } from '../core/connection-error.js';
import { errorMessage } from '../core/errors.js';
import type { Log } from './queue-connection.js';

/** Thrown when the worker is shutting down in the middle of a retry: the job is released, not failed. */
export class ShutdownError extends Error {
  override readonly name = 'ShutdownError';
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
