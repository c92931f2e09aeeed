// Whether an error says a service (PostgreSQL, Redis, a fetched host) could not be reached or
// went away, as opposed to a bad query or a constraint: only the former is worth retrying.
// The store's ingest retries and the queue workers' outage handling both ask this.

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ECONNABORTED']);
// PostgreSQL: admin shutdown, crash shutdown, cannot connect now, too many connections.
const PG_CODES = new Set(['57P01', '57P02', '57P03', '53300']);
const MESSAGES = /connection terminated|timeout exceeded when trying to connect|connection error|server closed the connection|Connection is closed|the database system is (starting up|shutting down)/i;

/** True when an error (or one of its causes) says the service could not be reached or went away. */
export function isConnectionError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 8; cur = (cur as { cause?: unknown }).cause, depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || PG_CODES.has(code) || code.startsWith('08'))) return true;
    if (cur instanceof AggregateError && cur.errors.some(isConnectionError)) return true;
    if (cur instanceof Error && MESSAGES.test(cur.message)) return true;
  }
  return false;
}
