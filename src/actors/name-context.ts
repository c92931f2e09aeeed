import type { MatchToken } from './match-tokens.js';
import { ACTION_NOUNS } from './demonym-use.js';
import type { NameMatch } from './name-matcher.js';

// When a name in the gazetteer is not an actor at all: part of another proper name ("Michael
// Jordan", "New Mexico", "the Niger Delta", "the Sea of Japan"), or a capital used as the venue
// of an event ("talks in Vienna", "the Minsk agreements") rather than for its government.

/** Capitalised words that do not make a neighbouring name part of a longer one. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'with', 'by',
  'as', 'if', 'when', 'while', 'after', 'before', 'since', 'though', 'although', 'because', 'so', 'yet', 'then', 'now', 'today',
  'yesterday', 'meanwhile', 'however', 'moreover', 'also', 'even', 'only', 'both', 'neither', 'either', 'not', 'this', 'that',
  'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'my', 'why', 'how', 'what',
  'who', 'where', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'is', 'was', 'are', 'were', 'has', 'have', 'had',
  'first', 'second', 'third', 'finally', 'still', 'last', 'next', 'every', 'all', 'some', 'many', 'most', 'no', 'once',
  // A date before a name is not part of it: "On Monday Spain ordered…", "In August China filed…".
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june',
  'july', 'august', 'september', 'october', 'november', 'december']);

const isNameWord = (t: MatchToken | undefined): boolean =>
  t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.surface) && !FUNCTION_WORDS.has(t.key);

/** True when the match sits inside a longer proper name that the gazetteer does not know. */
export function insideOtherName(m: NameMatch<unknown>, tokens: readonly MatchToken[], matched: ReadonlySet<number>, text: string): boolean {
  const before = tokens[m.from - 1];
  const after = tokens[m.to];
  const free = (i: number) => !matched.has(i);
  // Only a single space joins the words of one name: a line break or a comma separates them.
  const spaced = (a: MatchToken, b: MatchToken) => b.start === a.end + 1 && text[a.end] === ' ';
  if (isNameWord(before) && free(m.from - 1) && spaced(before!, tokens[m.from]!) && !/['’]s$/u.test(before!.surface)) return true;
  if (isNameWord(after) && free(m.to) && spaced(tokens[m.to - 1]!, after!) && !/['’]s$/u.test(tokens[m.to - 1]!.surface)) return true;
  // "Sea of Japan", "Gulf of Oman", "Bank of England"
  return before?.key === 'of' && isNameWord(tokens[m.from - 2]) && free(m.from - 2);
}

// Heads of geographic names built with "of": "the Sea of Azov", "the Gulf of Aden".
const GEOGRAPHIC_HEADS = new Set(['sea', 'gulf', 'bay', 'strait', 'straits', 'lake', 'river', 'isle', 'island', 'islands', 'cape',
  'mount', 'valley', 'port', 'horn', 'bight']);

/** A non-state name as the tail of a geographic name ("the Sea of Azov" is no Azov regiment). */
export function geographicTail(m: NameMatch<unknown>, tokens: readonly MatchToken[]): boolean {
  const head = tokens[m.from - 2];
  return tokens[m.from - 1]?.key === 'of' && head !== undefined && /^\p{Lu}/u.test(head.surface) && GEOGRAPHIC_HEADS.has(head.key);
}

// Nouns of places and institutions named after people: "Ain al-Asad airbase", "Kennedy airport",
// "Lenin Square" name the place, not the person.
const NAMED_PLACES = new Set(['airbase', 'airfield', 'airport', 'base', 'square', 'street', 'avenue', 'boulevard', 'bridge', 'stadium',
  'university', 'hospital', 'dam', 'canal', 'port', 'station', 'prize', 'foundation', 'library', 'museum', 'mosque', 'cathedral',
  'school', 'academy', 'institute', 'centre', 'center', 'highway', 'park', 'memorial', 'mausoleum']);

const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'az', 'ash', 'ez', 'an']);
// Arabic place-name heads (spring, monastery, hill, cape, gate, mountain, valley, well, palace,
// village, house): "Ain al-Asad" is a place, "Abu Mohammad al-Jolani" a man.
const PLACE_HEADS = new Set(['ain', 'deir', 'dayr', 'tell', 'tal', 'ras', 'bab', 'jabal', 'jebel', 'wadi', 'bir', 'qasr', 'kafr', 'beit', 'bayt']);

/** A person's name used to name a place: followed by a place noun ("air base" too), or after "Ain al-", "Deir ez-". */
export function placeNamedAfter(m: NameMatch<unknown>, tokens: readonly MatchToken[], matched: ReadonlySet<number>): boolean {
  const after = tokens[m.to]?.key;
  if (after !== undefined && (NAMED_PLACES.has(after) || (after === 'air' && tokens[m.to + 1]?.key === 'base'))) return true;
  // "Ain al-Asad", "Deir ez-Zor": an Arabic article joins the name to the capitalised word before it.
  const article = tokens[m.from - 1]?.key === '-' ? m.from - 2 : tokens[m.from + 1]?.key === '-' ? m.from : -1;
  return article > 0 && ARABIC_ARTICLES.has(tokens[article]!.key) && PLACE_HEADS.has(tokens[article - 1]?.key ?? '') && !matched.has(article - 1);
}

const VENUE_BEFORE = new Set(['in', 'at', 'near', 'around', 'outside', 'inside', 'into', 'within', 'via', 'through', 'toward', 'towards',
  'fled', 'fleeing', 'left', 'leaving', 'reached', 'reaching', 'encircled', 'of', 'across']);
const EVENT_AFTER = new Set(['summit', 'format', 'deal', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'talks', 'process',
  'protocol', 'protocols', 'declaration', 'conference', 'memorandum', 'meeting', 'group', 'initiative', 'formula', 'state', 'airport']);

// Nouns whose "of" names who acts: the capital after them is the government, not the city.
const GOVERNMENT_ACT = new Set([...ACTION_NOUNS, 'request', 'behest', 'invitation', 'order', 'orders', 'consent', 'approval', 'insistence',
  'side', 'representatives', 'envoy', 'envoys', 'delegation', 'part', 'reaction', 'answer', 'accusations', 'actions']);

/**
 * A capital named as a place: after "in", "at", "fleeing"… (a capital visited is its state
 * receiving the visit, as "flew to Moscow" is), naming an event ("the Minsk
 * agreements"), or followed by a region that no dictionary knows ("Paris, Texas"). A possessive
 * ("Ankara's request") is always the government speaking.
 */
export function capitalAsVenue(m: NameMatch<unknown>, tokens: readonly MatchToken[], matched: ReadonlySet<number>): boolean {
  if (/['’]s?$/u.test(tokens[m.to - 1]?.surface ?? '')) return false;
  const before = tokens[m.from - 1]?.key;
  // "at the request of Ankara", "the position of Moscow": the government, as with a possessive.
  if (before === 'of' && GOVERNMENT_ACT.has(tokens[m.from - 2]?.key ?? '')) return false;
  const after = tokens[m.to]?.key;
  return (before !== undefined && VENUE_BEFORE.has(before)) || (after !== undefined && EVENT_AFTER.has(after))
    || (tokens[m.to]?.surface === ',' && isNameWord(tokens[m.to + 1]) && !matched.has(m.to + 1));
}

const ONE_OF = new Set(['a', 'an', 'one', 'another', 'any', 'every', 'each', 'no']);
const MEMBER_NOUN = new Set(['country', 'member', 'state', 'nation', 'ally', 'government', 'capital']);

/**
 * "a NATO country", "an EU member state": one unnamed member of a group, not the group itself.
 * ("NATO countries" and "the NATO allies" speak for the group.)
 */
export function oneMemberOf(m: NameMatch<unknown>, tokens: readonly MatchToken[]): boolean {
  return ONE_OF.has(tokens[m.from - 1]?.key ?? '') && MEMBER_NOUN.has(tokens[m.to]?.key ?? '');
}
