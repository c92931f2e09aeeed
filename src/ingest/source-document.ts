import type { Diagnostic } from '../core/diagnostic.js';
import type { SourceError } from '../core/errors.js';

export type InputKind = 'text' | 'html';
export type InputMode = 'auto' | InputKind | 'jsonl';

/** Metadata a source states explicitly (a JSONL/JSON record's fields). Taken as given, never re-derived. */
export interface GivenMeta {
  id?: string;
  title?: string;
  published?: string;
  site?: string;
  author?: string;
}

/** One article's decoded input, before extraction. */
export interface SourceDocument {
  /** The Analysis uri: file path, URL, or a JSONL record's `uri` (else its `id`). */
  readonly uri: string;
  /** Where the bytes physically came from, for error messages: `dump.jsonl:12`, `a.txt.gz`, `-`. */
  readonly origin: string;
  readonly kind: InputKind;
  /** True when the content came from a JSON/JSONL record: fields are taken as given (SPEC §1.1). */
  readonly fromRecord: boolean;
  readonly content: string;
  readonly encoding: string;
  readonly given: GivenMeta;
  /**
   * Metadata from around the page (a feed item, a WARC record's date), used only where the page
   * itself states none. Never applied to records, whose fields are taken as given.
   */
  readonly hints?: GivenMeta;
  /** A fetched page's canonical URL (normalised), so one article under two URLs is one source family. */
  readonly canonicalUrl?: string;
  readonly diagnostics: readonly Diagnostic[];
}

/** What a source reader yields: a document, or a failure naming the source; a batch goes on after either. */
export type IngestItem =
  | { readonly ok: true; readonly doc: SourceDocument }
  | { readonly ok: false; readonly error: SourceError };

/** A document from text handed over directly (a validation record, a test sentence): read as a record, its metadata as given. */
export const textDocument = (uri: string, content: string, given: GivenMeta): SourceDocument =>
  ({ uri, origin: uri, kind: 'text', fromRecord: true, content, encoding: 'utf-8', given, diagnostics: [] });
