// PETRARCH/TABARI/Phoenix actor dictionaries, so analysts can bring the dictionaries they
// already maintain. The format, as those tools read it:
//   NAME_WITH_UNDERSCORES [CODE]      an actor (`_` is a space; a trailing `_` only marks a whole word)
//   +SYNONYM                          another name for the actor above
//       [CODE <YYMMDD] [CODE >YYMMDD] [CODE YYMMDD-YYMMDD]   date-restricted codes for the actor above
//   # comment, <!-- comment block -->
// A malformed line becomes a diagnostic naming file and line; the rest of the file still loads.
import type { Diagnostic } from '../core/diagnostic.js';
import { lineProblems, petrarchLines } from './petrarch-lines.js';

export interface DatedCode {
  readonly code: string;
  /** ISO dates, inclusive; absent when open. */
  readonly from?: string;
  readonly to?: string;
}

export interface PetrarchActor {
  readonly names: string[];
  readonly codes: DatedCode[];
  readonly line: number;
}

const CODE = /^\[([A-Za-z0-9/~+-]+)(?:\s+([<>]?)\s*(\d{6}|\d{8})(?:\s*-\s*(\d{6}|\d{8}))?)?\s*\]$/;

/** YYMMDD (TABARI: 00–29 are 20xx) or YYYYMMDD → ISO. */
function isoDate(raw: string): string | null {
  const full = raw.length === 6 ? `${Number(raw.slice(0, 2)) < 30 ? '20' : '19'}${raw}` : raw;
  const iso = `${full.slice(0, 4)}-${full.slice(4, 6)}-${full.slice(6, 8)}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}

function readCode(text: string): DatedCode | string {
  const m = CODE.exec(text.trim());
  if (!m?.[1]) return `not a code block: ${text.trim()}`;
  const code = m[1].toUpperCase();
  if (!m[3]) return { code };
  const a = isoDate(m[3]);
  const b = m[4] ? isoDate(m[4]) : null;
  if (!a || (m[4] && !b)) return `not a date in ${text.trim()}`;
  if (m[4]) return { code, from: a, to: b! };
  return m[2] === '<' ? { code, to: a } : m[2] === '>' ? { code, from: a } : { code, from: a, to: a };
}

const nameOf = (raw: string): string => raw.replace(/_+$/, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();

export function readPetrarchActors(source: string, file: string): { actors: PetrarchActor[]; diagnostics: Diagnostic[] } {
  const actors: { names: string[]; codes: DatedCode[]; line: number }[] = [];
  const diagnostics: Diagnostic[] = [];
  const problem = lineProblems(file, diagnostics);
  petrarchLines(source.replace(/\r\n?/g, '\n')).forEach(({ line, body }) => {
    const current = actors[actors.length - 1];
    if (body.startsWith('[')) {
      if (!current) return problem(line, 'a code block with no actor above it');
      const c = readCode(body);
      return typeof c === 'string' ? problem(line, c) : void current.codes.push(c);
    }
    if (body.startsWith('+')) {
      if (!current) return problem(line, 'a synonym with no actor above it');
      const name = nameOf(body.slice(1).replace(/\[.*$/, ''));
      return name ? void current.names.push(name) : problem(line, 'an empty synonym');
    }
    const m = /^([^[\]]+?)\s*(\[[^\]]*\])?\s*$/.exec(body);
    if (!m?.[1]) return problem(line, `cannot read "${body}"`);
    const codes: DatedCode[] = [];
    if (m[2]) {
      const c = readCode(m[2]);
      if (typeof c === 'string') return problem(line, c);
      codes.push(c);
    }
    actors.push({ names: [nameOf(m[1])], codes, line });
  });
  for (const a of actors) if (!a.codes.length) problem(a.line, `"${a.names[0]}" has no code`);
  return { actors: actors.filter((a) => a.codes.length), diagnostics };
}

/** The code in force at `date` (ISO); undated codes apply when no dated one does. */
export function codeAt(codes: readonly DatedCode[], date: string | null): string | null {
  const day = date?.slice(0, 10) ?? null;
  if (day) {
    const dated = codes.find((c) => (c.from !== undefined || c.to !== undefined) && (!c.from || c.from <= day) && (!c.to || day <= c.to));
    if (dated) return dated.code;
  }
  return codes.find((c) => c.from === undefined && c.to === undefined)?.code ?? codes[0]?.code ?? null;
}
