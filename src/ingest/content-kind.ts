// What a fetched body (or an archived response) holds, from its Content-Type and its first
// bytes: an article page, records, a feed, a gzip file, or something that is not an article.
import { BINARY_SAMPLE_BYTES, binaryReason } from './binary-check.js';
import { isGzipMagic, sniffFormat } from './sniff-format.js';

export type ContentKind =
  | { readonly kind: 'html' | 'text' | 'json' | 'jsonl' | 'feed' | 'gzip' }
  | { readonly kind: 'other'; readonly reason: string };

/** `text/html; charset=utf-8` → `text/html`. */
export const mediaType = (contentType: string | null | undefined): string =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** The charset parameter of a Content-Type, if any. */
export const charsetParam = (contentType: string | null | undefined): string | null =>
  /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;

// An XML prologue (declaration, comments, processing instructions, doctype) then a feed's root.
const FEED_START = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i;
const XML_TYPES = /^(?:application|text)\/(?:[\w.-]+\+)?xml$/;
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const JSONL_TYPES = new Set(['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines', 'application/jsonlines']);
const NOT_ARTICLES = /^(?:image|audio|video|font|model)\/|^application\/(?:pdf|zip|x-7z-compressed|x-rar|x-tar|msword|vnd\.|octet-stream$)/;

export const looksLikeFeed = (head: string): boolean => FEED_START.test(head);

export function contentKind(contentType: string | null | undefined, body: Buffer): ContentKind {
  const type = mediaType(contentType);
  const head = body.subarray(0, BINARY_SAMPLE_BYTES);
  if (isGzipMagic(head)) return { kind: 'gzip' };
  const complete = body.length <= head.length;
  const start = head.toString('latin1');
  if (looksLikeFeed(start)) return { kind: 'feed' };
  if (HTML_TYPES.has(type)) return { kind: 'html' };
  if (XML_TYPES.test(type)) return { kind: 'feed' }; // parseFeed names what the XML is if not a feed
  if (JSONL_TYPES.has(type)) return { kind: 'jsonl' };
  if (type === 'application/json' || type.endsWith('+json')) return sniffFormat(head, complete) === 'jsonl' ? { kind: 'jsonl' } : { kind: 'json' };
  if (NOT_ARTICLES.test(type) && type !== 'application/octet-stream') return { kind: 'other', reason: `not an article (${type})` };
  const binary = binaryReason(head);
  if (binary !== null) return { kind: 'other', reason: `not an article: ${binary.replace(/^binary file, /, 'binary content, ')}` };
  if (type === '' || type === 'application/octet-stream' || type.startsWith('text/')) return { kind: sniffFormat(head, complete) };
  return { kind: 'other', reason: `not an article (${type})` };
}
