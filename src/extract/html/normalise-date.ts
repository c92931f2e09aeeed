// Page dates → ISO 8601 at the precision the page states: a day stays a day, a minute stays a
// minute, a stated offset is kept. Nothing is filled in: "March 2019" is "2019-03", and a
// string that is not clearly a date is null (Date.parse would turn "1" into 2001-01-01).

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const TIME = /(?:^|[\sT,])(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*([ap]\.?m\.?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?(?![\d:])/i;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

interface Parts { y: number; m: number; d?: number }

function validDate({ y, m, d }: Parts): boolean {
  if (y < 1800 || y > 2200 || m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const monthNumber = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** The calendar date in `s` and where it ends, or null. */
function findDate(s: string): { parts: Parts; end: number } | null {
  const tries: [RegExp, (m: RegExpExecArray) => Parts][] = [
    [/(\d{4})-(\d{2})-(\d{2})(?!\d)/, (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]! })],
    [/(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/, (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]! })],
    [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/, (m) => ({ y: +m[1]!, m: +m[2]!, d: +m[3]! })],
    [new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'i'), (m) => ({ y: +m[3]!, m: monthNumber(m[2]!), d: +m[1]! })],
    [new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'i'), (m) => ({ y: +m[3]!, m: monthNumber(m[1]!), d: +m[2]! })],
    [/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/, (m) => ({ y: +m[3]!, m: +m[2]!, d: +m[1]! })],
    [new RegExp(String.raw`\b${MONTH},?\s+(\d{4})\b`, 'i'), (m) => ({ y: +m[2]!, m: monthNumber(m[1]!) })],
    [/^(\d{4})-(\d{2})$/, (m) => ({ y: +m[1]!, m: +m[2]! })],
  ];
  for (const [re, read] of tries) {
    const m = re.exec(s);
    if (!m) continue;
    const parts = read(m);
    if (validDate(parts)) return { parts, end: m.index + m[0].length };
  }
  return null;
}

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 'Z';
  const m = /^([+-]\d{2}):?(\d{2})$/.exec(zone);
  return m ? `${m[1]}:${m[2]}` : '';
}

/** The time of day stated right after the date, as `THH:MM[:SS[.fff]][offset]`, or ''. */
function timeAfter(rest: string): string {
  const m = TIME.exec(rest);
  if (!m || m.index > 3) return '';
  let h = +m[1]!;
  const meridiem = m[5]?.toLowerCase().replace(/\./g, '');
  if (meridiem === 'pm' && h < 12) h += 12;
  if (meridiem === 'am' && h === 12) h = 0;
  const min = +m[2]!;
  if (h > 23 || min > 59 || (m[3] !== undefined && +m[3] > 60)) return '';
  const seconds = m[3] === undefined ? '' : `:${m[3]}${m[4] ?? ''}`;
  return `T${pad(h)}:${pad(min)}${seconds}${offsetOf(m[6])}`;
}

/** ISO 8601 for a date as a page states it, keeping its precision; null when it is not a date. */
export function normaliseDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s || s.length > 120) return null;
  const found = findDate(s);
  if (!found) return null;
  const { y, m, d } = found.parts;
  const date = `${pad(y, 4)}-${pad(m)}`;
  if (d === undefined) return date;
  return `${date}-${pad(d)}${timeAfter(s.slice(found.end))}`;
}

/** A `/2024/05/21/`-style date in a URL's path, or null. */
export function dateFromUrl(uri: string): string | null {
  let path = uri;
  try {
    path = new URL(uri).pathname;
  } catch {
    // A file path or bare id: search it as it is.
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=\/|$|[-_.])/.exec(path);
  if (!m) return null;
  const parts = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return validDate(parts) ? `${m[1]}-${pad(parts.m)}-${pad(parts.d)}` : null;
}
