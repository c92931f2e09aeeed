// Reported content that is not a clause: a commitment ("promised to raise spending"), a request
// ("urged Kyiv to negotiate", "called on all sides to show restraint"), a position given as a noun
// phrase ("demanded the release of …", "expressed regret") and a characterisation with no link
// ("called the trip a provocation", "called the result disastrous"). Each verb lists which of
// these it takes (`complements` in data/quotes/speech-cues.json); the patterns are read here.
import { CONJUNCTIONS, DETERMINERS, isCapitalised, isWord, NOT_CONTENT_START, OBJECT_WORDS, PHRASE_STOPS, PREPOSITIONS, TIME_WORDS, type Token } from './quote-tokens.js';
import type { CueMatch } from './speech-cue-match.js';

/** How far after the verb the "to" of a request may come ("asked Washington and the “entire international community” to"). */
const MAX_REQUEST_OBJECT_TOKENS = 10;
/** A characterisation's object before its bare complement: "the trip", "the video of the arrest". */
const MAX_CHARACTERISED_WORDS = 4;
/** Particles and prepositions that make "called" another verb ("called off", "called back"). */
const PARTICLES = new Set(['back', 'off', 'up', 'out', 'together', 'down', 'away', 'upon', 'in', 'on', 'for']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Object pronouns of a characterisation: "called it a provocation", "called them terrorists". */
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'this', 'these', 'those']);
/** Endings of the adjectives a characterisation closes with ("disastrous", "illegal", "unacceptable", "historic"). */
const ADJECTIVE_END = /(?:ous|ful|ble|ive|al|ic|ant|ent|less|ary|ory|ish|ile|ate)$/;

/** A verb after "to": lower case, not a determiner or number ("to raise", not "to the plan", "to Ukraine"). */
const isInfinitive = (to: Token | undefined, verb: Token | undefined): boolean =>
  to?.lower === 'to' && isWord(verb) && !isCapitalised(verb) && !DETERMINERS.has(verb.lower) && !/^\d/.test(verb.text);

/** "urged European carriers to avoid …": the object starts at `k`, and its "to" + verb follows within reach. */
function requestObject(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (!isWord(first) || PREPOSITIONS.has(first.lower) || CONJUNCTIONS.has(first.lower)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + MAX_REQUEST_OBJECT_TOKENS; j += 1) {
    const t = tokens[j]!;
    if (isInfinitive(t, tokens[j + 1])) return true;
    if (t.kind === 'punct') return false;
    if (t.kind === 'word' && PHRASE_STOPS.has(t.lower) && t.lower !== 'and') return false;
  }
  return false;
}

/** Whether the clause ends after token `j` (the end, a stop, a comma or "and"): "called the result disastrous." */
const closesAt = (tokens: readonly Token[], j: number): boolean => {
  const t = tokens[j];
  return !t || (t.kind === 'punct' && t.text !== '—') || t.lower === 'and';
};

/** "called the trip a clear provocation", "called it a provocation", "called absurd the statements": a characterisation at `k`. */
function characterisation(tokens: readonly Token[], k: number): boolean {
  const first = tokens[k];
  if (!isWord(first) || PARTICLES.has(first.lower) || PREPOSITIONS.has(first.lower) || TIME_WORDS.has(first.lower)) return false;
  const second = tokens[k + 1];
  if (OBJECT_PRONOUNS.has(first.lower)) {
    return isWord(second) && !TIME_WORDS.has(second.lower) && !PHRASE_STOPS.has(second.lower) && !PARTICLES.has(second.lower);
  }
  // The complement before its object, as translations write it: "called absurd the statements of …".
  if (!DETERMINERS.has(first.lower) && !isCapitalised(first)) return isWord(second) && ARTICLES.has(second.lower);
  if (!DETERMINERS.has(first.lower)) return false;
  for (let j = k + 1; j <= k + MAX_CHARACTERISED_WORDS; j += 1) {
    const t = tokens[j];
    if (!isWord(t) || (PHRASE_STOPS.has(t.lower) && t.lower !== 'of')) return false;
    const next = tokens[j + 1];
    if (!isWord(next) || t.lower === 'of') continue;
    if (ARTICLES.has(next.lower)) return true; // a second noun phrase: "the evacuation the greatest …"
    if (ADJECTIVE_END.test(next.lower) && closesAt(tokens, j + 2)) return true; // "the measures illegal, …"
  }
  return false;
}

/** Where a verb's non-clause content starts, after the cue; null when none of its complements is there. */
export function complementStart(tokens: readonly Token[], cue: CueMatch): number | null {
  const k = cue.to + 1;
  const first = tokens[k];
  const has = (c: (typeof cue.form.complements)[number]): boolean => cue.form.complements.includes(c);
  if (!isWord(first)) return null;
  if (has('infinitive') && isInfinitive(first, tokens[k + 1])) return k + 1;
  if (has('object-infinitive') && requestObject(tokens, k)) return k;
  if (has('noun-phrase') && !NOT_CONTENT_START.has(first.lower) && !CONJUNCTIONS.has(first.lower) && !OBJECT_WORDS.has(first.lower)) return k;
  if (has('bare-complement') && characterisation(tokens, k)) return k;
  return null;
}
