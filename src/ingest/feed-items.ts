// RSS 2.0, RSS 1.0 (RDF) and Atom XML → the items a reader fetches. Pure: text in, items out.
// Anything that is not one of those feeds (an HTML page, other XML) is a reason, not a throw.
import { XMLParser } from 'fast-xml-parser';
import { decodeEntities } from '../core/decode-entities.js';
import { errorMessage } from '../core/errors.js';
import { normaliseDate } from '../extract/html/normalise-date.js';

export interface FeedItem {
  /** The article's URL (absolute, resolved against the feed's URL), or null when the item has none. */
  readonly link: string | null;
  /** RSS guid / Atom id, kept to name an item without a link. */
  readonly id: string | null;
  readonly title: string | null;
  /** ISO 8601 at the precision stated. */
  readonly published: string | null;
  readonly author: string | null;
  /** The item's full content as HTML (`content:encoded`, Atom `content`), when it carries one. */
  readonly content: string | null;
}

export interface ParsedFeed {
  readonly kind: 'rss' | 'atom' | 'rdf';
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

type Node = Record<string, unknown>;

const ARRAYS = new Set(['item', 'entry', 'link', 'author', 'category', 'dc:creator']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => ARRAYS.has(name),
});

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** The text of an element (XML entities decoded), whether it parsed to a string or to an object with attributes. */
function text(v: unknown): string | null {
  const first = list(v)[0];
  const raw = typeof first === 'string' ? first : isNode(first) && typeof first['#text'] === 'string' ? first['#text'] : null;
  const s = raw?.trim() ?? '';
  return s === '' ? null : s;
}

/** Title-like text: HTML titles carry markup and HTML entities (`&nbsp;`) that are not part of the title. */
const plain = (v: unknown): string | null => {
  const s = text(v);
  return s === null ? null : decodeEntities(s.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim() || null;
};

function absolute(href: string | null, base: string | undefined): string | null {
  if (href === null) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

const authorOf = (v: unknown): string | null => {
  for (const a of list(v)) {
    const name = isNode(a) && 'name' in a ? plain(a['name']) : plain(a);
    if (name !== null) return name;
  }
  return null;
};

function rssItem(item: Node, base: string | undefined): FeedItem {
  const guid = item['guid'];
  const permalink = isNode(guid) && guid['@_isPermaLink'] === 'false' ? null : text(guid);
  return {
    link: absolute(text(item['link']) ?? (permalink !== null && /^https?:/i.test(permalink) ? permalink : null), base),
    id: text(guid),
    title: plain(item['title']),
    published: normaliseDate(text(item['pubDate']) ?? text(item['dc:date'])),
    author: authorOf(item['dc:creator']) ?? authorOf(item['author']),
    // Not `description`: it is usually a teaser, and a teaser stored as the article would be wrong.
    content: text(item['content:encoded']),
  };
}

function atomLink(links: unknown, base: string | undefined): string | null {
  const all = list(links).filter(isNode);
  const alternate = all.find((l) => l['@_rel'] === undefined || l['@_rel'] === 'alternate') ?? null;
  return alternate && typeof alternate['@_href'] === 'string' ? absolute(alternate['@_href'], base) : null;
}

function atomEntry(entry: Node, base: string | undefined): FeedItem {
  const content = list(entry['content'])[0];
  // An out-of-line content (`src=`) or a non-text type has nothing to read here.
  const inline = isNode(content) && (typeof content['@_src'] === 'string' || /^(?!text|html|xhtml)/.test(String(content['@_type'] ?? 'text'))) ? null : text(content);
  return {
    link: atomLink(entry['link'], base),
    id: text(entry['id']),
    title: plain(entry['title']),
    published: normaliseDate(text(entry['published']) ?? text(entry['updated'])),
    author: authorOf(entry['author']),
    content: inline,
  };
}

/**
 * The feed in `xml`, or the reason it is not one. `base` (the feed's own URL or path) resolves
 * relative item links.
 */
export function feedItems(xml: string, base?: string): ParsedFeed | string {
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (error) {
    return `not a feed: invalid XML (${errorMessage(error)})`;
  }
  if (!isNode(doc)) return 'not a feed: empty document';
  const rss = doc['rss'];
  if (isNode(rss) && isNode(rss['channel'])) {
    const channel = rss['channel'];
    return { kind: 'rss', title: plain(channel['title']), items: list(channel['item']).filter(isNode).map((i) => rssItem(i, base)) };
  }
  const feed = doc['feed'];
  if (isNode(feed)) return { kind: 'atom', title: plain(feed['title']), items: list(feed['entry']).filter(isNode).map((e) => atomEntry(e, base)) };
  const rdf = doc['rdf:RDF'];
  if (isNode(rdf)) {
    const channel = isNode(rdf['channel']) ? rdf['channel'] : {};
    return { kind: 'rdf', title: plain(channel['title']), items: list(rdf['item']).filter(isNode).map((i) => rssItem(i, base)) };
  }
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html[\s>])/i.test(xml) || isNode(doc['html'])) return 'not a feed: it is an HTML page';
  const root = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('!'));
  return root === undefined ? 'not a feed: no XML element found' : `not a feed: the XML root is <${root}>, not <rss> or <feed>`;
}
