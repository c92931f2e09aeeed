// What an actor's own stated commitment to a future act amounts to as an act of its own, made now:
// for cooperation, the CAMEO 03x intent ("decided to provide aid" → 033); for a deployment it
// announces, the show of force itself (15); for violence it vows, a threat (13x).
import type { Modality } from '../model/analysis.js';

const INTENT: Readonly<Record<string, string>> = {
  '04': '036', '05': '032', '06': '031', '07': '033', '08': '035', '16': '131', '17': '130', '18': '138', '19': '138', '20': '138',
};
/** Sanctions, coercion and force: said of one's own side as what it will or could do, a threat. */
const FORCEFUL = /^(?:1[6-9]|20)/;

// A threat one's own side says it will carry out ("will respond at a time of its choosing") is made now.
const intentCode = (code: string, announced: boolean): string | undefined =>
  code.startsWith('15') ? (announced ? code : undefined) : code.startsWith('13') ? code : INTENT[code.slice(0, 2)];

/**
 * The code of the intent stated by a future or hypothetical act `code`, if it is one: the verb
 * group says so (`intent`: "decided to", "pledged to"), or the actor's own side announces it
 * (`ownSide`: "announced that it would send"), or vows coercion or force ("if forced, we will
 * totally destroy North Korea": a threat, whatever the condition).
 */
export function statedIntent(code: string, modality: Modality, intent: boolean, ownSide: boolean): string | undefined {
  const announced = modality === 'future' && ownSide;
  const vowed = ownSide && FORCEFUL.test(code);
  return (modality === 'future' || modality === 'hypothetical') && (intent || announced || vowed) ? intentCode(code, announced) : undefined;
}
