// When the text was really written (SPEC §1.7): a range from internal evidence — dates it
// narrates as past, well-known events it speaks of as having happened, people named in office,
// durations since a known start, relative words next to a dated event — each piece with its span
// and a reason. The pieces are combined (combine-constraints.ts), year-less dates are placed
// inside the result, and the page's date is compared with it: far after → `recycled`.
import type { ActorsLayer } from '../actors/actors-stage.js';
import type { CompiledGazetteer } from '../actors/compile-gazetteer.js';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { documentDay } from '../core/document-day.js';
import type { Stage, WithDiagnostics } from '../core/pipeline.js';
import type { EventsLayer } from '../events/events-stage.js';
import type { ExtractLayer } from '../extract/extract-stage.js';
import type { ContentDate } from '../model/analysis.js';
import type { SegmentLayer } from '../text/text-stages.js';
import { collectEvidence } from './collect-evidence.js';
import { combineConstraints } from './combine-constraints.js';
import type { DateConstraint } from './date-constraint.js';
import { describeRange, hull, intersect, isoDay, parseDay, type Day, type DaySet } from './day-range.js';
import { defaultAnchors, type DatingAnchor } from './read-anchor-file.js';
import { recycledVerdict } from './recycled-verdict.js';
import { placeWeekdays } from './weekday-dates.js';
import { placeYearless } from './yearless-dates.js';

export interface DatingLayer { readonly contentDate: ContentDate | null; readonly recycled: boolean | null }

export type DatingInput = ExtractLayer & SegmentLayer & ActorsLayer & EventsLayer & WithDiagnostics;

/**
 * The content date with one extra field: where `to` comes from. `text`: the evidence bounds it;
 * `page-date`: nothing in the text does, so the range ends at the page's date; `none`: neither
 * (no page date either), and `to` repeats `from` ("written on or after").
 */
export interface DatedContent extends ContentDate {
  readonly toBasis: 'text' | 'page-date' | 'none';
}

/** Evidence this far (days) from the range's ends is listed; older bounds ("in 1991") are not news. */
const EVIDENCE_REACH = 365;

/** Kinds whose lower bound after the page date is more likely a misread plan than a wrong page date. */
const PAGE_CAPPED = new Set<DateConstraint['kind']>(['explicit-date', 'anchor', 'relative']);

export function datingStage(gazetteer: CompiledGazetteer, anchors: readonly DatingAnchor[] = defaultAnchors()): Stage<DatingInput, DatingLayer> {
  return { name: 'dating', run: (doc) => dateContent(doc, gazetteer, anchors) };
}

