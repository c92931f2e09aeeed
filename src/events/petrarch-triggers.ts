// A PETRARCH verb dictionary as trigger entries: each verb of a block is a trigger with the
// block's patterns and its own code (or the block's). What PETRARCH does and we mirror: a verb
// listed in two blocks keeps its first; regular forms are generated (-S/-ES/-IES, -ED/-D, -ING)
// unless irregular ones are given; multi-word verbs ("+BREAK_DOWN", "WIRE_+TAP") are patterns of
// their verb word; pattern words match as written, not by lemma, as PETRARCH matches them (it
// adds the plurals of synonym set members for that reason). How the entries join the dictionaries loaded before (trigger-dictionary.ts):
// a verb replaces the earlier entry for its lemma but keeps its role (speech, receiving verbs:
// how our coder reads the clause, which PETRARCH's format does not say); a verb word that occurs
// only in multi-word verbs ("take" of "+TAKE_NOTE") adds patterns to the earlier entry.
// Every pattern that cannot be expressed is counted, and the file gets one info diagnostic.
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { USER_CODE, unknownCodeNote, type CameoCatalogue } from './cameo-catalogue.js';
import { readPetrarchPattern } from './petrarch-pattern.js';
import type { VerbBlock, VerbDictionaryText, VerbLine } from './read-petrarch-verbs.js';
import { verbLineProblems } from './read-petrarch-verbs.js';
import { compilePattern, type Trigger, type TriggerPattern } from './trigger-schema.js';

/** How an entry joins the earlier dictionaries: see the file comment. */
export interface TriggerUpdate { readonly trigger: Trigger; readonly merge: 'inherit' | 'extend' }

type Code = { code: string | null; reverse: string | null } | { problem: string };

/**
 * "064" → 064; "---" → null (no event); "032:033" → 032, and 033 for the act told the other way
 * (target to source: the host of an arrival); "+++" or ":080" (no code of its own) → a problem.
 */
export function readCode(raw: string): Code {
  const [active = '', back] = raw.split(':').map((s) => s.trim());
  const reverse = back === undefined || back === '---' || back === '' ? null : back;
  if (reverse !== null && !USER_CODE.test(reverse)) return { problem: `not an event code [${raw}]` };
  if (active === '---') return reverse === null ? { code: null, reverse } : { problem: 'only a code for the other way (:CODE)' };
  if (!active) return { problem: 'only a code for the other way (:CODE)' };
  if (!USER_CODE.test(active)) return { problem: `not an event code [${raw}]` };
  return { code: active, reverse };
}

/** PETRARCH's regular forms of a verb: VERB, VERBS/VERBES/VERBIES, VERBED/VERBD, VERBING/VERBING. */
export function regularForms(verb: string): string[] {
  const v = verb.toLowerCase();
  const s = /[sxz]$/.test(v) ? `${v}es` : v.endsWith('y') ? `${v.slice(0, -1)}ies` : `${v}s`;
  const ed = v.endsWith('e') ? `${v}d` : `${v}ed`;
  const ing = v.endsWith('e') && !/[aeiou]e$/.test(v) ? `${v.slice(0, -1)}ing` : `${v}ing`;
  return [v, s, ed, ing];
}

/** A verb line's words: the verb word (marked `+`, else the first) and the words before and after it. */
function verbParts(word: string): { head: string; before: string[]; after: string[] } {
  const parts = word.split('_').filter(Boolean);
  const k = Math.max(0, parts.findIndex((p) => p.startsWith('+')));
  const clean = (p: string): string => p.replace(/^\+/, '').toLowerCase();
  return { head: clean(parts[k] ?? word), before: parts.slice(0, k).map(clean), after: parts.slice(k + 1).map(clean) };
}

interface Counts { patterns: number; expressed: number; skipped: Map<string, number>; repeated: number; verbs: number }

