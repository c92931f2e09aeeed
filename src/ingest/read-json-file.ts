// A .json file: one record object, or an array of records streamed item by item.
import { collectBytes } from './collect-bytes.js';
import { decodeBytes } from './decode-bytes.js';
import { documentTooLarge, formatSize } from './ingest-limits.js';
import { parseRecordJson } from './parse-record.js';
import { peekBytes } from './peek-bytes.js';
import type { IngestItem } from './source-document.js';
import { emptyReason, sourceFailure } from './source-failure.js';
import { splitJsonArray } from './split-json-array.js';
import type { ArrayItem } from './split-json-array.js';

const LOOKAHEAD_BYTES = 4096;

/** The first byte that is not whitespace or a UTF-8 BOM, or undefined. */
const firstSignificant = (head: Buffer): number | undefined =>
  head.find((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf);

function arrayItem(item: ArrayItem, name: string, maxBytes: number): IngestItem {
  const origin = `${name}[${item.index}]`;
  if ('malformed' in item) return sourceFailure(name, `invalid JSON: ${item.malformed}`);
  if ('oversize' in item) return sourceFailure(origin, documentTooLarge(`the item (${formatSize(item.oversize)})`, maxBytes));
  // A JSON-pointer fragment: unique per item even when the whole array is on one line.
  return parseRecordJson(decodeBytes(item.bytes), { origin, fallbackUri: `${name}#/${item.index}` });
}

/** `source` is UTF-8; `name` is the file path or `-`. */
export async function* readJsonFile(source: AsyncIterable<Buffer>, name: string, maxBytes: number): AsyncGenerator<IngestItem> {
  const peeked = await peekBytes(source, LOOKAHEAD_BYTES);
  try {
    if (firstSignificant(peeked.head) === 0x5b) {
      let items = 0;
      for await (const item of splitJsonArray(peeked, maxBytes)) {
        items += 1;
        yield arrayItem(item, name, maxBytes);
      }
      if (items === 0) yield sourceFailure(name, 'no records: the JSON array is empty');
      return;
    }
    const decoded = decodeBytes(await collectBytes(peeked, maxBytes, 'the JSON document'));
    if (decoded.text.trim() === '') yield sourceFailure(name, emptyReason(name));
    else yield parseRecordJson(decoded, { origin: name, fallbackUri: name });
  } finally {
    await peeked.close();
  }
}
