// One source's bytes (a file or stdin) → items. The steps every source goes through: gzip by
// name or magic bytes, binary check on the decompressed start, format by name, `--input` or
// sniffing, then the reader for that format. Any failure ends this source only.
import { BINARY_SAMPLE_BYTES, binaryReason } from './binary-check.js';
import { detectBom } from './decode-bytes.js';
import type { SourceFormat } from './file-kind.js';
import { gunzipLimited } from './gunzip-limited.js';
import type { IngestLimits } from './ingest-limits.js';
import { peekBytes } from './peek-bytes.js';
import type { PeekedBytes } from './peek-bytes.js';
import { readDocument } from './read-document.js';
import { emptyReason, readErrorReason, sourceFailure } from './source-failure.js';
import { readJsonFile } from './read-json-file.js';
import { readJsonLines } from './read-json-lines.js';
import { isGzipMagic, sniffFormat, startsWithRecordLine } from './sniff-format.js';
import type { IngestItem } from './source-document.js';

export interface ByteSource {
  /** File path or `-`: names the source in failures and is the uri of a whole document. */
  readonly name: string;
  /** From the name or `--input`; null to sniff the content. */
  readonly format: SourceFormat | null;
  /** The name ends in `.gz` (gzip magic bytes are recognised without it too). */
  readonly gzip: boolean;
  open(): AsyncIterable<Buffer>;
}


/** The stream re-encoded as UTF-8 as it flows, without its byte-order mark. */
async function* transcodeToUtf8(source: AsyncIterable<Buffer>, encoding: string): AsyncGenerator<Buffer> {
  const decoder = new TextDecoder(encoding);
  for await (const chunk of source) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest !== '') yield Buffer.from(rest, 'utf8');
}

/** Record readers split on ASCII bytes (`\n`, `,`, `[`), so UTF-16 (known by its BOM) becomes UTF-8 first. */
function asciiCompatible(bytes: PeekedBytes): AsyncIterable<Buffer> {
  const bom = detectBom(bytes.head);
  return bom !== null && bom.encoding !== 'utf-8' ? transcodeToUtf8(bytes, bom.encoding) : bytes;
}

async function* readContent(bytes: PeekedBytes, source: ByteSource, compressed: boolean, limits: IngestLimits): AsyncGenerator<IngestItem> {
  const rejected = bytes.head.length === 0 ? emptyReason(source.name) : binaryReason(bytes.head);
  if (rejected !== null) {
    yield sourceFailure(source.name, rejected);
    return;
  }
  const format = source.format ?? sniffFormat(bytes.head, bytes.complete);
  const max = limits.maxDocumentBytes;
  if (format === 'text' || format === 'html') yield await readDocument(bytes, format, { name: source.name, compressed }, max);
  else if (format === 'jsonl') yield* readJsonLines(asciiCompatible(bytes), source.name, max);
  else yield* readJsonFile(asciiCompatible(bytes), source.name, max);
}

/** Yields the source's documents, or one failure naming it; records before a failure still arrive. */
export async function* readByteSource(source: ByteSource, limits: IngestLimits): AsyncGenerator<IngestItem> {
  const peeked: PeekedBytes[] = [];
  const peek = async (stream: AsyncIterable<Buffer>, size: number, enough?: (head: Buffer) => boolean): Promise<PeekedBytes> => {
    const bytes = await peekBytes(stream, size, enough);
    peeked.push(bytes);
    return bytes;
  };
  try {
    const raw = await peek(source.open(), 2);
    // An empty .gz is an empty file, not a truncated archive.
    const compressed = raw.head.length > 0 && (source.gzip || isGzipMagic(raw.head));
    const bytes = compressed ? gunzipLimited(raw, limits.maxDecompressedBytes) : raw;
    // The binary check wants 8 KB, but a stream of records may start with less (stdin).
    const enough = source.format === null ? startsWithRecordLine : () => true;
    yield* readContent(await peek(bytes, BINARY_SAMPLE_BYTES, enough), source, compressed, limits);
  } catch (error) {
    yield sourceFailure(source.name, readErrorReason(error));
  } finally {
    // Innermost first: closing the decompressed stream releases the file under it.
    for (const bytes of peeked.reverse()) await bytes.close();
  }
}
