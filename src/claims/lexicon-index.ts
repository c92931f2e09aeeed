// The stance lexicon compiled for lookup: single words by form and part of speech, phrases by
// their first word. Inflected forms are found through the tagger's lemma and, where the tagger
// has none (document tone reads untagged words), through a few suffix rules that only accept a
// form the lexicon lists for a part of speech that inflects that way ("goods" is not "good").
import type { LexiconEntry, LexiconKind, LexiconPos } from './lexicon-schema.js';

export interface LexiconWord {
  readonly term: string;
  /** The term's words: split at spaces and hyphens ("win-win" → win, win). */
  readonly words: readonly string[];
  readonly weight: number;
  readonly kind: LexiconKind | undefined;
  readonly pos: LexiconPos | undefined;
  readonly patient: number | undefined;
}

export interface StanceLexicon {
  /** Files the lexicon was read from, in order. */
  readonly files: readonly string[];
  readonly size: number;
  /** Entries of a one-word term, any part of speech. */
  word(form: string): readonly LexiconWord[] | undefined;
  /** Phrases (two or more words) starting with `first`, longest first. */
  phrases(first: string): readonly LexiconWord[] | undefined;
}

export const termWords = (term: string): string[] => term.split(/[\s-]+/).filter(Boolean);

export function compileLexicon(files: readonly string[], entries: readonly LexiconEntry[]): StanceLexicon {
  const words = new Map<string, LexiconWord[]>();
  const phrases = new Map<string, LexiconWord[]>();
  for (const e of entries) {
    const w: LexiconWord = { term: e.term, words: termWords(e.term), weight: e.weight, kind: e.kind, pos: e.pos, patient: e.patient };
    const map = w.words.length > 1 ? phrases : words;
    const key = w.words[0]!;
    const list = map.get(key);
    if (list) list.push(w);
    else map.set(key, [w]);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { files, size: entries.length, word: (form) => words.get(form), phrases: (first) => phrases.get(first) };
}

type Rule = readonly [suffix: RegExp, replace: string, pos: ReadonlySet<LexiconPos>];
const NV = new Set<LexiconPos>(['noun', 'verb']);
const V = new Set<LexiconPos>(['verb']);
const A = new Set<LexiconPos>(['adj']);
// Tried in order; a candidate counts only when the lexicon lists it for one of the rule's parts of speech.
// "-es" is a suffix only after a sibilant or o ("abuses", "vetoes"), not in "aides" (not "aid").
const RULES: readonly Rule[] = [
  [/ies$/, 'y', NV], [/(s|x|z|ch|sh|o)es$/, '$1', NV], [/s$/, '', NV],
  [/ied$/, 'y', V], [/([^aeiou])\1ed$/, '$1', V], [/ed$/, 'e', V], [/ed$/, '', V],
  [/([^aeiou])\1ing$/, '$1', V], [/ing$/, 'e', V], [/ing$/, '', V],
  [/ier$/, 'y', A], [/iest$/, 'y', A], [/([^aeiou])\1(?:er|est)$/, '$1', A], [/(?:er|est)$/, 'e', A], [/(?:er|est)$/, '', A],
  [/ily$/, 'y', A], [/ically$/, 'ic', A], [/ably$/, 'able', A], [/ibly$/, 'ible', A], [/ly$/, '', A],
];
// British spellings the lexicon lists in their American form.
const british = (form: string): string =>
  form.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1').replace(/yse(d|s)?$/, 'yze$1').replace(/our(s|ed|ing|able|ably)?$/, 'or$1');

const fits = (entries: readonly LexiconWord[], pos: ReadonlySet<LexiconPos>): boolean =>
  entries.some((e) => e.pos === undefined || pos.has(e.pos));

// Irregular past forms of the lexicon's verbs, for words the tagger has not lemmatised.
const IRREGULAR: Readonly<Record<string, string>> = Object.fromEntries(Object.entries({
  uphold: 'upheld', fight: 'fought', steal: 'stole stolen', win: 'won', lose: 'lost', lead: 'led', bring: 'brought',
  seek: 'sought', sell: 'sold', strike: 'struck stricken', hide: 'hid hidden', spin: 'spun', shoot: 'shot', overcome: 'overcame',
  withstand: 'withstood', forsake: 'forsook forsaken', beat: 'beaten', mislead: 'misled', slay: 'slew slain', bleed: 'bled',
  flee: 'fled', forgive: 'forgave forgiven', sink: 'sank sunk', shrink: 'shrank shrunk', cling: 'clung', break: 'broke broken',
  fall: 'fell fallen', rise: 'rose risen', grow: 'grew grown', build: 'built', hold: 'held', undertake: 'undertook undertaken',
  swear: 'swore sworn', tear: 'tore torn', blow: 'blew blown', stand: 'stood', withhold: 'withheld', deal: 'dealt',
}).flatMap(([base, forms]) => forms.split(' ').map((f) => [f, base])));

export interface FoundForm { readonly form: string; readonly entries: readonly LexiconWord[] }

// Lookups repeat the same few thousand word forms: remembered per lexicon, forgotten when too many.
const MEMO_LIMIT = 100_000;
/**
 * A memo per lexicon, the last one kept at hand: every word of a text is looked up, and a WeakMap
 * lookup per word cost as much as the word's own lookup.
 */
function memoPerLexicon<V>(): (lex: StanceLexicon) => Map<string, V> {
  const all = new WeakMap<StanceLexicon, Map<string, V>>();
  let last: StanceLexicon | null = null;
  let memo = new Map<string, V>();
  return (lex) => {
    if (lex !== last) {
      let m = all.get(lex);
      if (!m) all.set(lex, (m = new Map()));
      last = lex;
      memo = m;
    }
    return memo;
  };
}

const formMemo = memoPerLexicon<FoundForm | null>();

/** The entries of a word form, directly or through an inflection rule; also returns the form found. */
export function lookupForm(lex: StanceLexicon, form: string): FoundForm | undefined {
  const memo = formMemo(lex);
  const known = memo.get(form);
  if (known !== undefined) return known ?? undefined;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const found = findForm(lex, form);
  memo.set(form, found ?? null);
  return found;
}

function findForm(lex: StanceLexicon, form: string): FoundForm | undefined {
  const irregular = IRREGULAR[form];
  const found = irregular === undefined ? undefined : lex.word(irregular);
  if (found && irregular !== undefined) return { form: irregular, entries: found };
  for (const f of form === british(form) ? [form] : [form, british(form)]) {
    const direct = lex.word(f);
    if (direct) return { form: f, entries: direct };
    for (const [suffix, replace, pos] of RULES) {
      if (!suffix.test(f)) continue;
      const base = f.replace(suffix, replace);
      if (base.length < 3 || base === f) continue;
      const entries = lex.word(base);
      if (entries && fits(entries, pos)) return { form: base, entries };
    }
  }
  return undefined;
}

// Inflections a phrase's first word may carry ("stands with", "stood by", "carried out").
const PHRASE_RULES: readonly (readonly [RegExp, string])[] = [[/ies$/, 'y'], [/s$/, ''], [/ied$/, 'y'], [/([^aeiou])\1ed$/, '$1'], [/ed$/, 'e'], [/ed$/, ''],
  [/([^aeiou])\1ing$/, '$1'], [/ing$/, 'e'], [/ing$/, '']];

const startMemo = memoPerLexicon<boolean>();

/** Whether some phrase of the lexicon may start with this word form, inflected or not. */
export function startsPhrase(lex: StanceLexicon, form: string): boolean {
  const memo = startMemo(lex);
  let known = memo.get(form);
  if (known === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(form, (known = findPhraseStart(lex, form)));
  }
  return known;
}

function findPhraseStart(lex: StanceLexicon, form: string): boolean {
  if (lex.phrases(form)) return true;
  const irregular = IRREGULAR[form];
  if (irregular !== undefined && lex.phrases(irregular)) return true;
  return PHRASE_RULES.some(([suffix, replace]) => suffix.test(form) && lex.phrases(form.replace(suffix, replace)) !== undefined);
}

/** The entry for a part of speech: its own, else the one without a part of speech, else (the tagger errs) any. */
export function entryFor(entries: readonly LexiconWord[], pos: LexiconPos | null): LexiconWord {
  return entries.find((e) => e.pos === pos) ?? entries.find((e) => e.pos === undefined) ?? entries[0]!;
}
