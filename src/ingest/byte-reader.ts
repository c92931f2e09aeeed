// Reading a byte stream by lines and by counts, for container formats (WARC) that mix text
// headers with binary payloads. Holds only what the caller asked for, plus one chunk.

export class ByteReader {
  private buffer: Buffer = Buffer.alloc(0);
  private ended = false;
  /** Bytes consumed so far: the offset of the next byte. */
  offset = 0;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** The stream has ended and every byte was consumed. */
  get done(): boolean {
    return this.ended && this.buffer.length === 0;
  }

  static from(stream: AsyncIterable<Buffer>): ByteReader {
    return new ByteReader(stream[Symbol.asyncIterator]());
  }

  /** Appends one more chunk; false at the end of the stream. */
  private async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.source.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.buffer = this.buffer.length === 0 ? next.value : Buffer.concat([this.buffer, next.value]);
    return true;
  }

  private take(n: number): Buffer {
    const out = this.buffer.subarray(0, n);
    this.buffer = this.buffer.subarray(n);
    this.offset += n;
    return out;
  }

  /**
   * The next line without its line break (LF or CRLF), at most `max` bytes of it (the rest of a
   * longer line is consumed and dropped); null at the end of the stream.
   */
  async readLine(max: number): Promise<Buffer | null> {
    let kept: Buffer | null = null;
    for (;;) {
      const newline = this.buffer.indexOf(0x0a);
      if (newline !== -1) {
        const line = this.take(newline + 1).subarray(0, newline);
        const whole = kept ?? line;
        const trimmed = whole[whole.length - 1] === 0x0d ? whole.subarray(0, -1) : whole;
        return trimmed.length > max ? trimmed.subarray(0, max) : Buffer.from(trimmed);
      }
      if (this.buffer.length > max) {
        // A line longer than anyone wants: keep its start, drop the rest as it arrives.
        kept ??= Buffer.from(this.buffer.subarray(0, max));
        this.take(this.buffer.length);
      }
      if (!(await this.fill())) {
        if (this.buffer.length === 0 && kept === null) return null;
        const rest = kept ?? Buffer.from(this.take(this.buffer.length));
        return rest.subarray(0, max);
      }
    }
  }

  /** Exactly `n` bytes, or fewer when the stream ends first (the caller sees the shortfall). */
  async read(n: number): Promise<Buffer> {
    // Chunks are gathered and joined once: growing one buffer per chunk is quadratic.
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n) {
      if (this.buffer.length === 0 && !(await this.fill())) break;
      const part = this.take(Math.min(n - got, this.buffer.length));
      parts.push(part);
      got += part.length;
    }
    return Buffer.concat(parts, got);
  }

  /** Discards up to `n` bytes without holding them; returns how many there were. */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (this.buffer.length === 0 && !(await this.fill())) break;
      const step = Math.min(n - skipped, this.buffer.length);
      this.take(step);
      skipped += step;
    }
    return skipped;
  }
}
