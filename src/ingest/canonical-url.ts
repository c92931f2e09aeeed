// The URL an article is known by, so one article under two URLs (tracking parameters, a
// redirect, a mobile host) is one source family in the store: the page's own
// `<link rel=canonical>` or `og:url`, else the URL it was fetched from, normalised.

/** Query parameters that only say where a click came from. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * Lower-case scheme and host, default port and fragment dropped, tracking parameters removed.
 * Null for anything that is not an absolute http(s) URL.
 */
export function normaliseUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  }
  // URL lower-cases the host and drops default ports itself; an emptied query leaves a bare `?`.
  return url.href.replace(/\?$/, '');
}

/** Pages put these in <head>; a huge body is not searched. */
const HEAD_CHARS = 256 * 1024;
const TAG = /<(link|meta)\b([^>]*)>/gi;
const ATTR = /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(ATTR)) {
    const name = m[1]?.toLowerCase();
    if (name !== undefined && !attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const decodeAmp = (s: string): string => s.replace(/&amp;/gi, '&').replace(/&#0*38;/g, '&');

/** The canonical URL a page states for itself (`rel=canonical` first, then `og:url`), resolved against `base`. */
export function statedCanonical(html: string, base: string): string | null {
  let og: string | null = null;
  for (const m of html.slice(0, HEAD_CHARS).matchAll(TAG)) {
    const attrs = attributes(m[2] ?? '');
    if (m[1]?.toLowerCase() === 'link' && (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      const href = normaliseUrl(decodeAmp(attrs.get('href') ?? ''), base);
      if (href !== null) return href;
    } else if (og === null && (attrs.get('property') ?? attrs.get('name'))?.toLowerCase() === 'og:url') {
      og = normaliseUrl(decodeAmp(attrs.get('content') ?? ''), base);
    }
  }
  return og;
}

/** What the page states, else the (final) URL it came from; null when neither is an http(s) URL. */
export function canonicalUrl(html: string | null, pageUrl: string): string | null {
  return (html !== null ? statedCanonical(html, pageUrl) : null) ?? normaliseUrl(pageUrl);
}