export function petrarchTriggers(text: VerbDictionaryText, file: string, catalogue: CameoCatalogue): { updates: TriggerUpdate[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = verbLineProblems(file, diagnostics);
  const counts: Counts = { patterns: 0, expressed: 0, skipped: new Map(), repeated: 0, verbs: 0 };
  const skip = (reason: string): void => { counts.skipped.set(reason, (counts.skipped.get(reason) ?? 0) + 1); };
  const unknown = new Set<string>();
  const note = (...codes: (string | null)[]): void => { for (const c of codes) if (c !== null && !catalogue.has(c)) unknown.add(c); };

  // Each block's patterns, read once: its verbs share them.
  const blockPatterns = new Map<VerbBlock, { patterns: TriggerPattern[]; preps: string[] }>();
  for (const block of text.blocks) {
    const patterns: TriggerPattern[] = [];
    const preps: string[] = [];
    for (const p of block.patterns) {
      counts.patterns += 1;
      const code = readCode(p.code);
      if ('problem' in code) { skip(code.problem); continue; }
      const r = readPetrarchPattern(p.body, text.synsets);
      if (!r.ok) {
        if (r.malformed) problem(p.line, `${r.reason}: - ${p.body} [${p.code}]`);
        skip(r.reason);
        continue;
      }
      counts.expressed += 1;
      note(code.code, code.reverse);
      patterns.push(...r.words.map((w) => compilePattern(w, code.code, { reverse: code.reverse, role: r.reverse ? 'reverse' : undefined, surface: true, reciprocal: r.reciprocal })));
      preps.push(...r.preps);
    }
    blockPatterns.set(block, { patterns, preps: [...new Set(preps)] });
  }

  const plain = new Map<string, Trigger>();
  const compounds = new Map<string, TriggerPattern[]>();
  for (const block of text.blocks) {
    const shared = blockPatterns.get(block)!;
    const read = readCode(block.code);
    if ('problem' in read) problem(block.line, `block ${block.name}: ${read.problem}; its verbs code only through their patterns or own codes`);
    const blockCode: Code = 'problem' in read ? { code: null, reverse: null } : read;
    for (const v of block.verbs) {
      const own = v.code === undefined ? blockCode : readCode(v.code);
      if ('problem' in own) { problem(v.line, `${v.word}: ${own.problem}`); continue; }
      note(own.code, own.reverse);
      counts.verbs += 1;
      const { head, before, after } = verbParts(v.word);
      if (before.length || after.length) {
        compounds.set(head, [...(compounds.get(head) ?? []), ...compoundPatterns(before, after, own, shared.patterns)]);
        continue;
      }
      if (plain.has(head)) { counts.repeated += 1; continue; }
      plain.set(head, {
        lemma: head, pos: 'verb', code: own.code, ...(own.reverse && { reverse: own.reverse }), patterns: shared.patterns, role: 'default',
        ...(shared.preps.length && { preps: shared.preps }),
        forms: formsOf(v),
      });
    }
  }
  const updates: TriggerUpdate[] = [];
  for (const [lemma, t] of plain) updates.push({ trigger: { ...t, patterns: [...(compounds.get(lemma) ?? []), ...t.patterns] }, merge: 'inherit' });
  for (const [lemma, patterns] of compounds) {
    if (!plain.has(lemma)) updates.push({ trigger: { lemma, pos: 'verb', code: null, patterns, role: 'default' }, merge: 'extend' });
  }
  diagnostics.push(summary(file, counts, text.transformations, text.blocks.length));
  for (const code of [...unknown].sort()) {
    const why = unknownCodeNote(catalogue, code);
    if (why) diagnostics.push(diagnostic('events/unknown-code', `${file}: ${why}`, 'info'));
  }
  return { updates, diagnostics };
}

/** The forms a verb line names, or PETRARCH's regular ones. */
function formsOf(v: VerbLine): string[] {
  const head = verbParts(v.word).head;
  return v.forms ? [...new Set([head, ...v.forms.map((f) => verbParts(f.toUpperCase()).head)])] : regularForms(head);
}

/**
 * "+BREAK_DOWN" in a block: "down" codes as the verb's code, and each block pattern after "down"
 * ("down ... treaty"); "WIRE_+TAP": "wire *".
 */
function compoundPatterns(before: readonly string[], after: readonly string[], code: { code: string | null; reverse: string | null }, block: readonly TriggerPattern[]): TriggerPattern[] {
  const pre = before.length ? `${before.join(' ')} * ` : '';
  const own = compilePattern(`${pre}${after.join(' ')}`.trim(), code.code, { reverse: code.reverse, surface: true });
  const combined = block.map((p) => {
    const bw = p.words.includes('*') ? p.words.slice(0, p.words.indexOf('*')).trim() : '';
    const aw = p.words.includes('*') ? p.words.slice(p.words.indexOf('*') + 1).trim() : p.words;
    const b = [bw, ...before].filter(Boolean).join(' ');
    const a = [after.join(' '), aw].filter(Boolean).join(after.length && aw ? ' ... ' : '');
    return compilePattern(`${b ? `${b} * ` : ''}${a}`.trim(), p.code, { reverse: p.reverse, role: p.role, surface: true, reciprocal: p.reciprocal });
  });
  return [...combined, own];
}

function summary(file: string, c: Counts, transformations: number, blocks: number): Diagnostic {
  const skipped = [...c.skipped.values()].reduce((a, b) => a + b, 0);
  const why = [...c.skipped].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`).join('; ');
  const parts = [
    `${file}: ${c.verbs} verbs in ${blocks} blocks; ${c.patterns} patterns, ${c.expressed} expressed, ${skipped} skipped${skipped ? ` (${why})` : ''}`,
    ...(c.repeated ? [`${c.repeated} verbs listed again in a later block keep their first, as in PETRARCH`] : []),
    ...(transformations ? [`${transformations} verb transformations (~) not read`] : []),
  ];
  return diagnostic('events/dictionary', parts.join('; '), 'info');
}
