// `entente eval --petrarch RECORDS.xml`: PETRARCH2's validation records, coded from their plain
// text with PETRARCH's validation dictionaries beside the records, as a PETRARCH user would bring
// them: actors (the records name invented states — Arnor, Gondor — only it knows), agents
// (GONCOP), verbs (PETR.Validate.verbs.2.0.txt, read after our bundled triggers, its verbs
// replacing ours) and the discard list (PETR.Validate.discards.txt: sentences not coded). The records PETRARCH's own run leaves out (`skip`) are left out here too, so
// the figures compare with its 278.
import { defaultNarrativeCatalogue } from '../claims/narrative-catalogue.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadActorDictionaries } from '../actors/analyze-context.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { DataFileError, errorMessage } from '../core/errors.js';
import { loadEventCoder } from '../events/event-coder.js';
import { scorePetrarch, type PetrarchScore } from './petrarch-benchmark.js';
import { petrarchCoder } from './petrarch-coder.js';
import { readPetrarchRecords } from './petrarch-records.js';
import { discardIn, readPetrarchDiscards, type DiscardPhrase } from './petrarch-discards.js';

/** The validation actor and agent dictionaries beside the records, when the caller names none. */
export const defaultPetrarchActors = (records: string): string[] =>
  ['PETR.Validate.actors.txt', 'PETR.Validate.agents.txt'].map((f) => join(dirname(records), f)).filter((f) => existsSync(f));

/** The validation verb dictionary beside the records, read after our bundled triggers (its verbs replace ours). */
export const defaultPetrarchVerbs = (records: string): string[] =>
  ['PETR.Validate.verbs.2.0.txt'].map((f) => join(dirname(records), f)).filter((f) => existsSync(f));

/** The validation discard list beside the records, when present. */
export const defaultPetrarchDiscards = (records: string): string[] =>
  ['PETR.Validate.discards.txt'].map((f) => join(dirname(records), f)).filter((f) => existsSync(f));

function readDiscards(files: readonly string[]): DiscardPhrase[] {
  return files.flatMap((f) => {
    try {
      return readPetrarchDiscards(readFileSync(f, 'utf8'));
    } catch (e) {
      throw new DataFileError(f, `cannot read the PETRARCH discard list: ${errorMessage(e)}`);
    }
  });
}

export function runPetrarch(
  recordsFile: string,
  actorFiles: readonly string[],
  verbFiles: readonly string[] = defaultPetrarchVerbs(recordsFile),
  discardFiles: readonly string[] = defaultPetrarchDiscards(recordsFile),
): { score: PetrarchScore; skipped: number; diagnostics: Diagnostic[] } {
  let xml: string;
  try {
    xml = readFileSync(recordsFile, 'utf8');
  } catch (e) {
    throw new DataFileError(recordsFile, `cannot read the PETRARCH records: ${errorMessage(e)}`);
  }
  const { records, diagnostics } = readPetrarchRecords(xml, recordsFile);
  const dictionaries = loadActorDictionaries({ files: actorFiles });
  const scored = records.filter((r) => !r.skip);
  const events = loadEventCoder({ triggerFiles: verbFiles });
  const coder = petrarchCoder({ gazetteer: dictionaries.gazetteer, events, narratives: defaultNarrativeCatalogue() });
  const discards = readDiscards(discardFiles);
  // A sentence holding a discard phrase is not coded, as PETRARCH discards it before coding.
  const score = scorePetrarch(scored, (r) => (discardIn(r.text, discards) ? [] : coder(r)));
  return { score, skipped: records.length - scored.length, diagnostics: [...diagnostics, ...dictionaries.diagnostics, ...(events.diagnostics ?? [])] };
}

export function formatPetrarchScore(s: PetrarchScore, skipped: number, verbose: boolean): string {
  const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `petrarch records: ${s.records} scored (${skipped} left out as in PETRARCH's own run); exact ${s.exact}/${s.records} (${pct(s.exactAccuracy)})`,
    `petrarch events: precision ${s.precision.toFixed(3)} (${s.correct}/${s.coded}), recall ${s.recall.toFixed(3)} (${s.correct}/${s.expected}), F1 ${s.f1.toFixed(3)}`,
    `by category: ${Object.entries(s.byCategory).map(([c, x]) => `${c} ${x.exact}/${x.records}`).join(', ')}`,
  ];
  if (verbose) lines.push(...s.misses.map((m) => `  ${m}`));
  return lines.join('\n');
}
