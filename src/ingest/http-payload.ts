// An archived HTTP response (a WARC `response` record's payload) → status, headers and body,
// with chunked transfer coding and gzip/deflate/br content coding undone, bounded.
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface HttpPayload {
  readonly status: number;
  /** Lower-cased names; the first value of a repeated header. */
  readonly headers: ReadonlyMap<string, string>;
  readonly body: Buffer;
}

function headerEnd(bytes: Buffer): { at: number; length: number } | null {
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  if (crlf !== -1 && (lf === -1 || crlf < lf)) return { at: crlf, length: 4 };
  return lf !== -1 ? { at: lf, length: 2 } : null;
}

/** Chunked transfer coding undone; null when the framing is broken (the body is then taken as it is). */
function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const eol = body.indexOf('\r\n', pos);
    if (eol === -1) return null;
    const size = parseInt(body.subarray(pos, eol).toString('latin1').split(';')[0]?.trim() ?? '', 16);
    if (!Number.isFinite(size) || size < 0) return null;
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function decode(body: Buffer, coding: string, maxBytes: number): Buffer {
  const opts = { maxOutputLength: maxBytes };
  if (coding === 'gzip' || coding === 'x-gzip') return gunzipSync(body, opts);
  if (coding === 'deflate') return inflateSync(body, opts);
  if (coding === 'br') return brotliDecompressSync(body, opts);
  return body;
}

/** Null when the bytes are not an HTTP response. Throws zlib's error for a corrupt or oversized coded body. */
export function parseHttpPayload(bytes: Buffer, maxBytes: number): HttpPayload | null {
  const end = headerEnd(bytes);
  if (end === null) return null;
  const lines = bytes.subarray(0, end.at).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status?.[1]) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    if (colon > 0 && !headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  let body = bytes.subarray(end.at + end.length);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) body = dechunk(body) ?? body;
  const coding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  return { status: Number(status[1]), headers, body: decode(body, coding, maxBytes) };
}
