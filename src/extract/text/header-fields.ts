// The fields after the date of a header whose fields stand between `|` (or `·`) separators, in
// whatever order the site prints them: `| Africa | 1,906 views | Source: agencies`,
// `| National | Web Desk | 4,733 reads`. Each field must be one a header holds (a section
// name, a count, a byline, a source, a desk or an update time): any other field means the line
// is body text.

export interface PipedFields {
  category: string | null;
  views: number | null;
  author: string | null;
}

const COUNT = /^(?:(?:views?|reads?|hits)\s*[:：]?\s*)?(\d[\d,]*)(?:\s*(?:views?|reads?|hits|comments?))?$/i;
const BYLINE = /^(?:By|Author)\b\s*[:：]?\s*(.*)$/i;
/** A source or a desk: kept out of the fields (cited sources are read from the end of the text). */
const SOURCE = /^(?:Source|Sources|Via|Credit)\s*[:：]\s*\S.{0,80}$|^[\p{L}][\p{L}'-]*(?: [\p{L}][\p{L}'-]*)? Desk$/iu;
/** When the page was last edited ("Updated: 08:12, 28 Aug 2021"): not the page's date, kept out of the fields. */
const UPDATED = /^(?:last\s+)?(?:updated|modified|edited)\s*[:：]?\s*(?=[^|]*\d)[\p{L}\d][\p{L}\d ,:./+-]{0,40}$/iu;
/** A section name: up to three words. */
const NAME = /^[\p{L}][\p{L}&'-]*(?: [\p{L}][\p{L}&'-]*){0,2}$/u;
const MAX_FIELDS = 6;

/** null when `rest` (what follows the date and time) is not such a list of fields. */
export function pipedFields(rest: string): PipedFields | null {
  if (!/^\s*[|·]/.test(rest)) return null;
  const fields = rest.split(/\s*[|·]\s*/).map((f) => f.trim()).filter((f) => f !== '');
  if (fields.length === 0 || fields.length > MAX_FIELDS) return null;
  const out: PipedFields = { category: null, views: null, author: null };
  for (const f of fields) {
    const count = COUNT.exec(f);
    const by = BYLINE.exec(f);
    if (count?.[1] !== undefined && out.views === null) out.views = Number(count[1].replace(/,/g, ''));
    else if (by) out.author = by[1]?.trim() || out.author;
    else if (SOURCE.test(f) || UPDATED.test(f)) continue;
    else if (NAME.test(f) && out.category === null) out.category = f.toLowerCase();
    else return null;
  }
  return out;
}
