// What a file holds, judged from its name, and how `--input` overrides that.
import { basename } from 'node:path';
import type { InputKind, InputMode } from './source-document.js';

/** A document kind, or a container of records: `jsonl` (one per line) or `json` (object or array). */
export type SourceFormat = InputKind | 'jsonl' | 'json';

export interface NamedFormat {
  /** Null when the extension says nothing: the content is sniffed (auto) or `--input` decides. */
  readonly format: SourceFormat | null;
  readonly gzip: boolean;
}

const BY_EXTENSION: Readonly<Record<string, SourceFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  json: 'json',
};

function extensionOf(name: string): string {
  const base = basename(name);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** `a.TXT.gz` → text, gzip; `notes` → unknown. Case-insensitive. */
export function formatFromName(name: string): NamedFormat {
  const gzip = extensionOf(name) === 'gz';
  const inner = gzip ? name.slice(0, -'.gz'.length) : name;
  return { format: BY_EXTENSION[extensionOf(inner)] ?? null, gzip };
}

/**
 * A forced `--input` wins over the extension, except that `jsonl` keeps a `.json` file as JSON:
 * both are record containers and reading a pretty-printed array line by line would only fail.
 */
export function resolveFormat(mode: InputMode, named: SourceFormat | null): SourceFormat | null {
  if (mode === 'auto') return named;
  if (mode === 'jsonl' && named === 'json') return 'json';
  return mode;
}
