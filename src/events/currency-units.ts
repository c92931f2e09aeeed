// Currencies as news writes them, mapped to ISO 4217: a symbol or code before the amount ("$",
// "US$", "£", "EUR 5 million") or words after it ("2 billion euros", "Canadian dollars"). A bare
// "won" is a verb far more often than a currency, so the won needs "Korean" (or KRW); bare
// "francs" (Swiss? CFA?) and "¥" (yen or yuan) are resolved to CHF-only and JPY respectively.
import type { Token } from '../text/tokenize.js';

export interface CurrencyMatch {
  readonly code: string;
  /** Index of the first (prefix) or last (suffix) token of the currency. */
  readonly token: number;
}

const SYMBOLS = new Map([
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₽', 'RUB'], ['₴', 'UAH'], ['₹', 'INR'],
  ['₩', 'KRW'], ['₪', 'ILS'], ['₺', 'TRY'],
]);

/** Letters glued to "$": "US$1.2bn", "C$40". */
const DOLLAR_PREFIXES = new Map([
  ['US', 'USD'], ['C', 'CAD'], ['CA', 'CAD'], ['CAN', 'CAD'], ['A', 'AUD'], ['AU', 'AUD'], ['HK', 'HKD'],
  ['NZ', 'NZD'], ['S', 'SGD'], ['NT', 'TWD'], ['R', 'BRL'],
]);

/** Codes written in capitals before or after the amount; RMB and Rs are common aliases. */
const CODES = new Map([
  ...['USD', 'EUR', 'GBP', 'CHF', 'CNY', 'JPY', 'RUB', 'UAH', 'INR', 'KRW', 'CAD', 'AUD', 'HKD', 'ILS', 'TRY', 'PKR']
    .map((c): [string, string] => [c, c]),
  ['RMB', 'CNY'], ['Rs', 'INR'],
]);

/** Currency names after the amount, longest first so "Canadian dollars" wins over "dollars". */
const NAMES: readonly (readonly [readonly string[], string])[] = ([
  ['us dollars', 'USD'], ['u.s. dollars', 'USD'], ['american dollars', 'USD'], ['canadian dollars', 'CAD'],
  ['australian dollars', 'AUD'], ['hong kong dollars', 'HKD'], ['new zealand dollars', 'NZD'],
  ['singapore dollars', 'SGD'], ['taiwan dollars', 'TWD'], ['dollars', 'USD'], ['dollar', 'USD'],
  ['euros', 'EUR'], ['euro', 'EUR'],
  ['pounds sterling', 'GBP'], ['british pounds', 'GBP'], ['pounds', 'GBP'], ['pound', 'GBP'], ['sterling', 'GBP'],
  ['chinese yuan', 'CNY'], ['yuan', 'CNY'], ['renminbi', 'CNY'],
  ['rubles', 'RUB'], ['roubles', 'RUB'], ['ruble', 'RUB'], ['rouble', 'RUB'],
  ['hryvnias', 'UAH'], ['hryvnia', 'UAH'], ['hryvnas', 'UAH'], ['hryvnya', 'UAH'],
  ['japanese yen', 'JPY'], ['yen', 'JPY'],
  ['pakistani rupees', 'PKR'], ['sri lankan rupees', 'LKR'], ['indian rupees', 'INR'], ['rupees', 'INR'], ['rupee', 'INR'],
  ['swiss francs', 'CHF'], ['swiss franc', 'CHF'],
  ['south korean won', 'KRW'], ['korean won', 'KRW'],
  ['israeli shekels', 'ILS'], ['shekels', 'ILS'], ['turkish lira', 'TRY'], ['turkish liras', 'TRY'],
] as const)
  .map(([name, code]): readonly [readonly string[], string] => [name.split(' '), code])
  .sort((a, b) => b[0].length - a[0].length);

const NAME_WORDS = new Set(NAMES.filter(([words]) => words.length === 1).map(([words]) => words[0] ?? ''));

/** Whether `word` alone names a currency ("dollars", "euros"; not "won"). */
export const isCurrencyWord = (word: string): boolean => NAME_WORDS.has(word.toLowerCase());

const adjacent = (a: Token, b: Token): boolean => a.end === b.start;

/** The currency written just before token `i` (the amount's first token), if any. */
export function currencyBefore(tokens: readonly Token[], i: number): CurrencyMatch | undefined {
  const prev = tokens[i - 1];
  if (!prev) return undefined;
  const symbol = SYMBOLS.get(prev.text);
  if (symbol !== undefined) {
    const letters = tokens[i - 2];
    const glued = prev.text === '$' && letters && adjacent(letters, prev) ? DOLLAR_PREFIXES.get(letters.text) : undefined;
    return glued !== undefined && letters ? { code: glued, token: i - 2 } : { code: symbol, token: i - 1 };
  }
  const code = CODES.get(prev.text);
  if (code !== undefined) return { code, token: i - 1 };
  const rs = tokens[i - 2]; // "Rs. 400"
  return prev.text === '.' && rs?.text === 'Rs' ? { code: 'INR', token: i - 2 } : undefined;
}

/** The currency named from token `k` on (after the amount), if any. */
export function currencyAfter(tokens: readonly Token[], k: number): CurrencyMatch | undefined {
  const first = tokens[k];
  if (!first) return undefined;
  const code = CODES.get(first.text);
  if (code !== undefined && first.text !== 'Rs') return { code, token: k };
  for (const [words, iso] of NAMES) {
    if (words.every((w, n) => tokens[k + n]?.text.toLowerCase() === w)) return { code: iso, token: k + words.length - 1 };
  }
  return undefined;
}
