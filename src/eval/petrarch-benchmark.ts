// Scores a coder on PETRARCH's validation records the way PETRARCH's own validation run does
// (evaluate_validation_record in petrarch2.py), plus event-level precision and recall:
// - A record is exactly right when the set of coded (source, target, code) triples equals the
//   set of expected ones. PETRARCH matches each coded triple to a distinct expected one and
//   requires every expected one matched, after removing duplicate coded triples: that is set
//   equality. Codes are compared as written (no case folding, no prefix credit: 064 ≠ 06).
// - A record expecting nothing (noevents, an error/discard expectation, or no <EventCoding>)
//   is exactly right when nothing is coded. PETRARCH also checks that the named error fires;
//   from plain text there is no such signal, so coding nothing is the whole test.
// - Precision and recall count triples over all records (duplicates within a record once).
// Which records to score is the caller's choice: PETRARCH's run leaves out those with `skip`.
import type { PetrarchEvent, PetrarchRecord } from './petrarch-records.js';

export interface PetrarchScore {
  readonly records: number;
  readonly exact: number;
  readonly exactAccuracy: number;
  /** Distinct triples expected, coded, and both. */
  readonly expected: number;
  readonly coded: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly byCategory: Readonly<Record<string, { readonly records: number; readonly exact: number }>>;
  /** One line per record not exactly right: what was missed, what was extra, the sentence. */
  readonly misses: string[];
}

const keyOf = (e: PetrarchEvent): string => `${e.source}\t${e.target}\t${e.code}`;
const shown = (key: string): string => key.replace(/\t/g, ' ');
const clip = (text: string, n: number): string => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** numerator / denominator; an empty denominator scores 1 only when both sides are empty. */
const ratio = (n: number, d: number, bothEmpty: boolean): number => (d ? n / d : bothEmpty ? 1 : 0);

export function scorePetrarch(
  records: readonly PetrarchRecord[],
  code: (r: PetrarchRecord) => readonly PetrarchEvent[],
): PetrarchScore {
  let exact = 0;
  let expected = 0;
  let coded = 0;
  let correct = 0;
  const byCategory: Record<string, { records: number; exact: number }> = {};
  const misses: string[] = [];
  for (const r of records) {
    const want = new Set(r.expected.map(keyOf));
    const got = new Set(code(r).map(keyOf));
    const missed = [...want].filter((k) => !got.has(k));
    const extra = [...got].filter((k) => !want.has(k));
    expected += want.size;
    coded += got.size;
    correct += want.size - missed.length;
    const ok = !missed.length && !extra.length;
    const cat = (byCategory[r.category ?? '(none)'] ??= { records: 0, exact: 0 });
    cat.records += 1;
    if (ok) {
      exact += 1;
      cat.exact += 1;
      continue;
    }
    const parts = [
      ...(missed.length ? [`missed ${missed.map(shown).join(', ')}`] : []),
      ...(extra.length ? [`extra ${extra.map(shown).join(', ')}`] : []),
    ];
    misses.push(`${r.id}: ${parts.join('; ')} — "${clip(r.text, 100)}"`);
  }
  const bothEmpty = expected === 0 && coded === 0;
  const precision = ratio(correct, coded, bothEmpty);
  const recall = ratio(correct, expected, bothEmpty);
  return {
    records: records.length, exact, exactAccuracy: records.length ? exact / records.length : 0,
    expected, coded, correct, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    byCategory, misses,
  };
}
