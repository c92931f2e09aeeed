// A WARC file (`.warc`, `.warc.gz`) → one document per archived HTML or text response, its uri
// the record's target URI and its WARC-Date a date hint. Other records are skipped; a damaged
// record is a failure naming the file and the record's offset, and the rest is still read.
import { createGunzip } from 'node:zlib';
import { pipeline, Readable } from 'node:stream';
import { errorMessage } from '../core/errors.js';
import { normaliseDate } from '../extract/html/normalise-date.js';
import { contentKind } from './content-kind.js';
import { pageDocument } from './fetched-page.js';
import { parseHttpPayload } from './http-payload.js';
import { documentTooLarge, formatSize } from './ingest-limits.js';
import type { IngestLimits } from './ingest-limits.js';
import { readErrorReason, sourceFailure } from './source-failure.js';
import type { IngestItem } from './source-document.js';
import { warcRecords } from './warc-records.js';
import type { WarcHeader } from './warc-records.js';

/** `.warc`, `.warc.gz`, `.arc`-less: case-insensitive. */
export const isWarcName = (name: string): boolean => /\.warc(?:\.gz)?$/i.test(name);

const READ_TYPES = new Set(['response', 'resource']);

async function* gunzipped(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  pipeline(Readable.from(source), gunzip, () => {});
  yield* gunzip as AsyncIterable<Buffer>;
}

function recordItem(path: string, header: WarcHeader, payload: Buffer, limits: IngestLimits): IngestItem | null {
  const origin = `${path}@${header.offset}`;
  const uri = (header.fields.get('warc-target-uri') ?? '').replace(/^<|>$/g, '');
  if (uri === '') return sourceFailure(path, `record at offset ${header.offset} has no WARC-Target-URI`);
  let contentType = header.fields.get('content-type') ?? null;
  let body = payload;
  if (header.type === 'response') {
    let http;
    try {
      http = parseHttpPayload(payload, limits.maxDocumentBytes);
    } catch (error) {
      return sourceFailure(path, `record at offset ${header.offset} (${uri}): cannot decode its body: ${errorMessage(error)}`);
    }
    // DNS records, redirects and error pages are not articles: skipped, like other record types.
    if (http === null || http.status < 200 || http.status > 299) return null;
    contentType = http.headers.get('content-type') ?? null;
    body = http.body;
  }
  const kind = contentKind(contentType, body);
  if (kind.kind !== 'html' && kind.kind !== 'text') return null;
  const date = normaliseDate(header.fields.get('warc-date'));
  return pageDocument({ uri, origin, finalUrl: uri, contentType, body, kind: kind.kind, ...(date !== null && { hints: { published: date } }) });
}

/** `open` gives the file's bytes; `path` names it. Memory holds one record's payload at most. */
export async function* readWarc(path: string, open: () => AsyncIterable<Buffer>, limits: IngestLimits): AsyncGenerator<IngestItem> {
  const compressed = /\.gz$/i.test(path);
  const where = compressed ? 'offset (in the decompressed stream)' : 'offset';
  const max = limits.maxDocumentBytes;
  let lastOffset = 0;
  const want = (h: WarcHeader): boolean => READ_TYPES.has(h.type) && h.contentLength <= max;
  try {
    for await (const entry of warcRecords(compressed ? gunzipped(open()) : open(), want)) {
      if (!entry.ok) {
        yield sourceFailure(path, `record at ${where} ${entry.offset}: ${entry.reason}`);
        continue;
      }
      const { header, payload } = entry;
      lastOffset = header.offset;
      if (READ_TYPES.has(header.type) && payload === null) {
        yield sourceFailure(path, `record at ${where} ${header.offset}: ${documentTooLarge(formatSize(header.contentLength), max)}`);
        continue;
      }
      const item = payload === null ? null : recordItem(path, header, payload, limits);
      if (item !== null) yield item;
    }
  } catch (error) {
    yield sourceFailure(path, `${readErrorReason(error)} (after the record at ${where} ${lastOffset})`);
  }
}
