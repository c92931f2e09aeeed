// One PETRARCH verb pattern ("- * {DIPLOMATIC TIES} (WITH) [064]") read into our pattern strings
// (trigger-schema.ts), or the reason it cannot be. PETRARCH2 (PETRtree.py) matches a pattern's
// words against the verb's parse tree; we match them against the words around the verb:
//   WORD            a noun head: one slot, after a gap from the previous element
//   {A B C}         a noun phrase: its words adjacent ("full diplomatic ties" holds {DIPLOMATIC TIES})
//   (PREP WORDS)    a prepositional phrase: the preposition, then its words; a bare (WITH) also
//                   makes "with" introduce the verb's target (`preps`)
//   A_B             words joined by `_` are adjacent; `*_OUT` follows the verb; `&SET_WORD` is
//                   a set and the word after it, as TABARI-era dictionaries write it
//   &SET            each member of a synonym set (nested sets flattened; plurals added as
//                   PETRARCH adds them); one-word members share one slot, longer ones give a
//                   pattern each
//   words * words   words before `*` come before the verb, the last one right before it
//   $ before `*`, + after it   the source and target where our coder finds them anyway: dropped
//   + before `*`, $ after it   the roles of a receiving verb ("+ * MONEY (FROM $)"): the pattern
//                   reads its actors as `reverse` (the subject the target, the source after from/by)
//   % before `*`    a compound subject whose actors act on one another ("Gondor and Osgiliath
//                   have postponed …"): a `reciprocal` pattern, for compound subjects only
//   ^               an actor the pattern skips over ("EID (AT ^) (WITH +)"): dropped, as our
//                   coder chooses the target by its preposition anyway
// Not expressible, so skipped and counted: markers both ways in one pattern, `%` after the verb,
// markers inside a noun phrase or inside a prepositional phrase before the verb.
import type { SynonymSet } from './read-petrarch-verbs.js';

export type PatternReading =
  | { readonly ok: true; readonly words: readonly string[]; readonly preps: readonly string[]; readonly reverse: boolean; readonly reciprocal: boolean }
  | { readonly ok: false; readonly reason: string; readonly malformed?: boolean };

