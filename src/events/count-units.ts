// What a number counts in a military/political story: the head noun after it, past a few
// modifiers ("50 F-35 pilots", "20 Iskander-M tactical missiles", "3,000 Russian troops").
// Pilots, sailors and other personnel count as "troops"; "fighters" too (militia fighters are
// commoner in news than jets) unless an aircraft model precedes ("24 F-16 fighters").
import type { Token } from '../text/tokenize.js';

export type CountUnit =
  | 'troops' | 'aircraft' | 'drones' | 'missiles' | 'artillery' | 'tanks' | 'vehicles' | 'ships'
  | 'people' | 'tonnes' | 'warheads' | 'shells';

/** Plural (or invariant) head nouns; the singular forms count only for an amount of one. */
const HEADS: Record<CountUnit, readonly [plural: string, singular?: string][]> = {
  troops: [['troops'], ['soldiers', 'soldier'], ['servicemen', 'serviceman'], ['servicewomen', 'servicewoman'],
    ['personnel'], ['marines', 'marine'], ['paratroopers', 'paratrooper'], ['pilots', 'pilot'], ['sailors', 'sailor'],
    ['airmen', 'airman'], ['militants', 'militant'], ['mercenaries', 'mercenary'], ['fighters', 'fighter'],
    ['reservists', 'reservist'], ['conscripts', 'conscript'], ['recruits'], ['commandos', 'commando'],
    ['peacekeepers', 'peacekeeper'], ['guardsmen', 'guardsman'], ['militiamen', 'militiaman'],
    ['insurgents', 'insurgent'], ['rebels', 'rebel'], ['infantrymen', 'infantryman']],
  aircraft: [['aircraft'], ['planes', 'plane'], ['airplanes', 'airplane'], ['aeroplanes', 'aeroplane'],
    ['warplanes', 'warplane'], ['jets', 'jet'], ['bombers', 'bomber'], ['helicopters', 'helicopter'],
    ['gunships', 'gunship']],
  drones: [['drones', 'drone'], ['uavs', 'uav']],
  missiles: [['missiles', 'missile'], ['rockets', 'rocket'], ['interceptors', 'interceptor']],
  artillery: [['howitzers', 'howitzer'], ['mortars', 'mortar'], ['launchers', 'launcher']],
  tanks: [['tanks', 'tank']],
  vehicles: [['apcs', 'apc'], ['ifvs', 'ifv'], ['humvees', 'humvee']],
  ships: [['ships', 'ship'], ['warships', 'warship'], ['vessels', 'vessel'], ['submarines', 'submarine'],
    ['frigates', 'frigate'], ['destroyers', 'destroyer'], ['corvettes', 'corvette'], ['cruisers', 'cruiser'],
    ['boats', 'boat'], ['gunboats', 'gunboat'], ['minesweepers', 'minesweeper']],
  people: [['people'], ['persons', 'person'], ['civilians', 'civilian'], ['refugees', 'refugee'],
    ['migrants', 'migrant'], ['children', 'child'], ['women', 'woman'], ['men', 'man'], ['residents', 'resident'],
    ['victims', 'victim'], ['casualties', 'casualty'], ['hostages', 'hostage'], ['prisoners', 'prisoner'],
    ['detainees', 'detainee'], ['captives', 'captive'], ['pows', 'pow'], ['evacuees', 'evacuee'],
    ['protesters', 'protester'], ['protestors', 'protestor'], ['demonstrators', 'demonstrator'],
    ['journalists', 'journalist'], ['workers', 'worker'], ['students', 'student'], ['passengers', 'passenger'],
    ['citizens', 'citizen'], ['nationals', 'national'], ['inhabitants', 'inhabitant']],
  tonnes: [['tonnes', 'tonne'], ['tons', 'ton']],
  warheads: [['warheads', 'warhead']],
  shells: [['shells', 'shell']],
};

