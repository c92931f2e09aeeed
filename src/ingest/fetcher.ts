// Fetching a URL the way a polite batch reader should: redirects followed (bounded), one request
// per host per delay, a few retries for transient failures (with back-off through the clock),
// `User-Agent: entente/<version>`, and a reason a user can read for every failure.
import { STATUS_CODES } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { ANALYZER_VERSION } from '../core/analyzer-version.js';
import type { FetchClock } from './fetch-clock.js';
import { systemFetchClock } from './fetch-clock.js';
import { HostPacer } from './host-pacer.js';
import { FetchError, httpRequest } from './http-client.js';
import type { HttpResponse } from './http-client.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from './ingest-limits.js';

export const USER_AGENT = `entente/${ANALYZER_VERSION.split('@').pop() ?? '0'}`;
export const DEFAULT_HOST_DELAY_MS = 1000;
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const MAX_REDIRECTS = 5;
const DEFAULT_RETRIES = 2;
/** A Retry-After longer than this is not waited for: the source fails and the batch goes on. */
const MAX_RETRY_WAIT_MS = 60_000;

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5';

export interface FetcherOptions {
  /** Fetch from loopback and private networks: the CLI does (a user's intranet), the HTTP API does not. */
  readonly allowPrivate: boolean;
  readonly hostDelayMs?: number | undefined;
  readonly connectTimeoutMs?: number | undefined;
  readonly timeoutMs?: number | undefined;
  /** The largest body accepted (after decompression); default the one-article limit. */
  readonly maxBytes?: number | undefined;
  readonly maxRedirects?: number | undefined;
  readonly retries?: number | undefined;
  readonly userAgent?: string | undefined;
  readonly clock?: FetchClock | undefined;
}

export interface Fetched {
  /** The URL asked for. */
  readonly requested: string;
  /** Where the content came from, after redirects. */
  readonly url: string;
  /** 2xx, or 304 for a conditional request whose resource has not changed. */
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

export interface Fetcher {
  /** Rejects with a FetchError (HTTP status, timeout, too large, refused address …). */
  fetch(url: string, headers?: Readonly<Record<string, string>>): Promise<Fetched>;
}

const RETRY_STATUSES = new Set([429, 502, 503, 504]);

function parseUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError(`not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`unsupported URL scheme ${url.protocol}`);
  return url;
}

/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function retryAfterMs(value: string | undefined, now: number): number | null {
  if (value === undefined) return null;
  const secs = Number(value);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export function createFetcher(options: FetcherOptions): Fetcher {
  const clock = options.clock ?? systemFetchClock;
  const pacer = new HostPacer(options.hostDelayMs ?? DEFAULT_HOST_DELAY_MS, clock);
  const maxRedirects = options.maxRedirects ?? MAX_REDIRECTS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const request = {
    connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES,
    allowPrivate: options.allowPrivate,
  };

  /** One URL, retried on transient failures; the pacer is asked before every attempt. */
  async function attempt(url: URL, headers: Record<string, string>): Promise<HttpResponse> {
    for (let tries = 0; ; tries += 1) {
      await pacer.wait(url.host);
      let wait: number | null = null;
      try {
        const res = await httpRequest(url, { ...request, headers });
        if (!RETRY_STATUSES.has(res.status) || tries >= retries) return res;
        const header = res.headers['retry-after'];
        wait = retryAfterMs(Array.isArray(header) ? header[0] : header, clock.now());
      } catch (error) {
        if (!(error instanceof FetchError) || !error.retryable || tries >= retries) throw error;
      }
      wait ??= 1000 * 2 ** tries;
      if (wait > MAX_RETRY_WAIT_MS) throw new FetchError(`the server asks to retry in ${Math.round(wait / 1000)} s`, false, 503);
      await clock.sleep(wait);
    }
  }

  return {
    async fetch(raw, extra = {}) {
      const headers = { 'user-agent': options.userAgent ?? USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br', ...extra };
      let url = parseUrl(raw);
      for (let redirects = 0; ; redirects += 1) {
        const res = await attempt(url, headers);
        const location = res.headers.location;
        if (res.status >= 300 && res.status < 400 && res.status !== 304 && location !== undefined) {
          if (redirects >= maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects})`);
          url = parseUrl(location, url);
          continue;
        }
        if (res.status === 304 || (res.status >= 200 && res.status < 300)) {
          return { requested: raw, url: url.href, status: res.status, headers: res.headers, body: res.body };
        }
        throw new FetchError(`HTTP ${res.status}${httpStatusText(res.status)}`, false, res.status);
      }
    },
  };
}

const httpStatusText = (status: number): string => {
  const text = STATUS_CODES[status];
  return text ? ` ${text}` : '';
};
