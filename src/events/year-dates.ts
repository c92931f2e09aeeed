// Bare years ("in 2014", "since mid-2014", "by 2030"). chrono leaves these alone, and rightly:
// a four-digit number is a year only in a date frame, so one is taken only after a preposition
// that introduces a time, and never when a count noun follows ("of 2000 troops").
import { clauseMatches, type DateCandidate, type DateContext } from './date-candidate.js';
import { isCountNoun } from './count-units.js';
import { isCurrencyWord } from './currency-units.js';

const YEAR = /\b(?:in|since|by|from|of|during|until|till|through|around|circa|before|after)\s+((?:(?:early|mid|late)[\s-]?)?((?:19|20)\d{2}))\b(?![.,]\d)(?!\s*(?:%|per\s?cent))/giu;
const NEXT_WORD = /^\s+(\p{Ll}+)/u;

/** Explicit years in the clause; these need no document date. */
export function yearDates(context: DateContext): DateCandidate[] {
  const found: DateCandidate[] = [];
  for (const { m, start } of clauseMatches(context, new RegExp(YEAR.source, YEAR.flags))) {
    const [whole, phrase = '', year = ''] = m;
    const after = start + whole.length;
    const next = NEXT_WORD.exec(context.text.slice(after, Math.min(context.to, after + 40)))?.[1];
    if (next !== undefined && (isCountNoun(next) || isCurrencyWord(next))) continue;
    const at = start + whole.length - phrase.length;
    found.push({ start: at, end: at + phrase.length, value: year, basis: 'explicit' });
  }
  return found;
}