function dateContent(doc: DatingInput, gazetteer: CompiledGazetteer, anchors: readonly DatingAnchor[]): DatingLayer & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const pageIso = documentDay(doc.meta.published);
  const page = pageIso === null ? null : parseDay(pageIso);
  const evidence = collectEvidence(doc, gazetteer, anchors);
  const afterPage = (c: DateConstraint): boolean =>
    page !== null && PAGE_CAPPED.has(c.kind) && (hull(c.allows)?.lo ?? -Infinity) > page + 1;
  const constraints = evidence.constraints.filter((c) => !afterPage(c));
  const dropped = evidence.constraints.filter(afterPage);
  if (dropped.length) {
    const quoted = dropped.slice(0, 3).map((c) => `"${doc.text.slice(c.span.start, c.span.end)}"`).join(', ');
    diagnostics.push(diagnostic('dating/after-page-date', `${dropped.length} date${dropped.length === 1 ? '' : 's'} the text gives as past fall after the page date ${pageIso} and ${dropped.length === 1 ? 'was' : 'were'} not used (more likely plans or misread dates than a wrong page date): ${quoted}${dropped.length > 3 ? ', …' : ''}`, 'info', dropped[0]!.span));
  }
  const combined = combineConstraints(constraints);
  if (!combined) return { contentDate: null, recycled: null, diagnostics };

  const settled = hull(combined.allows);
  for (const c of combined.conflicting) {
    diagnostics.push(diagnostic('dating/conflicting-evidence', `${c.reason} — conflicts with stronger evidence (${settled ? describeRange(settled) : 'none'}); set aside`, 'warning', c.span));
  }
  // Weekdays pick their year among those the evidence and the page date leave (weekday-dates.ts).
  const capped = page === null ? [] : intersect(combined.allows, [{ lo: -Infinity, hi: page + 1 }]);
  const weekdays = placeWeekdays(doc.text, evidence.yearless, capped.length ? capped : combined.allows);
  const narrowed = weekdays.reduce((set, c) => intersect(set, c.allows), combined.allows);
  // Year-less dates too are placed in what the page date leaves: the range the analyst is shown.
  const narrowedCapped = page === null ? [] : intersect(narrowed, [{ lo: -Infinity, hi: page + 1 }]);
  const yearless = placeYearless(doc.text, evidence.yearless, narrowedCapped.length ? narrowedCapped : narrowed);
  const allows = yearless.reduce((set, c) => intersect(set, c.allows), narrowed);
  if (!hull(allows)) return { contentDate: null, recycled: null, diagnostics };
  const { from, to, toBasis } = closeRange(allows, page);
  if (toBasis !== 'text') {
    diagnostics.push(diagnostic('dating/open-range', toBasis === 'page-date'
      ? `nothing in the text bounds the writing date from above before the page date: the range ends at the page date ${pageIso}`
      : `nothing in the text bounds the writing date from above: written on or after ${isoDay(from)}`, 'info'));
  }
  // Of the year-less dates, the one that sets the lower bound is the evidence; the others agree.
  const latestYearless = yearless.reduce<DateConstraint | null>((a, c) => (!a || (hull(c.allows)?.lo ?? 0) > (hull(a.allows)?.lo ?? 0) ? c : a), null);
  const used = bearing([...combined.kept, ...weekdays, ...(latestYearless ? [latestYearless] : [])], from, to).sort((a, b) => a.span.start - b.span.start);
  const contentDate: DatedContent = {
    from: isoDay(from),
    to: isoDay(to),
    evidence: used.map((c) => ({ span: c.span, reason: c.reason })),
    toBasis,
  };
  if (page === null) return { contentDate, recycled: null, diagnostics };
  const verdict = recycledVerdict(page, from, toBasis === 'text' ? to : null);
  if (verdict.pageBeforeRange) {
    diagnostics.push(diagnostic('dating/page-date-before-content', `the page date ${pageIso} is before the earliest day the text can have been written (${isoDay(from)})`, 'warning'));
  }
  return { contentDate, recycled: verdict.recycled, diagnostics };
}

/**
 * The range's ends. A text is not written after its page was published, so the page date caps
 * what the evidence allows (Trump was President 2017–2021 and again from 2025: a page of 2024
 * naming him so was written in his first term). Where the text itself sets no upper bound before
 * the page date, the range ends at the page date (`page-date`); with no page date either, `to`
 * repeats `from` (`none`). A page date before everything the evidence allows is not used.
 */
function closeRange(allows: DaySet, page: Day | null): { from: Day; to: Day; toBasis: DatedContent['toBasis'] } {
  // A day's slack: the page date and the text's dates may be in different time zones.
  const capped = page === null ? [] : intersect(allows, [{ lo: -Infinity, hi: page + 1 }]);
  const r = hull(capped.length ? capped : allows)!;
  const from = Number.isFinite(r.lo) ? r.lo : r.hi;
  if (page !== null && capped.length && r.hi === page + 1) return { from, to: Math.max(from, page), toBasis: 'page-date' };
  if (!Number.isFinite(r.hi)) return { from, to: from, toBasis: 'none' };
  return { from, to: r.hi, toBasis: 'text' };
}

/**
 * Evidence that bears on the range: a bound of it within a year of the range's ends (older bounds
 * such as "in 1991" are true but say nothing an analyst needs), or one without which the range
 * would be wider.
 */
function bearing(kept: readonly DateConstraint[], from: Day, to: Day): DateConstraint[] {
  const close = (d: Day): boolean => Number.isFinite(d) && d >= from - EVIDENCE_REACH && d <= to + EVIDENCE_REACH;
  const all = hull(kept.reduce((set, c) => intersect(set, c.allows), ALL));
  return kept.filter((c, i) => {
    if (c.allows.some((r) => close(r.lo) || close(r.hi))) return true;
    const others = hull(kept.reduce((set, o, j) => (j === i ? set : intersect(set, o.allows)), ALL));
    return !others || !all || others.lo !== all.lo || others.hi !== all.hi;
  });
}

const ALL: DaySet = [{ lo: -Infinity, hi: Infinity }];
