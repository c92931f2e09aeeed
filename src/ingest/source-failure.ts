// The one place where a problem with a source becomes a failure item, and an exception from
// reading it becomes the reason a user reads.
import { SourceError, errorMessage } from '../core/errors.js';
import { LimitExceededError } from './ingest-limits.js';
import type { IngestItem } from './source-document.js';

/** A failure naming the source (`dump.jsonl:12`, `a.txt`, `-`) and the reason. */
export const sourceFailure = (source: string, reason: string): IngestItem => ({
  ok: false,
  error: new SourceError(source, reason),
});

/** Nothing to read, or only whitespace. Stdin is not a file. */
export const emptyReason = (name: string): string => (name === '-' ? 'empty input' : 'empty file');

const codeOf = (error: unknown): unknown =>
  typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'file not found',
  ENOTDIR: 'file not found',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ELOOP: 'too many levels of symbolic links',
};

/** A short reason naming what went wrong, for `SourceError(source, reason)`. */
export function readErrorReason(error: unknown): string {
  if (error instanceof LimitExceededError) return error.reason;
  const code = codeOf(error);
  // zlib reports a gzip stream cut short as a buffer error once the input ends.
  if (code === 'Z_BUF_ERROR') return `truncated gzip: ${errorMessage(error)}`;
  if (typeof code === 'string' && code.startsWith('Z_')) return `corrupt gzip: ${errorMessage(error)}`;
  if (typeof code === 'string') {
    const known = FS_REASONS[code];
    if (known !== undefined) return known;
  }
  return `cannot read: ${errorMessage(error)}`;
}
