// A streaming WARC 1.0/1.1 reader: records one at a time, payloads read only for the records
// the caller wants (and skipped without buffering otherwise), so a multi-gigabyte WARC is read
// in bounded memory. A corrupt header is reported and reading resumes at the next `WARC/` line;
// a record cut short ends the file with its offset named.
// (warcio reads these too, but silently returns a short payload for a truncated record and drops
// a truncated gzip member without an error.)
import { ByteReader } from './byte-reader.js';

export interface WarcHeader {
  /** Where the record starts in the (decompressed) stream. */
  readonly offset: number;
  /** Header names lower-cased. */
  readonly fields: ReadonlyMap<string, string>;
  readonly type: string;
  readonly contentLength: number;
}

export type WarcEntry =
  | { readonly ok: true; readonly header: WarcHeader; readonly payload: Buffer | null }
  | { readonly ok: false; readonly offset: number; readonly reason: string };

/** Returns true to read the payload into memory; otherwise it is skipped. */
export type WantPayload = (header: WarcHeader) => boolean;

const MAX_HEADER_LINE = 64 * 1024;
const MAX_HEADER_LINES = 1000;
const isVersionLine = (line: Buffer): boolean => line.subarray(0, 6).toString('latin1') === 'WARC/1';

type HeaderResult = { fields: Map<string, string> } | { reason: string };

async function readFields(reader: ByteReader): Promise<HeaderResult> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (let n = 0; n < MAX_HEADER_LINES; n += 1) {
    const line = await reader.readLine(MAX_HEADER_LINE);
    // A header line the stream ended inside (no line break after it) is a cut, not a malformed line.
    if (line === null || reader.done) return { reason: 'truncated in its header' };
    if (line.length === 0) return { fields };
    const text = line.toString('utf8');
    if (/^[ \t]/.test(text) && last !== null) {
      fields.set(last, `${fields.get(last) ?? ''} ${text.trim()}`); // folded continuation line
      continue;
    }
    const colon = text.indexOf(':');
    if (colon <= 0) return { reason: `malformed header line "${text.slice(0, 60)}"` };
    last = text.slice(0, colon).trim().toLowerCase();
    fields.set(last, text.slice(colon + 1).trim());
  }
  return { reason: 'header too long' };
}

/** Reads lines until one starts a record; returns it, or null at the end of the stream. */
async function nextVersionLine(reader: ByteReader, skipJunk: boolean): Promise<{ line: Buffer; offset: number } | null | { junk: number }> {
  for (;;) {
    const offset = reader.offset;
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (line === null) return null;
    if (isVersionLine(line)) return { line, offset };
    // Records are separated by blank lines; anything else where a record should start is junk.
    if (line.length > 0 && !skipJunk) return { junk: offset };
  }
}

export async function* warcRecords(stream: AsyncIterable<Buffer>, want: WantPayload): AsyncGenerator<WarcEntry> {
  const reader = ByteReader.from(stream);
  let resyncing = false;
  for (;;) {
    const start = await nextVersionLine(reader, resyncing);
    if (start === null) return;
    if ('junk' in start) {
      yield { ok: false, offset: start.junk, reason: 'not a WARC record (no WARC/1.x version line); skipped to the next record' };
      resyncing = true;
      continue;
    }
    resyncing = false;
    const offset = start.offset;
    const head = await readFields(reader);
    if ('reason' in head) {
      yield { ok: false, offset, reason: `corrupt record: ${head.reason}` };
      resyncing = true;
      continue;
    }
    const contentLength = Number(head.fields.get('content-length'));
    if (!Number.isSafeInteger(contentLength) || contentLength < 0) {
      yield { ok: false, offset, reason: 'corrupt record: no valid Content-Length' };
      resyncing = true;
      continue;
    }
    const header: WarcHeader = { offset, fields: head.fields, type: (head.fields.get('warc-type') ?? '').toLowerCase(), contentLength };
    const payload = want(header) ? await reader.read(contentLength) : null;
    const got = payload?.length ?? (await reader.skip(contentLength));
    if (got < contentLength) {
      yield { ok: false, offset, reason: `truncated record: ${got} of ${contentLength} content bytes` };
      return;
    }
    yield { ok: true, header, payload };
  }
}
