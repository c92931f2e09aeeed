// A page that came over HTTP (fetched now, or archived in a WARC) → one SourceDocument: decoded
// by the charset the server declared when the bytes agree, with its canonical URL and the
// metadata hints from around it (feed item, WARC record).
import { canonicalUrl, normaliseUrl } from './canonical-url.js';
import { charsetParam } from './content-kind.js';
import { decodeBytes } from './decode-bytes.js';
import type { Decoded } from './decode-bytes.js';
import { normalizeEncoding } from './declared-charset.js';
import type { GivenMeta, IngestItem, InputKind } from './source-document.js';
import { sourceFailure } from './source-failure.js';

export interface PageBytes {
  /** The document's uri: the URL asked for (a feed item's link, a WARC record's target). */
  readonly uri: string;
  /** Names the source in failures: the URL, or `file.warc.gz@1234`. */
  readonly origin: string;
  /** Where the content came from after redirects: relative canonical links resolve against it. */
  readonly finalUrl: string;
  readonly contentType: string | null;
  readonly body: Buffer;
  readonly kind: InputKind;
  readonly hints?: GivenMeta;
}

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * The server's charset wins over guessing, but not over a byte-order mark, and not when it says
 * something other than UTF-8 for bytes that are valid UTF-8 (a mislabelled server is common).
 */
export function decodeServed(body: Buffer, contentType: string | null, html: boolean): Decoded {
  const label = charsetParam(contentType);
  const encoding = label === null ? null : normalizeEncoding(label);
  const hasBom = body[0] === 0xef || body[0] === 0xfe || body[0] === 0xff;
  if (encoding === null || encoding === 'utf-8' || encoding.startsWith('utf-16') || hasBom || isUtf8(body)) return decodeBytes(body, { html });
  return { text: new TextDecoder(encoding).decode(body), encoding, diagnostics: [] };
}

export function pageDocument(page: PageBytes): IngestItem {
  const decoded = decodeServed(page.body, page.contentType, page.kind === 'html');
  if (decoded.text.trim() === '') return sourceFailure(page.origin, 'empty page');
  const canonical = page.kind === 'html' ? canonicalUrl(decoded.text, page.finalUrl) : normaliseUrl(page.finalUrl);
  return {
    ok: true,
    doc: {
      uri: page.uri,
      origin: page.origin,
      kind: page.kind,
      fromRecord: false,
      content: decoded.text,
      encoding: decoded.encoding,
      given: {},
      ...(page.hints !== undefined && { hints: page.hints }),
      ...(canonical !== null && { canonicalUrl: canonical }),
      diagnostics: decoded.diagnostics,
    },
  };
}
