// Decompression that stops at a size limit, so a small .gz that inflates to gigabytes (a zip
// bomb) costs one limit's worth of work and memory at most.
import { Readable, pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { LimitExceededError, decompressedTooLarge } from './ingest-limits.js';

/**
 * The decompressed bytes of a gzip stream (concatenated members too). Truncated or corrupt input
 * throws zlib's error (`Z_BUF_ERROR` / `Z_DATA_ERROR`) after the bytes that could be recovered.
 */
export async function* gunzipLimited(source: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Buffer> {
  const gunzip = createGunzip();
  // Errors from either side destroy both streams and surface in the loop below.
  pipeline(Readable.from(source), gunzip, () => {});
  let total = 0;
  for await (const chunk of gunzip as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw new LimitExceededError(decompressedTooLarge(maxBytes));
    yield chunk;
  }
}
