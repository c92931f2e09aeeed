// Exceptions are for bugs and for input that cannot be used at all. Content problems are
// diagnostics. Every error a user can cause is one of these classes, mapped to an exit code
// (cli/exit-code.ts) or an HTTP status in exactly one place.

export abstract class EntenteError extends Error {
  abstract readonly code: string;
}

/** The command line or a config value is wrong: nothing was processed. */
export class UsageError extends EntenteError {
  readonly code = 'usage';
  override readonly name = 'UsageError';
}

/** One source could not be read or used; the rest of a batch goes on. */
export class SourceError extends EntenteError {
  readonly code = 'source';
  override readonly name = 'SourceError';
  constructor(readonly source: string, readonly reason: string, options?: { cause?: unknown }) {
    super(`${source}: ${reason}`, options);
  }
}

/** A data file (dictionary, catalogue, gold reference) does not match its schema. */
export class DataFileError extends EntenteError {
  readonly code = 'data-file';
  override readonly name = 'DataFileError';
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The store cannot be opened or written (locked, read-only, unreachable): nothing half-written stays. */
export class StoreError extends EntenteError {
  readonly code = 'store';
  override readonly name = 'StoreError';
  constructor(readonly location: string, readonly reason: string, options?: { cause?: unknown }) {
    super(`${location}: ${reason}`, options);
  }
}
