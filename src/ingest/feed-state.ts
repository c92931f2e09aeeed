// What the feed reader needs from the store: the validators a feed sent last time, for a
// conditional GET. The Store satisfies this structurally; tests use the in-memory one below.

export interface FeedState {
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO 8601. */
  readonly checkedAt: string;
}

export interface FeedStateStore {
  feedState(url: string): Promise<FeedState | null>;
  putFeedState(state: FeedState): Promise<void>;
}

/** Kept for one process: the ingest of a run that has no store (analyze), and tests. */
export function memoryFeedStates(): FeedStateStore & { readonly states: Map<string, FeedState> } {
  const states = new Map<string, FeedState>();
  return {
    states,
    feedState: async (url) => states.get(url) ?? null,
    putFeedState: async (state) => { states.set(state.url, state); },
  };
}

/** If-None-Match / If-Modified-Since from a stored state. */
export function conditionalHeaders(state: FeedState | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (state?.etag) headers['if-none-match'] = state.etag;
  if (state?.lastModified) headers['if-modified-since'] = state.lastModified;
  return headers;
}

/** What one feed gave in this run, for the summary line. */
export interface FeedReport {
  readonly url: string;
  /** `not-modified`: the server answered 304, nothing was fetched. */
  readonly status: 'read' | 'not-modified';
  readonly items: number;
}
