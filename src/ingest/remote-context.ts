// What the URL, feed and WARC readers share: the fetcher, the feed states, the size limits and
// where to report what each feed gave.
import type { FeedReport, FeedStateStore } from './feed-state.js';
import type { Fetcher } from './fetcher.js';
import type { IngestLimits } from './ingest-limits.js';

export interface RemoteContext {
  readonly fetcher: Fetcher;
  /** Null: no conditional GET (each feed is read in full). */
  readonly feedStates: FeedStateStore | null;
  readonly limits: IngestLimits;
  /** Milliseconds since the epoch, for `checkedAt`. */
  readonly now: () => number;
  readonly onFeed?: ((report: FeedReport) => void) | undefined;
}
