// An http(s) URL given as a source → documents: a page, a feed (its items fetched), records
// (JSON, JSONL, gzip). A URL that looks like a feed, or that was a feed last time, must still be
// one: an HTML page or a timeout there is a failure naming the feed, not an article.
import type { Fetched } from './fetcher.js';
import { contentKind } from './content-kind.js';
import { conditionalHeaders } from './feed-state.js';
import { decodeServed, pageDocument } from './fetched-page.js';
import { fetchReason, readFeedItems } from './read-feed.js';
import { readByteSource } from './read-byte-source.js';
import type { RemoteContext } from './remote-context.js';
import type { IngestItem } from './source-document.js';
import { sourceFailure } from './source-failure.js';

export const isHttpUrl = (source: string): boolean => /^https?:\/\//i.test(source);

/** `/feed`, `/rss/`, `/atom.xml`, `/index.rss`, `?feed=rss2`: the user meant a feed. */
export function looksLikeFeedUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return /(?:^|\/)(?:feeds?|rss|atom)(?:\/|\.xml)?$|\.(?:rss|atom|xml)$/i.test(url.pathname.replace(/\/+$/, '/'))
      || /(?:^|&)feed=/i.test(url.search.slice(1));
  } catch {
    return false;
  }
}

const header = (fetched: Fetched, name: string): string | null => {
  const value = fetched.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

async function* readFeedResponse(url: string, fetched: Fetched, ctx: RemoteContext): AsyncGenerator<IngestItem> {
  const xml = decodeServed(fetched.body, header(fetched, 'content-type'), true).text;
  const items = yield* readFeedItems(xml, url, fetched.url, ctx);
  if (items === null) return;
  // Stored after the items were handed on, so a run stopped half-way reads the feed again next time.
  await ctx.feedStates?.putFeedState({ url, etag: header(fetched, 'etag'), lastModified: header(fetched, 'last-modified'), checkedAt: new Date(ctx.now()).toISOString() });
  ctx.onFeed?.({ url, status: 'read', items });
}

async function* once(body: Buffer): AsyncGenerator<Buffer> {
  yield body;
}

export async function* readUrl(url: string, ctx: RemoteContext): AsyncGenerator<IngestItem> {
  const state = ctx.feedStates ? await ctx.feedStates.feedState(url) : null;
  const expectFeed = state !== null || looksLikeFeedUrl(url);
  let fetched: Fetched;
  try {
    fetched = await ctx.fetcher.fetch(url, conditionalHeaders(state));
  } catch (error) {
    yield sourceFailure(url, expectFeed ? `cannot read the feed: ${fetchReason(error)}` : fetchReason(error));
    return;
  }
  if (fetched.status === 304) {
    ctx.onFeed?.({ url, status: 'not-modified', items: 0 });
    return;
  }
  const contentType = header(fetched, 'content-type');
  const kind = contentKind(contentType, fetched.body);
  if (kind.kind === 'feed') {
    yield* readFeedResponse(url, fetched, ctx);
  } else if (expectFeed) {
    const what = kind.kind === 'html' ? 'the server returned an HTML page' : kind.kind === 'other' ? kind.reason : `the server returned ${kind.kind}`;
    yield sourceFailure(url, `not a feed: ${what}${contentType ? ` (${contentType})` : ''}`);
  } else if (kind.kind === 'html' || kind.kind === 'text') {
    yield pageDocument({ uri: url, origin: url, finalUrl: fetched.url, contentType, body: fetched.body, kind: kind.kind });
  } else if (kind.kind === 'other') {
    yield sourceFailure(url, kind.reason);
  } else {
    const format = kind.kind === 'gzip' ? null : kind.kind;
    yield* readByteSource({ name: url, format, gzip: kind.kind === 'gzip', open: () => once(fetched.body) }, ctx.limits);
  }
}
