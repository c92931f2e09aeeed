// A feed's items → documents. Each item's link is fetched (politely, through the fetcher) and
// read as a page, with the item's title, date and author as hints where the page has none; an
// item that carries its full content is read from that when its link cannot be fetched.
import { diagnostic } from '../core/diagnostic.js';
import { errorMessage } from '../core/errors.js';
import { contentKind } from './content-kind.js';
import { feedItems } from './feed-items.js';
import type { FeedItem } from './feed-items.js';
import { pageDocument } from './fetched-page.js';
import { FetchError } from './http-client.js';
import type { RemoteContext } from './remote-context.js';
import type { GivenMeta, IngestItem } from './source-document.js';
import { sourceFailure } from './source-failure.js';

export const fetchReason = (error: unknown): string => (error instanceof FetchError ? error.reason : `request failed: ${errorMessage(error)}`);

function hintsOf(item: FeedItem): GivenMeta {
  const hints: GivenMeta = {};
  if (item.title !== null) hints.title = item.title;
  if (item.published !== null) hints.published = item.published;
  if (item.author !== null) hints.author = item.author;
  return hints;
}

/** The item's own content as the article, saying why the page was not used. */
function contentDocument(item: FeedItem, uri: string, why: string | null): IngestItem {
  return {
    ok: true,
    doc: {
      uri,
      origin: uri,
      kind: 'html',
      fromRecord: false,
      content: item.content ?? '',
      encoding: 'utf-8',
      given: {},
      hints: hintsOf(item),
      diagnostics: why === null ? [] : [diagnostic('ingest/feed-content', `read from the feed's own content: ${why}`, 'info')],
    },
  };
}

async function readItem(item: FeedItem, name: string, ctx: RemoteContext): Promise<IngestItem> {
  if (item.link === null) {
    return item.content !== null ? contentDocument(item, item.id ?? name, null) : sourceFailure(name, 'feed item has neither a link nor content');
  }
  let reason: string;
  try {
    const fetched = await ctx.fetcher.fetch(item.link);
    const kind = contentKind(fetched.headers['content-type'], fetched.body);
    if (kind.kind === 'html' || kind.kind === 'text') {
      return pageDocument({ uri: item.link, origin: item.link, finalUrl: fetched.url, contentType: fetched.headers['content-type'] ?? null,
        body: fetched.body, kind: kind.kind, hints: hintsOf(item) });
    }
    reason = kind.kind === 'other' ? kind.reason : `not an article page (${kind.kind})`;
  } catch (error) {
    reason = fetchReason(error);
  }
  return item.content !== null ? contentDocument(item, item.link, `${item.link}: ${reason}`) : sourceFailure(item.link, reason);
}

/**
 * The documents of the feed in `xml`. `name` names the feed in failures (URL or path); `base`
 * resolves relative links. Returns how many items the feed held, or null when it is not a feed.
 */
export async function* readFeedItems(xml: string, name: string, base: string | undefined, ctx: RemoteContext): AsyncGenerator<IngestItem, number | null> {
  const feed = feedItems(xml, base);
  if (typeof feed === 'string') {
    yield sourceFailure(name, feed);
    return null;
  }
  for (const [index, item] of feed.items.entries()) yield await readItem(item, `${name}#item-${index + 1}`, ctx);
  return feed.items.length;
}
