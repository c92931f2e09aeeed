// Page metadata, each field from the most trusted place that states it: JSON-LD, then
// OpenGraph and other meta tags, then <time datetime>, then a date in the URL path; the visible
// byline and Readability's cleaned title only fill what nothing else states. Never guessed.
import type { ExtractedMeta } from '../extracted.js';
import { isObject, namesOf, textOf } from './json-ld.js';
import type { JsonLd, JsonObject } from './json-ld.js';
import { bylineAuthor, cleanAuthor, cleanMetaText, languageTag } from './meta-text.js';
import { dateFromUrl, normaliseDate } from './normalise-date.js';
import type { DomDocument } from './parse-document.js';
import type { VisibleMeta } from './visible-meta.js';

/** `<meta>` contents by lower-cased property / name / itemprop, first occurrence wins. */
function metaTags(doc: DomDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta')) {
    const content = el.getAttribute('content');
    if (content == null || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        // `dc:creator` and `DC.creator` are the same Dublin Core field.
        const name = key.replace(/^(dc|dcterms):/, '$1.');
        if (name && !tags.has(name)) tags.set(name, content);
      }
    }
  }
  return tags;
}

const first = <T>(...values: (T | null | undefined)[]): T | null => values.find((v) => v != null) ?? null;

const fromTags = (tags: Map<string, string>, keys: string[]): string | null =>
  first(...keys.map((k) => tags.get(k)));

/** The first `<time datetime>`, preferring one marked as the publication time. */
function timeElementDate(doc: DomDocument): string | null {
  const marked = doc.querySelector('time[itemprop~="datePublished"][datetime], time[pubdate][datetime]');
  const candidates = marked ? [marked] : doc.querySelectorAll('time[datetime]');
  for (const el of candidates) {
    const date = normaliseDate(el.getAttribute('datetime'));
    if (date) return date;
  }
  return null;
}

/** A stated view count: JSON-LD `interactionStatistic` with a View/Watch/Read action. */
function viewsOf(article: JsonObject | undefined): number | null {
  const stats = article?.['interactionStatistic'];
  for (const s of Array.isArray(stats) ? stats : [stats]) {
    if (!isObject(s) || !/(?:View|Watch|Read)Action/.test(textOf(s['interactionType']) ?? JSON.stringify(s['interactionType'] ?? ''))) continue;
    const n = Number(s['userInteractionCount']);
    if (Number.isSafeInteger(n) && n >= 0) return n;
  }
  return null;
}

function jsonLdPublisher(jsonLd: JsonLd, article: JsonObject | undefined): string | null {
  const direct = article && textOf(article['publisher']);
  if (direct) return direct;
  const org = jsonLd.objects.find((o) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(textOf(o['@type']) ?? ''));
  return org ? textOf(org['name']) : null;
}

/**
 * JSON-LD `headline`, unless the page's own titles carry `name` and not it: Wikipedia puts a
 * one-line description in `headline` and the article's name in `name`.
 */
function ldTitle(headline: string | null, name: string | null, pageTitles: string): string | null {
  const shown = (s: string | null): boolean => s !== null && pageTitles.includes(s.toLowerCase());
  return headline && !shown(headline) && shown(name) ? name : (headline ?? name);
}

/** Metadata read before Readability runs (Readability strips scripts, and so JSON-LD, from the DOM). */
export function htmlMetadata(doc: DomDocument, uri: string, jsonLd: JsonLd): ExtractedMeta {
  const tags = metaTags(doc);
  const article = jsonLd.articles[0];
  const ld = (key: string): string | null => (article ? textOf(article[key]) : null);
  const tagTitle = fromTags(tags, ['og:title', 'twitter:title', 'parsely-title', 'dc.title', 'dcterms.title']);
  const pageTitles = `${tagTitle ?? ''}\n${doc.title}`.toLowerCase();
  const authors = article ? namesOf(article['author']).map(cleanAuthor).filter((a): a is string => a !== null) : [];
  return {
    title: cleanMetaText(first(ldTitle(ld('headline'), ld('name'), pageTitles), tagTitle), 500),
    published: first(
      normaliseDate(ld('datePublished')),
      normaliseDate(fromTags(tags, [
        'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'parsely-pub-date',
        'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'sailthru.date',
        'publish-date', 'publish_date', 'pubdate', 'article.published', 'date',
      ])),
      normaliseDate(ld('dateCreated')),
      timeElementDate(doc),
      dateFromUrl(uri),
    ),
    site: cleanMetaText(first(jsonLdPublisher(jsonLd, article), fromTags(tags, ['og:site_name', 'application-name', 'dc.publisher'])), 200),
    category: cleanMetaText(first(ld('articleSection'), fromTags(tags, ['article:section', 'og:article:section', 'parsely-section', 'section'])), 200),
    views: viewsOf(article),
    author: authors.length ? [...new Set(authors)].join(', ') : cleanAuthor(fromTags(tags, ['author', 'article:author', 'parsely-author', 'dc.creator', 'dcterms.creator', 'byl', 'sailthru.author'])),
    citedSources: [],
    declaredLanguage: languageTag(first(doc.documentElement?.getAttribute('lang'), doc.documentElement?.getAttribute('xml:lang'), tags.get('content-language'))),
  };
}

/** What Readability found, used only for fields nothing more trusted stated. */
export interface ReadabilityMeta {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
}

export function withReadabilityMeta(meta: ExtractedMeta, found: ReadabilityMeta, doc: DomDocument, visible?: VisibleMeta): ExtractedMeta {
  return {
    ...meta,
    title: meta.title ?? visible?.headline ?? cleanMetaText(found.title, 500) ?? cleanMetaText(doc.title, 500),
    author: meta.author ?? bylineAuthor(found.byline) ?? visible?.author ?? null,
    published: meta.published ?? visible?.published ?? null,
    site: meta.site ?? cleanMetaText(found.siteName, 200) ?? visible?.site ?? null,
  };
}

