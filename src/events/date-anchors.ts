// Dates stated relative to a well-known event ("three days before Russia launched its military
// operation"). An anchor is a pattern naming the event and its date; a phrase "N days/weeks/
// months/years before|after <anchor>" resolves against that date, with no document date needed.
import { addDays, addMonths, formatDay, formatMonth, formatYear, parseCalendarDay, type CalendarDay } from './calendar-day.js';
import { clauseMatches, type DateCandidate, type DateContext } from './date-candidate.js';
import { NUMBER_WORD_PATTERN, numberWord } from './number-words.js';

export interface DateAnchor {
  /** Matches a mention of the event; flags other than g/y are kept (use i for tolerance). */
  readonly pattern: RegExp;
  /** "YYYY-MM-DD". */
  readonly date: string;
  readonly label: string;
}

const RU = String.raw`(?:Russia|Moscow|Putin|the\s+Kremlin|Russian\s+(?:troops|forces|army))`;
const POSS = String.raw`(?:'s|’s)?`;

/** Facts only: the day each event began (or, for a process, its formal date). */
export const defaultDateAnchors: readonly DateAnchor[] = [
  {
    label: "Russia's full-scale invasion of Ukraine",
    date: '2022-02-24',
    pattern: new RegExp(
      String.raw`\b(?:${RU}(?:\s+\w+){0,2}?\s+(?:launched|started|began)\s+(?:its\s+|a\s+|the\s+|what\s+it\s+call(?:s|ed)\s+(?:a|its)\s+)?(?:full[-\s]scale\s+)?["“']?(?:special\s+)?(?:military\s+(?:action|operation)|invasion|war)` +
        String.raw`|(?:Russia${POSS}|Russian|Moscow${POSS})\s+(?:full[-\s]scale\s+)?invasion(?:\s+of\s+Ukraine)?|(?:full[-\s]scale\s+)?invasion\s+of\s+Ukraine|Russia\s+invaded\s+Ukraine)`,
      'i',
    ),
  },
  {
    label: 'annexation of Crimea by Russia',
    date: '2014-03-18',
    pattern: new RegExp(String.raw`\b(?:annexation\s+of\s+(?:the\s+)?Crimea|annexed\s+(?:the\s+)?Crimea|Crimea${POSS}\s+annexation)`, 'i'),
  },
  {
    label: 'September 11 attacks',
    date: '2001-09-11',
    pattern: /(?:\b9\/11\b|\bSept(?:ember|\.)?\s+11(?:th)?,?\s+(?:2001,?\s+)?(?:terrorist\s+|terror\s+)?attacks?|\b11\s+September(?:\s+2001)?\s+(?:terrorist\s+|terror\s+)?attacks?)/i,
  },
  {
    label: 'fall of the Berlin Wall',
    date: '1989-11-09',
    pattern: /\b(?:(?:fall|opening)\s+of\s+the\s+Berlin\s+Wall|Berlin\s+Wall\s+(?:fell|came\s+down|was\s+opened))/i,
  },
  {
    label: 'Hamas-led attack on Israel',
    date: '2023-10-07',
    pattern: /\b(?:October\s+7(?:th)?|7\s+October|Oct\.?\s+7)(?:,?\s+2023)?,?\s+(?:Hamas(?:-led)?\s+)?(?:attacks?|massacres?|assault|raid|incursion)\b/i,
  },
  {
    label: 'US-led invasion of Iraq',
    date: '2003-03-20',
    pattern: /(?:\bU\.S\.|\bUS|\bAmerican|\bUnited\s+States)(?:-led)?\s+invasion\s+of\s+Iraq\b|\binvasion\s+of\s+Iraq\s+in\s+2003\b/i,
  },
  {
    label: "Iraq's invasion of Kuwait",
    date: '1990-08-02',
    pattern: new RegExp(String.raw`\b(?:Iraq(?:i|${POSS})\s+invasion\s+of\s+Kuwait|(?:Iraq|Saddam(?:\s+Hussein)?)\s+invaded\s+Kuwait)`, 'i'),
  },
  {
    label: 'dissolution of the Soviet Union',
    date: '1991-12-26',
    pattern: /\b(?:(?:collapse|dissolution|break-?up|fall|end)\s+of\s+the\s+(?:Soviet\s+Union|USSR)|(?:Soviet\s+Union|USSR)\s+(?:collapsed|dissolved|broke\s+up|fell))/i,
  },
  {
    label: "Germany's invasion of Poland",
    date: '1939-09-01',
    pattern: new RegExp(String.raw`\b(?:(?:German(?:y${POSS})?|Nazi)\s+invasion\s+of\s+Poland|(?:Germany|Hitler)\s+invaded\s+Poland)`, 'i'),
  },
  {
    label: 'attack on Pearl Harbor',
    date: '1941-12-07',
    pattern: /\b(?:attack\s+on\s+Pearl\s+Harbou?r|Pearl\s+Harbou?r\s+attack)/i,
  },
];

/** How far after "before"/"after" the anchor may start (room for its subject: "Russia's army"). */
const ANCHOR_REACH = 60;

const RELATION = new RegExp(
  String.raw`\b(?:(${NUMBER_WORD_PATTERN})\s+(hour|day|week|month|year)s?|the\s+(day|week|month|year))\s+(before|after|prior\s+to|following)\s+|\bthe\s+(eve)\s+of\s+`,
  'gi',
);

export interface AnchorMention {
  readonly start: number;
  readonly end: number;
  readonly anchor: DateAnchor;
}

const globalCopy = (re: RegExp): RegExp => new RegExp(re.source, `${re.flags.replace(/[gy]/g, '')}g`);

/** Every mention of an anchor in the clause (their dates belong to that event, not this one). */
export function anchorMentions(context: DateContext, anchors: readonly DateAnchor[]): AnchorMention[] {
  const found: AnchorMention[] = [];
  for (const anchor of anchors) {
    for (const { m, start } of clauseMatches(context, globalCopy(anchor.pattern))) {
      found.push({ start, end: start + m[0].length, anchor });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "N units before/after <anchor>" phrases in the clause, resolved against the anchor's date. */
export function anchoredDates(context: DateContext, mentions: readonly AnchorMention[]): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const { m, start } of clauseMatches(context, new RegExp(RELATION.source, RELATION.flags))) {
    const after = start + m[0].length;
    const mention = mentions.find((x) => x.start >= after && x.start - after <= ANCHOR_REACH);
    const day = mention ? parseCalendarDay(mention.anchor.date) : null;
    if (!mention || !day) continue;
    const eve = m[5] !== undefined;
    const count = eve || m[3] !== undefined ? 1 : numberWord(m[1] ?? '');
    const unit = eve ? 'day' : (m[2] ?? m[3] ?? '').toLowerCase();
    if (count === undefined) continue;
    const n = eve || /^(?:before|prior)/i.test(m[4] ?? '') ? -count : count;
    found.push({ start, end: mention.end, value: shifted(day, unit, n), basis: 'relative' });
  }
  return found;
}

/** The anchor day moved by n units, at the precision the unit allows. */
function shifted(day: CalendarDay, unit: string, n: number): string {
  if (unit === 'hour' || unit === 'day') return formatDay(addDays(day, unit === 'hour' ? Math.round(n / 24) : n));
  if (unit === 'week') return formatDay(addDays(day, 7 * n));
  if (unit === 'month') {
    const m = addMonths(day.year, day.month, n);
    return formatMonth(m.year, m.month);
  }
  return formatYear(day.year + n);
}
