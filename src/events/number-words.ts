// Cardinal number words as news writes them ("three days ago", "twenty-five soldiers"). Only
// exact counts: vague words ("dozens", "several", "hundreds of") are deliberately absent, since
// an event's quantity should be a number the text commits to.

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

const SMALL = new Map<string, number>([
  ...UNITS.map((w, i): [string, number] => [w, i + 1]),
  ...TEENS.map((w, i): [string, number] => [w, i + 10]),
  ...TENS.map((w, i): [string, number] => [w, (i + 2) * 10]),
]);

/** Source for a regex alternative matching one number word 1–99 or digits (for phrase patterns). */
export const NUMBER_WORD_PATTERN = `(?:\\d{1,3}|an?|${[...TENS, ...TEENS, ...UNITS].join('|')})(?:-(?:${UNITS.join('|')}))?`;

/** Value of a tens word ("forty"), or undefined. */
export const tensValue = (word: string): number | undefined => {
  const v = SMALL.get(word.toLowerCase());
  return v !== undefined && v >= 20 && v % 10 === 0 ? v : undefined;
};

/** Value of a units word ("five"), or undefined. */
export const unitsValue = (word: string): number | undefined => {
  const v = SMALL.get(word.toLowerCase());
  return v !== undefined && v < 10 ? v : undefined;
};

/**
 * 1–99 written as a word, "twenty-five" included; digits up to 3 places; "a"/"an" count as one
 * (the caller decides where an article may stand for a number). Undefined for anything else.
 */
export function numberWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d{1,3}$/.test(lower)) return Number(lower);
  if (lower === 'a' || lower === 'an') return 1;
  const direct = SMALL.get(lower);
  if (direct !== undefined) return direct;
  const dash = lower.indexOf('-');
  if (dash < 0) return undefined;
  const tens = tensValue(lower.slice(0, dash));
  const units = unitsValue(lower.slice(dash + 1));
  return tens !== undefined && units !== undefined ? tens + units : undefined;
}
