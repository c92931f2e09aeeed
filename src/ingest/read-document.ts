// A whole text or HTML source → one SourceDocument.
import { collectBytes } from './collect-bytes.js';
import { decodeBytes } from './decode-bytes.js';
import type { InputKind, IngestItem } from './source-document.js';
import { emptyReason, sourceFailure } from './source-failure.js';

export interface DocumentPlace {
  /** File path or `-`: both the document's uri and its origin. */
  readonly name: string;
  /** The bytes were decompressed, so the on-disk size said nothing about the limit. */
  readonly compressed: boolean;
}

/** Reads to the end (bounded by `maxBytes`), decodes, and rejects a blank result. */
export async function readDocument(
  source: AsyncIterable<Buffer>,
  kind: InputKind,
  place: DocumentPlace,
  maxBytes: number,
): Promise<IngestItem> {
  const bytes = await collectBytes(source, maxBytes, place.compressed ? 'the decompressed content' : 'the content');
  const decoded = decodeBytes(bytes, { html: kind === 'html' });
  if (decoded.text.trim() === '') return sourceFailure(place.name, emptyReason(place.name));
  return {
    ok: true,
    doc: {
      uri: place.name,
      origin: place.name,
      kind,
      fromRecord: false,
      content: decoded.text,
      encoding: decoded.encoding,
      given: {},
      diagnostics: decoded.diagnostics,
    },
  };
}
