// A URL job's documents, read the way `entente ingest URL` reads them (src/ingest/read-url.ts:
// a page, a feed's items, records), through the fetch helper's fetcher. Politeness spans all
// workers: every request first waits for the host's slot in the shared pacer (Redis), and the
// fetcher's own per-process delay is off.
import { createFetcher, type Fetcher } from '../ingest/fetcher.js';
import type { FeedStateStore } from '../ingest/feed-state.js';
import { resolveLimits } from '../ingest/ingest-limits.js';
import { readUrl } from '../ingest/read-url.js';
import type { IngestItem } from '../ingest/source-document.js';
import type { Pacer } from './redis-host-pacer.js';

export function pacedFetcher(pacer: Pacer): Fetcher {
  // Workers fetch from wherever the enqueuer pointed them, intranets included, like the CLI.
  const inner = createFetcher({ allowPrivate: true, hostDelayMs: 0 });
  return {
    async fetch(url, headers) {
      await pacer.wait(new URL(url).host);
      return inner.fetch(url, headers);
    },
  };
}

export function urlReader(pacer: Pacer, feedStates: FeedStateStore | null): (url: string) => AsyncIterable<IngestItem> {
  const fetcher = pacedFetcher(pacer);
  const limits = resolveLimits({});
  return (url) => readUrl(url, { fetcher, feedStates, limits, now: () => Date.now() });
}
