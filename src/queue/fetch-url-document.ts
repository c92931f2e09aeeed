// A URL job's page, fetched by the worker: paced per host, with a timeout and a size limit;
// HTML and plain text are decoded like files. Any problem is a SourceError naming the URL: the
// queue retries the job a bounded number of times (a host briefly down), then parks it.
import { ANALYZER_VERSION } from '../core/analyzer-version.js';
import { SourceError, errorMessage } from '../core/errors.js';
import { decodeBytes } from '../ingest/decode-bytes.js';
import { DEFAULT_MAX_DOCUMENT_BYTES, formatSize } from '../ingest/ingest-limits.js';
import type { InputKind, SourceDocument } from '../ingest/source-document.js';
import type { Pacer } from './redis-host-pacer.js';

export interface FetchSettings {
  readonly pacer: Pacer;
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
}

function kindOf(contentType: string): InputKind | null {
  if (/html|xml/i.test(contentType)) return 'html';
  if (/^text\//i.test(contentType) || contentType === '') return 'text';
  return null;
}

async function readBounded(body: ReadableStream<Uint8Array>, max: number, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > max) throw new SourceError(url, `larger than the limit of ${formatSize(max)}`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

export function urlFetcher(s: FetchSettings): (url: string) => Promise<SourceDocument> {
  const timeoutMs = s.timeoutMs ?? 30_000;
  const maxBytes = s.maxBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  return async (url) => {
    await s.pacer.wait(new URL(url).host);
    let response: Response;
    try {
      response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': `entente/${ANALYZER_VERSION.split('@')[1] ?? '0'}` } });
    } catch (e) {
      throw new SourceError(url, `cannot fetch: ${errorMessage((e as { cause?: unknown }).cause ?? e)}`, { cause: e });
    }
    if (!response.ok || !response.body) throw new SourceError(url, `HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    const kind = kindOf(type);
    if (!kind) throw new SourceError(url, `not an article (content type ${type})`);
    const bytes = await readBounded(response.body, maxBytes, url);
    const decoded = decodeBytes(bytes, { html: kind === 'html' });
    if (decoded.text.trim() === '') throw new SourceError(url, 'the page is empty');
    return { uri: url, origin: url, kind, fromRecord: false, content: decoded.text, encoding: decoded.encoding, given: {}, diagnostics: decoded.diagnostics };
  };
}
