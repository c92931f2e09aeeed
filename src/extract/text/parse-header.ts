// A scrape's metadata header, e.g. `2024/05/2100:38:33 international 1388` (date glued to the
// time, category, views) or `2022-05-05 0 By` (date, count, empty byline). Grammar:
//   DATE [TIME] [CATEGORY] [COUNT] [By AUTHOR]
// DATE is Y/M/D, Y-M-D or Y.M.D, or "May 21, 2024"; TIME may be glued to the day.

export interface HeaderFields {
  published: string;
  category: string | null;
  views: number | null;
  author: string | null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const NUMERIC_DATE = /^(?:(?:published|posted|date|time)\s*[:：]?\s*)?(\d{4})[/.-](\d{1,2})[/.-](\d{2})/i;
const NAMED_DATE = /^(?:(?:[Pp]ublished|[Pp]osted|[Dd]ate)\s*[:：]?\s*)?([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})/;
const TIME = /^(?:\s*|T)(\d{2}):(\d{2})(?::(\d{2}))?/;
const REST = /^(?:\s*[|·]?\s*([\p{L}][\p{L}&'-]*(?: [\p{L}][\p{L}&'-]*){0,2}))??(?:\s*[|·]?\s*(?:views?\s*[:：]?\s*)?(\d[\d,]*)(?:\s*views?)?)?(?:\s*[|·]?\s*By\b:?\s*(.*))?$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

function readDate(line: string): { date: string; rest: string } | null {
  const n = NUMERIC_DATE.exec(line);
  if (n) {
    const [y, m, d] = [Number(n[1]), Number(n[2]), Number(n[3])];
    return validDate(y, m, d) ? { date: `${y}-${pad(m)}-${pad(d)}`, rest: line.slice(n[0].length) } : null;
  }
  const w = NAMED_DATE.exec(line);
  if (w) {
    const m = MONTHS.indexOf((w[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    const [d, y] = [Number(w[2]), Number(w[3])];
    return m > 0 && validDate(y, m, d) ? { date: `${y}-${pad(m)}-${pad(d)}`, rest: line.slice(w[0].length) } : null;
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
  const r = REST.exec(rest);
  if (!r) return null;
  // "By" alone as the category would be the byline marker, not a category.
  const category = r[1] && !/^by$/i.test(r[1]) ? r[1].toLowerCase() : null;
  const views = r[2] !== undefined ? Number(r[2].replace(/,/g, '')) : null;
  const author = r[3]?.trim() || null;
  return { published, category, views, author };
}
