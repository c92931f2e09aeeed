// The items of a top-level JSON array, one at a time, so a JSON export of 100k articles is read
// with one article in memory. Only structure is tracked (strings, brackets, commas at depth 1);
// each item is then parsed and validated on its own, so one bad item fails alone.

export type ArrayItem =
  | { readonly index: number; readonly bytes: Buffer }
  /** An item over the limit: its bytes were discarded, `size` is how long it was. */
  | { readonly index: number; readonly oversize: number }
  /** The array is malformed from here on (unclosed, or data after it); nothing more follows. */
  | { readonly index: number; readonly malformed: string };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPENERS = new Set([0x5b, 0x7b]); // [ {
const CLOSERS = new Set([0x5d, 0x7d]); // ] }
const COMMA = 0x2c;

const isBlank = (bytes: Buffer): boolean => bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d);

type State = 'before' | 'inside' | 'after' | 'failed';

class ArrayScanner {
  private state: State = 'before';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private index = 0;
  private parts: Buffer[] = [];
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  get failed(): boolean {
    return this.state === 'failed';
  }

  *feed(chunk: Buffer): Generator<ArrayItem> {
    let start = 0;
    if (this.state === 'before') {
      start = chunk.indexOf(0x5b) + 1; // the caller checked that `[` comes first
      if (start === 0) return;
      this.state = 'inside';
      this.depth = 1;
    }
    while (this.state === 'inside') {
      const end = this.scan(chunk, start);
      if (end === -1) return this.keep(chunk.subarray(start));
      this.keep(chunk.subarray(start, end));
      const item = this.take();
      if (item) yield item;
      start = end + 1;
      if (this.depth === 0) this.state = 'after';
    }
    if (this.state === 'after' && !isBlank(chunk.subarray(start))) yield this.fail('unexpected data after the array');
  }

  *end(): Generator<ArrayItem> {
    if (this.state === 'inside') yield this.fail('unexpected end of input: the array is not closed');
  }

  private fail(reason: string): ArrayItem {
    this.state = 'failed';
    return { index: this.index, malformed: reason };
  }

  /** Adds item bytes; past the limit they are only counted. */
  private keep(part: Buffer): void {
    this.size += part.length;
    if (this.size > this.maxBytes) this.parts = [];
    else this.parts.push(part);
  }

  /** The finished item, or null for a blank one (`[]`, a trailing comma). */
  private take(): ArrayItem | null {
    const { size, index } = this;
    const bytes = size > this.maxBytes ? null : Buffer.concat(this.parts, size);
    this.parts = [];
    this.size = 0;
    if (bytes !== null && isBlank(bytes)) return null;
    this.index += 1;
    return bytes === null ? { index, oversize: size } : { index, bytes };
  }

  /** Where the current item ends in this chunk: a comma at depth 1 or the array's `]`, or -1. */
  private scan(chunk: Buffer, from: number): number {
    for (let i = from; i < chunk.length; i += 1) {
      const b = chunk[i] as number;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (b === BACKSLASH) this.escaped = true;
        else if (b === QUOTE) this.inString = false;
      } else if (b === QUOTE) this.inString = true;
      else if (OPENERS.has(b)) this.depth += 1;
      else if (CLOSERS.has(b)) {
        this.depth -= 1;
        if (this.depth === 0) return i;
      } else if (b === COMMA && this.depth === 1) return i;
    }
    return -1;
  }
}

/** Expects the stream to start (after whitespace or a UTF-8 BOM) with `[`. */
export async function* splitJsonArray(source: AsyncIterable<Buffer>, maxItemBytes: number): AsyncGenerator<ArrayItem> {
  const scanner = new ArrayScanner(maxItemBytes);
  for await (const chunk of source) {
    yield* scanner.feed(chunk);
    if (scanner.failed) return;
  }
  yield* scanner.end();
}