/** At most this many patterns from one line's synonym sets. */
const MAX_EXPANSIONS = 200;
const WORD = /^[a-z][a-z'-]*$/;

/** PETRARCH's plural of a set member (make_plural_noun): none for `_`-final or multi-word `_` phrases. */
function plural(member: string): string | null {
  if (member.endsWith('_') || member.includes('_') || /[()]/.test(member)) return null;
  if (member.endsWith('Y')) return `${member.slice(0, -1)}IES`;
  return member.endsWith('S') ? `${member}ES` : `${member}S`;
}

/** The members of a set, nested sets flattened, plurals added unless the set's name ends with `_`. */
function members(name: string, synsets: ReadonlyMap<string, SynonymSet>, seen: ReadonlySet<string> = new Set()): string[] | null {
  const set = synsets.get(name);
  if (!set || seen.has(name)) return null;
  const out: string[] = [];
  for (const { text } of set.members) {
    if (text.startsWith('&')) {
      const inner = members(text.split(/\s+/)[0]!, synsets, new Set([...seen, name]));
      if (!inner) return null;
      out.push(...inner);
      continue;
    }
    const spaced = text.trim().replace(/\s+/g, ' ');
    out.push(spaced.replace(/_+$/, ''));
    const p = name.endsWith('_') ? null : plural(spaced);
    if (p) out.push(p);
  }
  return [...new Set(out)];
}

/** The pattern body with every synonym set expanded: one-word members as `A|B` alternatives, others one line each. */
export function expandSynsets(body: string, synsets: ReadonlyMap<string, SynonymSet>): string[] | { undefined: string } | { tooMany: true } {
  const m = /(^|[\s{(_])(&[A-Za-z0-9_]+)/.exec(body);
  if (!m) return [body];
  const name = definedPrefix(m[2]!, synsets);
  const all = members(name, synsets);
  if (!all) return { undefined: name };
  const single = all.filter((w) => !/[\s_()]/.test(w));
  const phrases = all.filter((w) => /[\s_()]/.test(w));
  const at = m.index + m[1]!.length;
  const replace = (text: string): string => body.slice(0, at) + text + body.slice(at + name.length);
  const lines = [...(single.length ? [replace(single.join('|'))] : []), ...phrases.map((p) => replace(p.startsWith('(') ? p : p.replace(/\s+/g, '_')))];
  const out: string[] = [];
  for (const line of lines) {
    const more = expandSynsets(line, synsets);
    if (!Array.isArray(more)) return more;
    out.push(...more);
    if (out.length > MAX_EXPANSIONS) return { tooMany: true };
  }
  return out;
}

/**
 * The set a reference names: the whole `&NAME`, else its longest defined part before a `_`, as
 * TABARI-era dictionaries glue a set to the words beside it ("&TIETYPES_MEMOS").
 */
function definedPrefix(ref: string, synsets: ReadonlyMap<string, SynonymSet>): string {
  if (synsets.has(ref)) return ref;
  // A trailing `_` only says "no plurals": "&PREPOSIT1" is the set defined as "&PREPOSIT1_".
  if (synsets.has(`${ref}_`)) return `${ref}_`;
  for (let i = ref.lastIndexOf('_'); i > 1; i = ref.lastIndexOf('_', i - 1)) {
    if (synsets.has(ref.slice(0, i))) return ref.slice(0, i);
  }
  return ref;
}

interface Slot { readonly words: string; readonly adjacent: boolean }

/** One expanded pattern line: its slots before and after the verb, the bare prepositions, or why not. */
function readLine(line: string): { before: Slot[]; after: Slot[]; preps: string[]; reverse: boolean; reciprocal: boolean } | { reason: string; malformed?: boolean } {
  const raw = line.replace(/([(){}])/g, ' $1 ').trim().split(/\s+/).filter(Boolean);
  const before: Slot[] = [];
  const after: Slot[] = [];
  const preps: string[] = [];
  let verb = false;
  let np = 0;
  let pp: { prep: string; words: number } | null = null;
  let expectPrep = false;
  // Markers where our coder finds source and target anyway ($ before, + after), and the other way round.
  let usual = false;
  let reversed = false;
  let reciprocal = false;
  for (const token of raw) {
    if (token === '{') { if (np) return { reason: 'a noun phrase inside a noun phrase', malformed: true }; np = 1; continue; }
    if (token === '}') { if (!np) return { reason: "a '}' without '{'", malformed: true }; np = 0; continue; }
    if (token === '(') { if (pp || expectPrep) return { reason: 'a prepositional phrase inside another', malformed: true }; expectPrep = true; continue; }
    if (token === ')') {
      if (!pp) return { reason: "a ')' without '(' or an empty ( )", malformed: true };
      if (!pp.words && verb) preps.push(pp.prep);
      pp = null;
      continue;
    }
    const parts = token.split('_').filter(Boolean);
    for (const [k, part] of parts.entries()) {
      const glued = k > 0;
      if (part === '*') {
        if (verb) return { reason: 'two verbs (*)' };
        if (np || pp) return { reason: 'the verb (*) inside a phrase', malformed: true };
        verb = true;
        continue;
      }
      if (part === '$' || part === '+' || part === '%' || part === '^') {
        if (part === '^') { if (pp) pp.words += 1; continue; }
        if (np || (pp && !verb)) return { reason: 'actor markers ($ + %) inside a noun phrase or a phrase before the verb' };
        if (part === '%') {
          if (verb) return { reason: 'a compound actor after the verb (%)' };
          reciprocal = true;
          continue;
        }
        if ((part === '$') === verb) reversed = true;
        else usual = true;
        if (pp) pp.words += 1;
        continue;
      }
      const words = part.toLowerCase();
      if (!words.split('|').every((w) => WORD.test(w))) return { reason: `a word our patterns cannot hold: ${part}` };
      const side = verb ? after : before;
      if (expectPrep) {
        pp = { prep: words, words: 0 };
        expectPrep = false;
        side.push({ words, adjacent: glued });
        continue;
      }
      if (pp) pp.words += 1;
      // Inside {…} every word after the first is adjacent; elsewhere each word is its own head.
      const adjacent = glued || (np > 1);
      if (np) np += 1;
      side.push({ words, adjacent });
    }
  }
  if (np || pp || expectPrep) return { reason: "an unclosed '{' or '('", malformed: true };
  if (!verb) return { reason: 'no verb (*) in the pattern', malformed: true };
  if (usual && reversed) return { reason: 'actor markers placing source and target both ways ($ +)' };
  if (!before.length && !after.length && !reciprocal) return { reason: 'no words besides actor markers' };
  return { before, after, preps, reverse: reversed, reciprocal };
}

const join = (slots: readonly Slot[]): string => slots.map((s, i) => (i === 0 ? s.words : `${s.adjacent ? ' ' : ' ... '}${s.words}`)).join('');

/** Our pattern string for the slots: "full ... ties", "recently *", "has * positively". */
export function patternWords(before: readonly Slot[], after: readonly Slot[]): string {
  const pre = before.length ? `${join(before)} * ` : '';
  return `${pre}${join(after)}`.trim();
}

export function readPetrarchPattern(body: string, synsets: ReadonlyMap<string, SynonymSet>): PatternReading {
  const lines = expandSynsets(body, synsets);
  if ('undefined' in lines) return { ok: false, reason: `an undefined synonym set (${lines.undefined})` };
  if ('tooMany' in lines) return { ok: false, reason: `synonym sets giving more than ${MAX_EXPANSIONS} patterns` };
  const words: string[] = [];
  const preps: string[] = [];
  let reverse = false;
  let reciprocal = false;
  for (const line of lines) {
    const r = readLine(line);
    if ('reason' in r) return { ok: false, reason: r.reason, ...(r.malformed && { malformed: true }) };
    words.push(patternWords(r.before, r.after));
    preps.push(...r.preps);
    reverse ||= r.reverse;
    reciprocal ||= r.reciprocal;
  }
  return { ok: true, words: [...new Set(words)], preps: [...new Set(preps)], reverse, reciprocal };
}
