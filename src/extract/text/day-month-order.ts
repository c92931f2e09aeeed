// Which of a header's two readings is meant when day and month are both ≤ 12 (`07/08/2023` is
// 7 August in most of the world, 8 July in the US). The line alone cannot tell; the page can:
// - another numeric date on the page whose order is plain ("25/07/2023" is day first);
// - the dates the text names with a month ("on July 26", "2 August"): a news page is published
//   shortly after the events it narrates, so the reading that fewer of them follow, that follows
//   more of them within a few weeks, and then the one nearer the latest of them is the page's date.
// With no evidence, day first, the order of most of the world's outlets (an `info` diagnostic
// says so).

export type DayMonthOrder = 'day-first' | 'month-first';

export interface OrderChoice {
  readonly order: DayMonthOrder;
  /** Why, for the diagnostic: "the page's other numeric dates are day first". */
  readonly why: string;
  readonly evidence: boolean;
}

const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[/.-]\d)/g;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
/** "July 26", "26 July", "26th of July": the month's name with a capital. */
const NAMED = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*[:.]\d)|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b`, 'g');
/** How long before its page date a narrated event may lie and still count as recent. */
const RECENT_DAYS = 45;
const DAY_MS = 86_400_000;

const monthOf = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;

/** Votes of the page's unambiguous numeric dates. */
function numericVotes(text: string): { dayFirst: number; monthFirst: number } {
  const votes = { dayFirst: 0, monthFirst: 0 };
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) votes.dayFirst += 1;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) votes.monthFirst += 1;
  }
  return votes;
}

/** Month-and-day dates the text names, as [month, day]. */
function namedDays(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(NAMED)) {
    const month = monthOf(m[1] ?? m[4] ?? '');
    const day = Number(m[2] ?? m[3]);
    if (month > 0 && day >= 1 && day <= 31) out.push([month, day]);
  }
  return out;
}

interface Fit {
  /** Named days in the weeks after the reading: it would come before what it narrates. */
  readonly after: number;
  /** Named days in the weeks before it. */
  readonly recent: number;
  /** Days from the latest of those to the reading (Infinity for none). */
  readonly gap: number;
}

/** How a reading `iso` sits among the named days (each put in the reading's year, or the year before). */
function fitOf(iso: string, days: readonly [number, number][]): Fit {
  const [y, mo, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const page = Date.UTC(y, mo - 1, d);
  let after = 0;
  let recent = 0;
  let gap = Infinity;
  for (const [month, day] of days) {
    const t = Date.UTC(y, month - 1, day);
    if (t > page + DAY_MS && t - page <= RECENT_DAYS * DAY_MS) after += 1;
    const before = t > page + DAY_MS ? Date.UTC(y - 1, month - 1, day) : t;
    if (page - before <= RECENT_DAYS * DAY_MS) {
      recent += 1;
      gap = Math.min(gap, Math.max(0, (page - before) / DAY_MS));
    }
  }
  return { after, recent, gap };
}

/** Days by which one reading must be nearer the latest narrated day to win on that alone. */
const NEARER_BY = 7;

/** `text`: the page without the header line. */
export function chooseDayMonthOrder(dayFirst: string, monthFirst: string, text: string): OrderChoice {
  const votes = numericVotes(text);
  if (votes.dayFirst !== votes.monthFirst) {
    const order = votes.dayFirst > votes.monthFirst ? 'day-first' : 'month-first';
    return { order, why: `the page's other numeric dates are ${order.replace('-', ' ')}`, evidence: true };
  }
  const days = namedDays(text);
  const [df, mf] = [fitOf(dayFirst, days), fitOf(monthFirst, days)];
  const pick = (dayFirstWins: boolean, why: string): OrderChoice => ({ order: dayFirstWins ? 'day-first' : 'month-first', why, evidence: true });
  if (df.after !== mf.after) return pick(df.after < mf.after, `the other reading comes before ${Math.max(df.after, mf.after)} of the dates the text narrates`);
  if (df.recent !== mf.recent) return pick(df.recent > mf.recent, `${Math.max(df.recent, mf.recent)} of the dates the text names fall in the ${RECENT_DAYS} days before it (${Math.min(df.recent, mf.recent)} before the other reading)`);
  if (Math.abs(df.gap - mf.gap) >= NEARER_BY) return pick(df.gap < mf.gap, `it follows the latest date the text narrates more closely (${Math.min(df.gap, mf.gap)} days after it)`);
  return { order: 'day-first', why: 'nothing on the page tells the order; day first, as most outlets write it', evidence: false };
}
