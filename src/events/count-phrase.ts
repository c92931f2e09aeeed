// What follows a bare number and says what it counts: a few modifiers, then a count noun
// ("Russian troops", "F-35 pilots", "long-range cruise missiles"), or a casualty word ("12
// killed", "five were wounded"). Anything else after the number (percent, "of", "-year-old",
// a verb) means the number is not a count this stage reports.
import type { Token } from '../text/tokenize.js';
import { continuesCompound, headAt, type CountHead } from './count-units.js';

const MAX_MODIFIERS = 4;

/** Lower-case words that may stand between a number and its noun. */
const MODIFIERS = new Set(['more', 'additional', 'new', 'extra', 'foreign', 'enemy', 'allied', 'military', 'armed',
  'active', 'combat', 'ground', 'special', 'elite', 'tactical', 'ballistic', 'cruise', 'hypersonic', 'main', 'battle',
  'heavy', 'light', 'armoured', 'armored', 'modern', 'advanced', 'naval', 'fighter', 'attack', 'transport', 'cargo',
  'unmanned', 'kamikaze', 'nuclear', 'reserve', 'regular', 'strategic', 'guided', 'civilian', 'innocent', 'unarmed',
  'wounded', 'injured', 'young', 'female', 'male', 'other', 'local', 'displaced', 'stranded', 'fresh', 'air',
  'surface', 'patrol', 'landing', 'artillery', 'rocket', 'drone', 'missile', 'fighting', 'metric',
  'uniformed', 'trained', 'captured', 'detained', 'missing']);

const CASUALTY = /^(?:dead|killed|injured|wounded|died|hurt)$/i;
const AUXILIARY = /^(?:were|was|are|have|had|been|reportedly)$/i;
const CAPITALISED = /^\p{Lu}/u;
const CALIBRE = /^\d+mm$/;

function isModifier(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  // A model number after a name: "40 Leopard 2 tanks".
  if (t.kind === 'number') return /^\d{1,3}$/.test(t.text) && j > 0 && CAPITALISED.test(tokens[j - 1]?.text ?? '') && isModifier(tokens, j - 1);
  if (t.kind !== 'word') return false;
  if (CAPITALISED.test(t.text) || CALIBRE.test(t.text) || MODIFIERS.has(t.text.toLowerCase())) return true;
  if (/^\p{Ll}+(?:-\p{L}+)+$/u.test(t.text)) return true; // "long-range", "anti-tank", "self-propelled"
  // "Russian and Belarusian troops"
  return t.text === 'and' && CAPITALISED.test(tokens[j - 1]?.text ?? '') && CAPITALISED.test(tokens[j + 1]?.text ?? '');
}

/** "12 killed", "five were wounded": people, ending at the casualty word. */
function casualtyAt(tokens: readonly Token[], k: number): CountHead | undefined {
  for (let j = k; j < k + 3; j += 1) {
    const t = tokens[j];
    if (!t) return undefined;
    // "12 wounded soldiers" counts soldiers: the casualty word is then a modifier.
    if (CASUALTY.test(t.text)) return headAt(tokens, j + 1, 2) ? undefined : { unit: 'people', last: j };
    if (!AUXILIARY.test(t.text)) return undefined;
  }
  return undefined;
}

/** The count noun for an amount whose tokens end just before `k`, if there is one. */
export function countAt(tokens: readonly Token[], k: number, amount: number): CountHead | undefined {
  const casualty = casualtyAt(tokens, k);
  if (casualty) return casualty;
  for (let j = k; j <= k + MAX_MODIFIERS; j += 1) {
    const head = headAt(tokens, j, amount);
    if (head) {
      // The last of two nouns is the head: "drone pilots", "rocket launchers".
      const chosen = headAt(tokens, head.last + 1, amount) ?? head;
      return continuesCompound(tokens[chosen.last + 1]) ? undefined : chosen;
    }
    if (!isModifier(tokens, j)) return undefined;
  }
  return undefined;
}
