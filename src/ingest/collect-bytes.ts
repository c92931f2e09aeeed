// Reading one whole document into memory, bounded: the limit is checked as bytes arrive, so
// an endless stdin or a huge decompressed file stops at the limit instead of exhausting memory.
import { LimitExceededError, documentTooLarge } from './ingest-limits.js';

/** All bytes of `source`; throws LimitExceededError once more than `maxBytes` have arrived. */
export async function collectBytes(source: AsyncIterable<Buffer>, maxBytes: number, what: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxBytes) throw new LimitExceededError(documentTooLarge(what, maxBytes));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
