// The store as the API sees it: a query that fails (database locked, server gone, connection
// refused) becomes a StoreError, which the API answers with 503 and a message instead of a
// generic 500. Our own typed errors pass through unchanged.
import { EntenteError, errorMessage, StoreError } from '../core/errors.js';
import type { Store } from '../store/store.js';

const asStoreError = (e: unknown): unknown => (e instanceof EntenteError ? e : new StoreError('store', errorMessage(e), { cause: e }));

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  typeof v === 'object' && v !== null && Symbol.asyncIterator in v;

/** Streamed reads (exports) fail like the others: as StoreErrors. */
async function* guardIterable<T>(items: AsyncIterable<T>): AsyncGenerator<T> {
  try {
    yield* items;
  } catch (e) {
    throw asStoreError(e);
  }
}

export function guardStore(store: Store): Store {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        let r: unknown;
        try {
          r = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (e) {
          throw asStoreError(e);
        }
        if (r instanceof Promise) return r.catch((e: unknown) => { throw asStoreError(e); });
        return isAsyncIterable(r) ? guardIterable(r) : r;
      };
    },
  });
}
