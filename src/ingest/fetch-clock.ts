// Time as the fetcher sees it: reading the clock and waiting (host delay, retry back-off).
// Behind an interface so tests run a virtual clock and never actually wait.

export interface FetchClock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemFetchClock: FetchClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};
