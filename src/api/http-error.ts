// The one place where errors become HTTP answers: `{"error": {"code", "message", "details"?}}`
// with the contract's statuses. Store failures are 503 (the store may come back), usage
// problems 400, anything unexpected 500 without its internals.
import { DataFileError, EntenteError, SourceError, StoreError, UsageError } from '../core/errors.js';

export type ErrorCode = 'bad-request' | 'unauthorized' | 'not-found' | 'too-large' | 'unavailable' | 'internal';

export const STATUS: Readonly<Record<ErrorCode, 400 | 401 | 404 | 413 | 500 | 503>> = {
  'bad-request': 400,
  unauthorized: 401,
  'not-found': 404,
  'too-large': 413,
  unavailable: 503,
  internal: 500,
};

/** An answer the API gives on purpose: a bad parameter, an unknown id, a missing token. */
export class HttpError extends EntenteError {
  override readonly name = 'HttpError';
  constructor(readonly code: ErrorCode, message: string, readonly details?: unknown) {
    super(message);
  }
  get status(): number { return STATUS[this.code]; }
}

export const notFound = (what: string): HttpError => new HttpError('not-found', what);
export const badRequest = (message: string, details?: unknown): HttpError => new HttpError('bad-request', message, details);

export interface ErrorBody { readonly error: { readonly code: ErrorCode; readonly message: string; readonly details?: unknown } }

export function errorAnswer(e: unknown): { status: number; body: ErrorBody; unexpected: boolean } {
  const answer = (code: ErrorCode, message: string, details?: unknown, unexpected = false) =>
    ({ status: STATUS[code], body: { error: { code, message, ...(details !== undefined && { details }) } }, unexpected });
  if (e instanceof HttpError) return answer(e.code, e.message, e.details);
  if (e instanceof UsageError || e instanceof SourceError) return answer('bad-request', e.message);
  if (e instanceof StoreError) return answer('unavailable', `the store cannot answer: ${e.reason}`);
  if (e instanceof DataFileError) return answer('internal', e.message, undefined, true);
  return answer('internal', 'internal error', undefined, true);
}
