import { DataFileError, SourceError, StoreError, UsageError } from '../core/errors.js';

/** SPEC §3: 0 ok, 1 a source failed (the others were still processed), 2 bad usage. */
export const ExitCode = { ok: 0, sourceFailed: 1, usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** The one place where errors become exit codes. */
export function exitCodeFor(error: unknown): ExitCode {
  if (error instanceof UsageError || error instanceof DataFileError) return ExitCode.usage;
  if (error instanceof SourceError || error instanceof StoreError) return ExitCode.sourceFailed;
  return ExitCode.sourceFailed;
}
