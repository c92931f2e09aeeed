// A scrape's metadata header, e.g. `2024/05/2100:38:33 international 1388` (date glued to the
// time, category, views) or `2022-05-05 0 By` (date, count, empty byline). Grammar:
//   DATE [TIME] [CATEGORY] [COUNT] [By AUTHOR]
// or the same fields between `|` in any order (`12 May 2025 | 10:20 PKT | National | 4,733 reads`).
// DATE is Y/M/D, Y-M-D or Y.M.D, D/M/Y or M/D/Y, "May 21, 2024" or "21 May 2024" (a weekday may
// lead or follow: "21 July 2016, Thursday"); TIME may be glued to the day, carry a zone
// ("10:47:12 +0200", RFC 2822) or come first ("06:30, 28 Aug 2021"). A date in another calendar
// printed beside the Gregorian one ("1398/10/19 - 2020/01/09", Solar Hijri) is passed over: a
// year below 1500 is not the date of a news page. Between bars the date may be any field
// ("By Desk | Published: 06:30, 28 Aug 2021 | Updated: …").
import { pipedFields } from './header-fields.js';

export interface HeaderFields {
  published: string;
  category: string | null;
  views: number | null;
  author: string | null;
  /**
   * For `07/08/2023`, where both day-first and month-first readings are dates: the month-first
   * one (`published` holds the day-first one). The caller decides from the page's other dates.
   */
  monthFirst?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const NUMERIC_DATE = /^(?:(?:published|posted|date|time)\s*[:：]?\s*)?(\d{4})[/.-](\d{1,2})[/.-](\d{2})/i;
/** Day and month first, year last: 07/08/2023, 7.8.2023. */
const YEAR_LAST = /^(?:(?:published|posted|date|time)\s*[:：]?\s*)?(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/i;
const LABEL = String.raw`(?:(?:[Pp]ublished|[Pp]osted|[Dd]ate)\s*[:：]?\s*)?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+)?`;
const NAMED_DATE = new RegExp(String.raw`^${LABEL}${WEEKDAY}([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})`);
const DAY_NAMED_DATE = new RegExp(String.raw`^${LABEL}${WEEKDAY}(\d{1,2}) ([A-Z][a-z]{2,8})\.?,? (\d{4})`);
const TIME = /^(?:\s*[|·,–-]?\s*|T)(\d{2}):(\d{2})(?::(\d{2}))?(?:\s*(?:[AP]M|[A-Z]{2,4}(?:[+-]\d{1,2})?|[+-]\d{2}:?\d{2})\b)?/;
/** A time printed before the date: "06:30, 28 Aug 2021". */
const TIME_FIRST = new RegExp(String.raw`^${LABEL}(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*[AP]M)?\s*[,|·–-]?\s*(?=\d)`);
/** A weekday after the date: "21 July 2016, Thursday 09:14". */
const TRAILING_WEEKDAY = /^\s*,?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b\s*,?/i;
/** A date of another calendar (year below 1500: Solar Hijri 13xx–14xx, lunar Hijri 14xx) and its separator. */
const OTHER_CALENDAR = /^(\d{4})[/.-]\d{1,2}[/.-]\d{1,2}(?!\d)\s*(?:[-–|/,]\s*)?/;
/** The label of a field that dates a later edit, not the page. */
const UPDATED = /^(?:last\s+)?(?:updated|modified|edited)\b/i;
const REST = /^(?:\s*[|·]?\s*([\p{L}][\p{L}&'-]*(?: [\p{L}][\p{L}&'-]*){0,2}))??(?:\s*[|·]?\s*(?:views?\s*[:：]?\s*)?(\d[\d,]*)(?:\s*views?)?)?(?:\s*[|·]?\s*By\b:?\s*(.*))?$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

const iso = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function readDate(line: string): { date: string; monthFirst?: string; rest: string } | null {
  const n = NUMERIC_DATE.exec(line);
  if (n) {
    const [y, m, d] = [Number(n[1]), Number(n[2]), Number(n[3])];
    return validDate(y, m, d) ? { date: iso(y, m, d), rest: line.slice(n[0].length) } : null;
  }
  const yl = YEAR_LAST.exec(line);
  if (yl) {
    const [a, b, y] = [Number(yl[1]), Number(yl[3]), Number(yl[4])];
    const dayFirst = validDate(y, b, a) ? iso(y, b, a) : null;
    const monthFirst = validDate(y, a, b) ? iso(y, a, b) : null;
    const rest = line.slice(yl[0].length);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return { date: dayFirst, monthFirst, rest };
    const date = dayFirst ?? monthFirst;
    return date ? { date, rest } : null;
  }
  const w = NAMED_DATE.exec(line);
  const dn = w ? null : DAY_NAMED_DATE.exec(line);
  const [month, day] = w ? [w[1], w[2]] : dn ? [dn[2], dn[1]] : [];
  const found = w ?? dn;
  if (found && month !== undefined && day !== undefined) {
    const m = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
    const [d, y] = [Number(day), Number(found[3])];
    return m > 0 && validDate(y, m, d) ? { date: iso(y, m, d), rest: line.slice(found[0].length) } : null;
  }
  return null;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

interface DateTime {
  published: string;
  /** The month-first reading of an ambiguous date, with the same time. */
  monthFirst?: string;
  rest: string;
}

const validTime = (h: string | undefined, m: string | undefined, sec: string | undefined): boolean =>
  Number(h) < 24 && Number(m) < 60 && Number(sec ?? 0) < 60;

const clock = (h: string, m: string, sec: string | undefined): string => `T${pad(Number(h))}:${m}${sec ? `:${sec}` : ''}`;

/** Length of a leading date of another calendar (year below 1500), else 0. */
function otherCalendar(text: string): number {
  const o = OTHER_CALENDAR.exec(text);
  return o && Number(o[1]) < 1500 ? o[0].length : 0;
}

/** The date and time at the start of `line`, in any of the orders the header grammar allows. */
function readDateTime(line: string): DateTime | null {
  let text = line.slice(otherCalendar(line));
  const tf = TIME_FIRST.exec(text);
  const timeFirst = tf && validTime(tf[1], tf[2], tf[3]) ? tf : null;
  if (timeFirst) text = text.slice(timeFirst[0].length);
  const date = readDate(text);
  if (!date) return null;
  let rest = date.rest.replace(TRAILING_WEEKDAY, '');
  const after = /^\s*[-–|/,]\s*/.exec(rest);
  const skip = after ? otherCalendar(rest.slice(after[0].length)) : 0;
  if (after && skip > 0) rest = rest.slice(after[0].length + skip);
  let time = timeFirst ? clock(timeFirst[1] ?? '', timeFirst[2] ?? '', timeFirst[3]) : '';
  const t = timeFirst ? null : TIME.exec(rest);
  if (t && validTime(t[1], t[2], t[3])) {
    time = clock(t[1] ?? '', t[2] ?? '', t[3]);
    rest = rest.slice(t[0].length);
  }
  return { published: date.date + time, ...(date.monthFirst !== undefined && { monthFirst: date.monthFirst + time }), rest };
}

/** A header whose date is not its first field: `By Desk | Published: 06:30, 28 Aug 2021 | Politics`. */
function dateAmongFields(line: string): HeaderFields | null {
  const fields = line.split(/\s*[|·]\s*/);
  if (fields.length < 2) return null;
  for (const [i, field] of fields.entries()) {
    if (UPDATED.test(field)) continue;
    const d = readDateTime(field);
    if (!d || d.rest.trim() !== '') continue;
    const others = fields.filter((_, j) => j !== i && fields[j] !== '');
    const piped = others.length === 0 ? { category: null, views: null, author: null } : pipedFields(`| ${others.join(' | ')}`);
    return piped && { published: d.published, ...piped, ...(d.monthFirst !== undefined && { monthFirst: d.monthFirst }) };
  }
  return null;
}

/** Parses a header line; null when the line is not a header (e.g. a body sentence starting with a date). */
export function parseHeader(line: string): HeaderFields | null {
  if (line.length > 120) return null;
  const date = readDateTime(line.trim());
  if (!date) return dateAmongFields(line.trim());
  const { published, rest } = date;
  const alternative = date.monthFirst === undefined ? {} : { monthFirst: date.monthFirst };
  const r = REST.exec(rest);
  if (!r) {
    const piped = pipedFields(rest);
    return piped && { published, ...piped, ...alternative };
  }
  // "By" alone as the category would be the byline marker, not a category.
  const category = r[1] && !/^by$/i.test(r[1]) ? r[1].toLowerCase() : null;
  const views = r[2] !== undefined ? Number(r[2].replace(/,/g, '')) : null;
  const author = r[3]?.trim() || null;
  return { published, category, views, author, ...alternative };
}
