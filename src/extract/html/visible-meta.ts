// What a reader sees rather than what markup states: the byline ("Posted by Arjun Mehta on June
// 21, 2024 in Asia") and the headline with the site's name after it in <title>. The last place we
// trust, used only when no markup states these. Read before Readability runs, because Readability
// removes bylines and headings from the document it is given.
import { bylineAuthor, cleanMetaText } from './meta-text.js';
import { normaliseDate } from './normalise-date.js';
import type { DomDocument } from './parse-document.js';

const BYLINE_SELECTOR = [
  '[class*="byline"]', '[id*="byline"]', '[class*="entry-meta"]', '[class*="post-meta"]', '[class*="posted-on"]',
  '[class*="article-meta"]', '[class*="author"]', '[rel="author"]', '[itemprop="author"]', '[class*="dateline"]',
].join(', ');

// "Posted by NAME on DATE", "By NAME | DATE", "Written by NAME, DATE"; the name stops at the
// connective before the date or category.
const BY = /^(?:(?:posted|written|published|reported)\s+)?by\s+(.+?)(?:\s+(?:on|at|in)\s+|\s*[,|·•—–]\s*|$)/i;
const MAX_BYLINE = 200;

export interface VisibleMeta {
  author: string | null;
  published: string | null;
  headline: string | null;
  site: string | null;
}

export function visibleMeta(doc: DomDocument): VisibleMeta {
  return { ...byline(doc), ...headline(doc) };
}

function byline(doc: DomDocument): Pick<VisibleMeta, 'author' | 'published'> {
  for (const el of doc.querySelectorAll(BYLINE_SELECTOR)) {
    const text = cleanMetaText(el.textContent, MAX_BYLINE + 1);
    if (!text || text.length > MAX_BYLINE) continue;
    const by = BY.exec(text);
    const author = by?.[1] ? bylineAuthor(by[1]) : null;
    const published = normaliseDate(text);
    if (author || published) return { author, published };
  }
  return { author: null, published: null };
}

/**
 * A heading that `<title>` repeats with a suffix ("Headline – Site"): the headline, and the suffix
 * as the site. Readability's title cleanup sometimes keeps only the part after a colon instead.
 */
function headline(doc: DomDocument): Pick<VisibleMeta, 'headline' | 'site'> {
  const pageTitle = cleanMetaText(doc.title, 500);
  if (pageTitle) {
    for (const h of doc.querySelectorAll('h1, h2')) {
      const heading = cleanMetaText(h.textContent, 500);
      if (!heading || heading.length < 10 || !pageTitle.startsWith(heading)) continue;
      const suffix = /^\s*[-–—|·]\s*(.{2,60})$/.exec(pageTitle.slice(heading.length));
      if (suffix?.[1]) return { headline: heading, site: suffix[1].trim() };
    }
  }
  return { headline: null, site: null };
}
