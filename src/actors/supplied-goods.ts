import type { MatchToken } from './match-tokens.js';

// Hardware named after a verb or noun of supply or use is goods, named by its maker, as "Russian
// diamonds" are: "India bought Russian S-400 systems", "deliveries of American tanks", "Russia's
// use of Iranian drones". The operator is then someone else, so the maker is no actor.
const SUPPLY = new RegExp('^(?:suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing|y|ies)?|send(?:s|ing)?|sent|sell(?:s|ing)?|sold|sales?'
  + '|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing)|acquisitions?|receiv(?:e|es|ed|ing)'
  + '|export(?:s|ed|ing)?|import(?:s|ed|ing)?|transfer(?:s|red|ring)?|shipments?|provid(?:e|es|ed|ing)|giv(?:e|es|en|ing)|gave'
  + '|donat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|us(?:e|es|ed|ing)|operat(?:e|es|ed|ing)|fl(?:y|ies|ying|ew|own))$');
// Words that may stand between the verb and the hardware: "sent two more", "use of the".
const BETWEEN = /^(?:the|a|an|of|its|their|his|her|new|more|additional|further|several|some|many|dozens|hundreds|thousands|two|three|four|five|six|ten|twelve|\d[\d,.]*)$/;
const LOOK_BACK = 4;

/** True when the phrase starting at token `from` follows a verb or noun of supply. */
export function suppliedGoods(tokens: readonly MatchToken[], from: number): boolean {
  for (let t = from - 1; t >= 0 && t >= from - LOOK_BACK; t--) {
    const key = tokens[t]!.key;
    if (SUPPLY.test(key)) return true;
    if (!BETWEEN.test(key)) return false;
  }
  return false;
}
