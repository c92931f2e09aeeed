import { keptLines, removeLine, type ScrapeRule } from './scrape-rule.js';

// Channel self-promotion: whole short lines only, so a body sentence that mentions following
// or subscribing is never taken.
const PROMO = [
  /\binsist on original(?:ity|\s+content)\b/i,
  /\b(?:do not|don't|no) reprint(?:ing)?\b|\breprint(?:ed)? without (?:permission|authori[sz]ation)\b/i,
  /\ball rights reserved\b/i,
  /\bwelcome to (?:pay attention|follow|like|subscribe)/i,
  /\bclick\b.{0,25}\b(?:follow|subscribe|like)\b/i,
  /\b(?:please )?(?:like|share),? (?:and|&) (?:follow|share|subscribe|comment)\b/i,
  /\bfollow (?:us|me|our (?:channel|account))\b.{0,40}(?:more|updates|exciting)/i,
  /\bthank(?:s| you) for (?:reading|watching|your attention)\b/i,
  /\bthe above content is (?:for reference|original)/i,
  /\b(?:original|this) (?:article|content) is (?:produced|written) by\b/i,
  /^(?:editor|responsible editor|edited by)\s*[:：]/i,
  /(?:关注|点赞|转发)/,
];
const MAX_PROMO_CHARS = 200;

export const promoRule: ScrapeRule = {
  name: 'promo',
  apply(state) {
    return {
      removals: keptLines(state)
        .filter((l) => l.text.length <= MAX_PROMO_CHARS && PROMO.some((re) => re.test(l.text)))
        .map((l) => removeLine(l, 'self-promotion')),
    };
  },
};
