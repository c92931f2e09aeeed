// Where a dictionary entry came from, and the diagnostics that point at it. Every message
// names the file, the line and the entry (`file:12: entries[3] "media:tass": …`) so that a
// user can fix their own dictionary without reading the loader.
import { diagnostic } from '../core/diagnostic.js';
import type { Diagnostic, Severity } from '../core/diagnostic.js';

export const DICTIONARY_RULE = 'actors/dictionary';

export interface EntryPlace {
  readonly file: string;
  /** 0-based index in the file's `entries` array. */
  readonly index: number;
  /** 1-based line where the entry starts, when known. */
  readonly line: number | null;
  /** The entry's id, code, name or first phrase, whichever it has. */
  readonly label: string | null;
}

export interface Placed<T> {
  readonly entry: T;
  readonly place: EntryPlace;
}

/** `file:12: entries[3] "media:tass"` */
export function describePlace(place: EntryPlace): string {
  const where = place.line === null ? place.file : `${place.file}:${place.line}`;
  const label = place.label === null ? '' : ` ${JSON.stringify(place.label)}`;
  return `${where}: entries[${place.index}]${label}`;
}

export const entryDiagnostic = (place: EntryPlace, problem: string, severity: Severity = 'error'): Diagnostic =>
  diagnostic(DICTIONARY_RULE, `${describePlace(place)}: ${problem}`, severity);

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** A label for an entry that may not have passed validation. */
export function labelOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const phrases = Array.isArray(r['phrases']) ? r['phrases'][0] : undefined;
  return str(r['id']) ?? str(r['code']) ?? str(r['name']) ?? str(phrases);
}
