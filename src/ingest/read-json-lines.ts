// A JSONL dump → one item per non-blank line, streamed: a bad line is a failure naming
// `file:line` and the next line is read as if nothing happened.
import { decodeBytes } from './decode-bytes.js';
import { documentTooLarge, formatSize } from './ingest-limits.js';
import { parseRecordJson } from './parse-record.js';
import type { IngestItem } from './source-document.js';
import { emptyReason, sourceFailure } from './source-failure.js';
import { splitLines } from './split-lines.js';

/** `source` is UTF-8 (or a legacy encoding, guessed per line); `name` is the file path or `-`. */
export async function* readJsonLines(
  source: AsyncIterable<Buffer>,
  name: string,
  maxLineBytes: number,
): AsyncGenerator<IngestItem> {
  let records = 0;
  for await (const line of splitLines(source, maxLineBytes)) {
    const origin = `${name}:${line.number}`;
    if ('oversize' in line) {
      records += 1;
      const reason = documentTooLarge(`the line (${formatSize(line.oversize)})`, maxLineBytes);
      yield sourceFailure(origin, reason);
      continue;
    }
    const decoded = decodeBytes(line.bytes);
    if (decoded.text.trim() === '') continue;
    records += 1;
    yield parseRecordJson(decoded, { origin, fallbackUri: `${name}#${line.number}` });
  }
  if (records === 0) yield sourceFailure(name, emptyReason(name));
}
