// Looking at the first bytes of a stream (gzip magic, binary check, format sniffing) without
// losing them or buffering the rest: a 5 GB JSONL on stdin is still read as a stream.

export interface PeekedBytes extends AsyncIterable<Buffer> {
  /** The first bytes; shorter than asked when the stream ended (`complete`) or `enough` said so. */
  readonly head: Buffer;
  readonly complete: boolean;
  /** Releases the underlying stream when it will not be read to the end; safe to repeat. */
  close(): Promise<void>;
}

/**
 * Reads until `size` bytes have arrived, the stream ends, or `enough` accepts what arrived so
 * far: a slow producer on stdin must not be kept waiting for bytes the caller does not need.
 */
export async function peekBytes(
  source: AsyncIterable<Buffer>,
  size: number,
  enough: (head: Buffer) => boolean = () => false,
): Promise<PeekedBytes> {
  const iterator = source[Symbol.asyncIterator]();
  const chunks: Buffer[] = [];
  let length = 0;
  let finished = false;
  while (length < size && (length === 0 || !enough(Buffer.concat(chunks, length)))) {
    const next = await iterator.next();
    if (next.done) {
      finished = true;
      break;
    }
    chunks.push(next.value);
    length += next.value.length;
  }
  const head = Buffer.concat(chunks, length).subarray(0, size);
  const complete = finished;

  const close = async (): Promise<void> => {
    if (finished) return;
    finished = true;
    try {
      await iterator.return?.();
    } catch {
      // Best effort: a stream that fails while being released has nothing left to report.
    }
  };

  async function* replay(): AsyncGenerator<Buffer> {
    try {
      yield* chunks;
      chunks.length = 0;
      while (!finished) {
        const next = await iterator.next();
        if (next.done) finished = true;
        else yield next.value;
      }
    } catch (error) {
      finished = true; // the stream failed and has already released itself
      throw error;
    } finally {
      await close();
    }
  }

  return { head, complete, close, [Symbol.asyncIterator]: replay };
}