const TWO_WORD_HEADS = new Map<string, CountUnit>([
  ['aircraft carriers', 'ships'], ['aircraft carrier', 'ships'], ['artillery pieces', 'artillery'],
  ['artillery systems', 'artillery'], ['artillery guns', 'artillery'], ['field guns', 'artillery'],
  ['service members', 'troops'], ['military advisers', 'troops'], ['military advisors', 'troops'],
  ['armoured vehicles', 'vehicles'], ['armored vehicles', 'vehicles'], ['fighting vehicles', 'vehicles'],
  ['combat vehicles', 'vehicles'], ['military vehicles', 'vehicles'], ['personnel carriers', 'vehicles'],
  ['aerial vehicles', 'drones'], ['asylum seekers', 'people'], ['patrol boats', 'ships'], ['metric tons', 'tonnes'],
]);

/** Model names in the plural ("F-35s", "Su-25s", "T-72s") and a few names used as nouns. */
const AIRCRAFT_MODEL = /^(?:F|FA|F\/A|Su|MiG|Tu|Il|Yak|J|B|A|C|KC|E|P|AH|UH|CH|MH|Mi|Ka)-\d+[A-Z]?$/;
const TANK_MODELS = /^T-\d+[A-Z0-9]*s$/;
const NAMED = new Map<string, CountUnit>([
  ['HIMARS', 'artillery'], ['Shaheds', 'drones'], ['Bayraktars', 'drones'], ['ATACMS', 'missiles'],
  ['Javelins', 'missiles'], ['Stingers', 'missiles'], ['Leopards', 'tanks'], ['Abrams', 'tanks'],
]);

const PLURAL = new Map<string, CountUnit>();
const SINGULAR = new Map<string, CountUnit>();
for (const [unit, forms] of Object.entries(HEADS) as [CountUnit, (typeof HEADS)[CountUnit]][]) {
  for (const [plural, singular] of forms) {
    PLURAL.set(plural, unit);
    if (singular !== undefined) SINGULAR.set(singular, unit);
  }
}

/** Nouns that make a preceding unit word a modifier: "drone strikes", "tank brigades". */
const COMPOUND_HEADS = new Set(['strike', 'strikes', 'attack', 'attacks', 'system', 'systems', 'unit', 'units',
  'brigade', 'brigades', 'battalion', 'battalions', 'regiment', 'regiments', 'division', 'divisions', 'crew', 'crews',
  'factory', 'factories', 'plant', 'plants', 'base', 'bases', 'battery', 'batteries', 'company', 'companies',
  'squadron', 'squadrons', 'deal', 'deals', 'contract', 'contracts', 'sites', 'programme', 'programmes',
  'programs', 'parts', 'shipments', 'deliveries', 'camps', 'groups']);

/** Whether `word` is a count noun this module knows ("troops", "missiles", "soldier"). */
export const isCountNoun = (word: string): boolean => PLURAL.has(word.toLowerCase()) || SINGULAR.has(word.toLowerCase());

export interface CountHead {
  readonly unit: CountUnit;
  /** Index of the head's last token. */
  readonly last: number;
}

/** The count noun that starts at token `j`, if any ("aircraft carriers" takes two tokens). */
export function headAt(tokens: readonly Token[], j: number, amount: number): CountHead | undefined {
  const t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  const lower = t.text.toLowerCase();
  const pair = TWO_WORD_HEADS.get(`${lower} ${tokens[j + 1]?.text.toLowerCase() ?? ''}`);
  if (pair) return { unit: pair, last: j + 1 };
  const named = NAMED.get(t.text);
  if (named) return { unit: named, last: j };
  if (t.text.endsWith('s') && AIRCRAFT_MODEL.test(t.text.slice(0, -1))) return { unit: 'aircraft', last: j };
  if (TANK_MODELS.test(t.text)) return { unit: 'tanks', last: j };
  const unit = PLURAL.get(lower) ?? (amount === 1 ? SINGULAR.get(lower) : undefined);
  if (!unit) return undefined;
  const model = tokens[j - 1]?.text ?? '';
  return unit === 'troops' && /^fighters?$/.test(lower) && AIRCRAFT_MODEL.test(model) ? { unit: 'aircraft', last: j } : { unit, last: j };
}

/** Whether the token after a head turns the head into a modifier ("three tank brigades"). */
export const continuesCompound = (next: Token | undefined): boolean =>
  next !== undefined && COMPOUND_HEADS.has(next.text.toLowerCase());
