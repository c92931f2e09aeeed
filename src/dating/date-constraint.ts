// One piece of internal evidence about when a text was written: the days it allows, how much to
// trust it, and where in the text it is, with a reason an analyst can read.
import type { Span } from '../model/span.js';
import type { DaySet } from './day-range.js';

export type ConstraintKind = 'explicit-date' | 'yearless-date' | 'weekday-date' | 'anchor' | 'office' | 'former-office' | 'duration' | 'relative';

export interface DateConstraint {
  readonly kind: ConstraintKind;
  /** The writing days this evidence allows. */
  readonly allows: DaySet;
  /**
   * How far to trust it when pieces of evidence disagree (see combine-constraints.ts). A date
   * the text states with its year, or an office named with its holder, is firm; a phrase that
   * has to be interpreted (a duration, "this year" next to an event) is weaker.
   */
  readonly weight: number;
  readonly span: Span;
  readonly reason: string;
  /** Same key, same evidence: a repeated caption or a name said twice counts once. */
  readonly key: string;
}

/** How much each kind of evidence is trusted. */
export const WEIGHT = {
  /** A past date with day, month and year; with month and year; a bare year. */
  fullDate: 0.9,
  monthDate: 0.85,
  yearDate: 0.8,
  /** A holder named with the role ("British Prime Minister Johnson"). */
  office: 0.9,
  /** "former Prime Minister Johnson": after the term. */
  formerOffice: 0.8,
  /** A well-known event spoken of as having happened. */
  anchor: 0.75,
  /** "has lasted for more than four months" since a known start. */
  duration: 0.7,
  /** "this year", "last week", "three days ago" tied to a dated event. */
  relative: 0.6,
  /** "recently" next to a dated event. */
  recently: 0.5,
  /** "Wednesday, January 23" placed in the one year the range allows (applied inside it, never against it). */
  weekday: 0.6,
} as const;
