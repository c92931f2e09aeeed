// Is the page's date far after the range the text was written in (old content reposted under a
// new date)? News is reposted, syndicated and updated within weeks; a page dated a full quarter
// after the latest day its text can have been written is no longer that.
import type { Day } from './day-range.js';

/**
 * Days after the end of the range before a page date counts as recycled: about three months.
 * Shorter, and slow syndication or an analysis written a few weeks on would be called recycled;
 * the seed corpus's reposts are two years late.
 */
export const RECYCLED_AFTER_DAYS = 90;

export type Verdict = { readonly recycled: boolean; readonly pageBeforeRange: boolean };

/** `to` null: the text sets no upper bound (the range was closed with the page date itself). */
export function recycledVerdict(page: Day, from: Day, to: Day | null): Verdict {
  // A day's slack before the range: page dates and the text's dates may be in different time zones.
  const pageBeforeRange = page < from - 1;
  return { recycled: to !== null && page > to + RECYCLED_AFTER_DAYS, pageBeforeRange };
}
