import type { Diagnostic } from '../../core/diagnostic.js';
import type { Removal } from '../../model/analysis.js';
import type { ExtractedMeta } from '../extracted.js';
import type { Line } from './lines.js';

/** What the cleanup rules read: the input's lines and what earlier rules decided. */
export interface ScrapeState {
  readonly input: string;
  readonly lines: readonly Line[];
  /** True for JSON/JSONL records: title and date are taken as given, not read from the text. */
  readonly fromRecord: boolean;
  readonly removals: readonly Removal[];
  readonly meta: Readonly<Partial<ExtractedMeta>>;
}

/** What a rule adds. Rules never edit earlier results; the runner merges. */
export interface RuleResult {
  removals?: Removal[];
  meta?: Partial<ExtractedMeta>;
  diagnostics?: Diagnostic[];
}

export interface ScrapeRule {
  readonly name: string;
  apply(state: ScrapeState): RuleResult;
}

export const removeLine = (line: Line, reason: string): Removal =>
  ({ start: line.start, end: line.end, reason, in: 'input' });

/** True when no removal covers the whole line. */
export const isKept = (state: ScrapeState, line: Line): boolean =>
  line.text !== '' && !state.removals.some((r) => r.start <= line.start && r.end >= line.end);

/** The lines still kept, in order. */
export const keptLines = (state: ScrapeState): Line[] => state.lines.filter((l) => isKept(state, l));
