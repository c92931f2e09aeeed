// PETRARCH verb dictionaries (CAMEO 2.0 format, PETR.Validate.verbs.2.0.txt, CAMEO.2.0.txt), read
// line by line into synonym sets and verb blocks, as PETRARCH2's read_verb_dictionary reads them:
//   &NAME                      a synonym set; its `+MEMBER` lines follow (`+&OTHER` nests a set,
//   +MEMBER                    `_` or a space joins the words of a phrase, a trailing `_` means
//                              no plural, `+(TO THE END)` is a prepositional phrase)
//   --- NAME [CODE] ---        a verb block: its verbs, then its patterns; [---] codes nothing
//   VERB {FORMS} [CODE]        a verb, its irregular forms, its own code (else the block's)
//   +VERB_PARTICLE {…}         a multi-word verb, `+` on the word that is the verb (WIRE_+TAP)
//   - WORDS * WORDS [CODE]     a pattern: `*` is the verb (see petrarch-pattern.ts)
//   ~ …                        a verb transformation (not read)
//   # comment, <!-- comment block -->
// What a line is depends on the section it is in: a `+` line after `&NAME` is a member, after a
// block header a multi-word verb. A line that fits nothing is a warning naming file and line.
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { petrarchLines } from '../actors/petrarch-lines.js';

export interface VerbLine {
  /** As written, upper-case: "SAY", "+BREAK_DOWN", "WIRE_+TAP". */
  readonly word: string;
  /** The forms in braces, as written; null when none are given. */
  readonly forms: readonly string[] | null;
  /** Its own code, inside the brackets as written; undefined when it takes the block's. */
  readonly code?: string;
  readonly line: number;
}

export interface PatternLine {
  /** The words between `-` and the code: "* (ON RESOLUTION)". */
  readonly body: string;
  /** Inside the brackets, as written: "057", "040:040", "---". */
  readonly code: string;
  readonly line: number;
}

export interface VerbBlock {
  readonly name: string;
  /** Inside the brackets, as written; "---" when the header has none. */
  readonly code: string;
  readonly line: number;
  readonly verbs: VerbLine[];
  readonly patterns: PatternLine[];
}

export interface SynonymSet {
  readonly name: string;
  readonly members: { readonly text: string; readonly line: number }[];
  readonly line: number;
}

export interface VerbDictionaryText {
  readonly blocks: VerbBlock[];
  readonly synsets: ReadonlyMap<string, SynonymSet>;
  /** Verb transformation lines (`~`), counted: they are not read. */
  readonly transformations: number;
}

/** A reporter of malformed lines as `file:line: reason` warnings (rule events/dictionary). */
export const verbLineProblems = (file: string, diagnostics: Diagnostic[]) => (line: number, reason: string): void => {
  diagnostics.push(diagnostic('events/dictionary', `${file}:${line}: ${reason}`, 'warning'));
};

const HEADER = /^---\s*(.*?)\s*(?:---)?$/;
const VERB = /^(\+?[A-Za-z][A-Za-z'_+-]*)\s*(?:\{([^{}]*)\})?\s*(?:\[([^[\]]*)\])?$/;
const PATTERN = /^-\s*(.*?)\s*\[([^[\]]*)\]$/;

export function readPetrarchVerbText(source: string, file: string): VerbDictionaryText & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const problem = verbLineProblems(file, diagnostics);
  const blocks: VerbBlock[] = [];
  const synsets = new Map<string, SynonymSet>();
  let section: { kind: 'none' } | { kind: 'synset'; set: SynonymSet } | { kind: 'block'; block: VerbBlock } = { kind: 'none' };
  let transformations = 0;
  for (const { line, body } of petrarchLines(source.replace(/\r\n?/g, '\n'))) {
    if (body.startsWith('---')) {
      const inner = HEADER.exec(body)?.[1] ?? '';
      const m = /^(\S+)\s*(?:\[([^[\]]*)\])?/.exec(inner);
      if (!m?.[1]) { problem(line, `a block header with no name: ${body}`); continue; }
      const block: VerbBlock = { name: m[1], code: m[2]?.trim() || '---', line, verbs: [], patterns: [] };
      blocks.push(block);
      section = { kind: 'block', block };
    } else if (body.startsWith('&')) {
      const name = /^&[^\s{}()]+/.exec(body)?.[0];
      if (!name || name.length < 2) { problem(line, `a synonym set with no name: ${body}`); continue; }
      if (synsets.has(name)) problem(line, `synonym set ${name} is defined again: its members are added to the first`);
      const set = synsets.get(name) ?? { name, members: [], line };
      synsets.set(name, set);
      section = { kind: 'synset', set };
    } else if (body.startsWith('~')) {
      transformations += 1;
    } else if (section.kind === 'synset' && body.startsWith('+')) {
      const text = body.slice(1).trim();
      if (!text) problem(line, 'an empty synonym set member');
      else section.set.members.push({ text, line });
    } else if (section.kind !== 'block') {
      problem(line, `not a synonym set member nor inside a verb block: ${body}`);
    } else if (body.startsWith('-')) {
      const m = PATTERN.exec(body);
      if (!m) { problem(line, body.includes('[') ? `cannot read the pattern: ${body}` : 'a pattern needs a [code]'); continue; }
      section.block.patterns.push({ body: m[1] ?? '', code: (m[2] ?? '').trim(), line });
    } else {
      const m = VERB.exec(body);
      if (!m?.[1]) { problem(line, `cannot read the verb line: ${body}`); continue; }
      const forms = m[2] === undefined ? null : m[2].split(/\s+/).filter(Boolean);
      section.block.verbs.push({ word: m[1].toUpperCase(), forms, ...(m[3] !== undefined && { code: m[3].trim() }), line });
    }
  }
  return { blocks, synsets, transformations, diagnostics };
}
