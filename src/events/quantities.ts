// Quantities an event states: sums of money ("$800 million", "another 1 billion pounds") with
// ISO 4217 units, and counts of troops, weapons and people ("more than 50 F-35 pilots" → 50
// troops). A number counts only when a currency or a count noun says what it is: years, dates,
// model numbers ("F-35"), ages, percentages and ordinals therefore never fire. One pass over the
// tokens with a few tokens of look-around each, so the cost is linear in the text.
import type { Span } from '../model/span.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { readAmount, type Amount } from './amount-tokens.js';
import { countAt } from './count-phrase.js';
import { currencyAfter, currencyBefore, type CurrencyMatch } from './currency-units.js';

export interface Quantity {
  readonly amount: number;
  /** ISO 4217 code for money, else a count unit ("troops", "aircraft", "people", … see count-units). */
  readonly unit: string;
  /** The quantity phrase as written, approximators included ("more than 50 F-35 pilots"). */
  readonly text: string;
  readonly span: Span;
}

/** Words before a number that belong to the phrase; longest first. */
const APPROXIMATORS = ['more than', 'fewer than', 'less than', 'over', 'about', 'around', 'nearly', 'almost',
  'roughly', 'approximately', 'some', 'up to', 'at least', 'at most', 'an estimated', 'as many as', 'as much as',
  'close to', 'upwards of', 'under', 'just over', 'just under']
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length);

/** Words before a four-digit number that make it a year: "in 2014 troops entered". */
const YEAR_FRAME = new Set(['in', 'since', 'by', 'from', 'of', 'during', 'until', 'till', 'through', 'around', 'the',
  'its', 'their', 'his', 'her', 'our', 'early', 'mid', 'late', 'circa', 'before', 'after']);
const MONTH = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;
const YEAR = /^(?:19|20)\d{2}$/;
/** Symbols that glue a number into something else: "2+2", "3/4", "10:30", "5,000-strong", "#5". */
const GLUE = new Set(['+', '/', ':', '-', '‐', '–', '#', '×', '^']);
const KILLING = /^(?:killing|killed|kills|kill|wounding|wounded|injuring|injured)$/i;

/** Quantities in `within` (document offsets into `text`), in text order. */
export function quantities(text: string, within: Span): Quantity[] {
  const start = Math.max(0, Math.min(within.start, text.length));
  const tokens = tokenize(text, { start, end: Math.max(start, Math.min(within.end, text.length)) });
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const hit = quantityAt(text, tokens, i);
    if (hit) {
      found.push(hit.quantity);
      i = hit.last;
    }
  }
  return found;
}

function quantityAt(text: string, tokens: readonly Token[], i: number): { quantity: Quantity; last: number } | undefined {
  const amount = readAmount(tokens, i);
  if (!amount || !standsAlone(tokens, amount)) return undefined;
  const before = currencyBefore(tokens, i);
  const after = currencyAfter(tokens, amount.last + 1);
  let unit: string;
  let last: number;
  if (before || after) {
    if (!before && after && isWeight(tokens, amount, after)) return undefined;
    unit = before?.code ?? after?.code ?? '';
    last = after?.token ?? amount.last;
  } else {
    if (amount.letterScale || isDatePart(tokens, amount)) return undefined;
    const head = countAt(tokens, amount.last + 1, amount.value);
    if (head) [unit, last] = [head.unit, head.last];
    else if (KILLING.test(tokens[i - 1]?.text ?? '') && !amount.scaled) [unit, last] = ['people', amount.last]; // "killing 12"
    else return undefined;
  }
  const firstToken = tokens[approximatorStart(tokens, before?.token ?? i)];
  const lastToken = tokens[last];
  if (!firstToken || !lastToken) return undefined;
  const span = { start: firstToken.start, end: lastToken.end };
  return { quantity: { amount: amount.value, unit, text: text.slice(span.start, span.end), span }, last };
}

/** Not glued to symbols or to other numbers ("2+2", "G7" is one token anyway, "+44 20 7946"). */
function standsAlone(tokens: readonly Token[], amount: Amount): boolean {
  const first = tokens[amount.first];
  const last = tokens[amount.last];
  const prev = tokens[amount.first - 1];
  const next = tokens[amount.last + 1];
  if (!first || !last) return false;
  if (prev && (prev.kind === 'number' || (prev.end === first.start && GLUE.has(prev.text)))) return false;
  return !(next && (next.kind === 'number' || (last.end === next.start && GLUE.has(next.text))));
}

/** "July 13", "13 July", "in 2014": the number is part of a date. */
function isDatePart(tokens: readonly Token[], amount: Amount): boolean {
  const t = tokens[amount.first];
  if (!t || t.kind !== 'number' || amount.last !== amount.first) return false;
  if (MONTH.test(tokens[amount.first - 1]?.text ?? '') || MONTH.test(tokens[amount.last + 1]?.text ?? '')) return true;
  return YEAR.test(t.text) && YEAR_FRAME.has(tokens[amount.first - 1]?.text.toLowerCase() ?? '');
}

/** "50 pounds of explosives" is a weight; "1 billion pounds of aid" stays money. */
function isWeight(tokens: readonly Token[], amount: Amount, after: CurrencyMatch): boolean {
  const word = tokens[after.token]?.text.toLowerCase() ?? '';
  return /^pounds?$/.test(word) && !amount.scaled && tokens[after.token + 1]?.text.toLowerCase() === 'of';
}

/** Index of the first token of an approximator ending just before token `first`, or `first`. */
function approximatorStart(tokens: readonly Token[], first: number): number {
  for (const words of APPROXIMATORS) {
    const from = first - words.length;
    if (from >= 0 && words.every((w, n) => tokens[from + n]?.text.toLowerCase() === w)) return from;
  }
  return first;
}
