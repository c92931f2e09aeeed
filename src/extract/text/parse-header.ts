// A scrape's metadata header, e.g. `2024/05/2100:38:33 international 1388` (date glued to the
// time, category, views) or `2022-05-05 0 By` (date, count, empty byline). Grammar:
//   DATE [TIME] [CATEGORY] [COUNT] [By AUTHOR]
// or the same fields between `|` in any order (`12 May 2025 | 10:20 PKT | National | 4,733 reads`).
// DATE is Y/M/D, Y-M-D or Y.M.D, D/M/Y or M/D/Y, "May 21, 2024" or "21 May 2024" (a weekday may
// lead); TIME may be glued to the day.
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
const TIME = /^(?:\s*[|·,–-]?\s*|T)(\d{2}):(\d{2})(?::(\d{2}))?(?:\s*(?:[AP]M|[A-Z]{2,4}(?:[+-]\d{1,2})?)\b)?/;
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

/** Parses a header line; null when the line is not a header (e.g. a body sentence starting with a date). */
export function parseHeader(line: string): HeaderFields | null {
  if (line.length > 120) return null;
  const date = readDate(line.trim());
  if (!date) return null;
  let published = date.date;
  let rest = date.rest;
  const t = TIME.exec(rest);
  if (t && Number(t[1]) < 24 && Number(t[2]) < 60 && Number(t[3] ?? 0) < 60) {
    published += `T${t[1]}:${t[2]}${t[3] ? `:${t[3]}` : ''}`;
    rest = rest.slice(t[0].length);
  }
  const alternative = date.monthFirst === undefined ? {} : { monthFirst: published.replace(date.date, date.monthFirst) };
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
