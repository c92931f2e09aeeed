import type { Span } from '../model/span.js';

export type Severity = 'info' | 'warning' | 'error';

/**
 * A content problem found by a stage, positioned in the text when it can be (vfile-style
 * message). Stages report these instead of throwing: a messy article is normal input.
 */
export interface Diagnostic {
  reason: string;
  /** `stage/rule`, e.g. `extract/truncated-title`. */
  ruleId: string;
  severity: Severity;
  span?: Span;
}

export const diagnostic = (ruleId: string, reason: string, severity: Severity = 'warning', span?: Span): Diagnostic =>
  span ? { reason, ruleId, severity, span } : { reason, ruleId, severity };
