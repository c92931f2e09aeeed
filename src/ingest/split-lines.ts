// JSONL line splitting over raw bytes. node:readline would hold a 2 GB line in memory before
// handing it over; this drops an overlong line as it streams and reports only its size.

export type Line =
  | { readonly number: number; readonly bytes: Buffer }
  /** A line over the limit: its bytes were discarded, `size` is how long it was. */
  | { readonly number: number; readonly oversize: number };

const LF = 0x0a;
const CR = 0x0d;

class LineBuffer {
  private parts: Buffer[] = [];
  private size = 0;
  private dropped = false;

  constructor(private readonly maxBytes: number) {}

  add(part: Buffer): void {
    this.size += part.length;
    if (this.size > this.maxBytes) {
      this.dropped = true;
      this.parts = [];
    }
    if (!this.dropped && part.length > 0) this.parts.push(part);
  }

  get empty(): boolean {
    return this.size === 0;
  }

  take(number: number): Line {
    const line: Line = this.dropped
      ? { number, oversize: this.size }
      : { number, bytes: withoutCr(Buffer.concat(this.parts, this.size)) };
    this.parts = [];
    this.size = 0;
    this.dropped = false;
    return line;
  }
}

const withoutCr = (line: Buffer): Buffer => (line.at(-1) === CR ? line.subarray(0, -1) : line);

/**
 * The lines of a byte stream, numbered from 1, each without its line ending. Chunks are copied
 * only when a line spans them. A line over `maxBytes` arrives as `oversize`.
 */
export async function* splitLines(source: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Line> {
  const pending = new LineBuffer(maxBytes);
  let number = 0;
  for await (const chunk of source) {
    let start = 0;
    for (let end = chunk.indexOf(LF); end !== -1; end = chunk.indexOf(LF, start)) {
      pending.add(chunk.subarray(start, end));
      number += 1;
      yield pending.take(number);
      start = end + 1;
    }
    pending.add(chunk.subarray(start));
  }
  if (!pending.empty) yield pending.take(number + 1);
}
