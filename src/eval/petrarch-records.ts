// PETRARCH's validation records (PETR.UnitTest.records.xml): one <Sentence> per test with the
// codings it should produce. The <Parse> tree is hand-made and ignored — we code plain text.
// Variants read, as PETRARCH's own validation reads them:
//   <EventCoding sourcecode= targetcode= eventcode=>   an expected event, possibly several;
//       a code may be a quoted new actor ('"INJURY TOLL"', kept verbatim, quotes included)
//   <EventCoding noevents="True">   nothing is coded;  no <EventCoding> at all means the same
//   <EventCoding error="storydiscard|sentencediscard|dateline|bad_input_parse">   PETRARCH
//       must reject the sentence: nothing is coded
//   sentence="false" (or valid="false")   a test its authors disabled: PETRARCH skips it, as it
//       skips categories missing from <Include> (and those in <Exclude>)
//   <Config option= value=> between records   an option in force until changed (require_dyad,
//       new_actor_length, comma_*); it decides whether agentless or new-actor events are expected
// A malformed record is a diagnostic naming it and is left out; a file with no records at all
// is a DataFileError.
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { DataFileError } from '../core/errors.js';
import { decodeEntities } from '../core/decode-entities.js';
import { xmlTokens, type XmlToken } from './petrarch-xml.js';

export interface PetrarchEvent { readonly source: string; readonly target: string; readonly code: string }

export interface PetrarchRecord {
  readonly id: string;
  /** ISO date (the file writes YYYYMMDD); null when absent or not a date. */
  readonly date: string | null;
  /** The sentence, whitespace collapsed. */
  readonly text: string;
  /** Empty for noevents, error and coding-less records. */
  readonly expected: readonly PetrarchEvent[];
  readonly category?: string;
  /** The record's own comments (what it tests, when last updated). */
  readonly note?: string;
  /** `<EventCoding error="…">`: why PETRARCH must reject the sentence. */
  readonly error?: string;
  /** Why PETRARCH's own validation run leaves this record out; absent when it is scored. */
  readonly skip?: string;
  /** `<Config>` options in force at this record, as written. */
  readonly config?: Readonly<Record<string, string>>;
  readonly line: number;
}

type Mode = 'body' | 'text' | 'parse';
interface Draft {
  attributes: Readonly<Record<string, string>>; line: number; mode: Mode; skipTag: boolean;
  codings: Extract<XmlToken, { kind: 'open' }>[]; notes: string[]; text: string[] | null;
  /** Make the record unusable: it is reported and left out. */
  problems: string[];
  /** Worth a look, but the expectation is still clear: the record is kept. */
  warnings: string[];
}

const newDraft = (t: Extract<XmlToken, { kind: 'open' }>): Draft =>
  ({ attributes: t.attributes, line: t.line, mode: 'body', skipTag: false, codings: [], notes: [], text: null, problems: [], warnings: [] });

const isoDate = (raw: string): string | null => {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
};

/** Selection state of the file: options and category lists seen so far. */
interface Context { config: Readonly<Record<string, string>>; include: string[]; exclude: string[] }

/** The record a finished draft stands for, or the reasons it cannot be used. */
function toRecord(d: Draft, ctx: Context, warn: (reason: string) => void): PetrarchRecord | string[] {
  const id = d.attributes['id']?.trim();
  const events: PetrarchEvent[] = [];
  const errors: string[] = [];
  let noevents = false;
  for (const { attributes: a, line } of d.codings) {
    if (a['noevents'] !== undefined) noevents = true;
    else if (a['error'] !== undefined) errors.push(a['error'].trim());
    else {
      const [source, target, code] = [a['sourcecode']?.trim(), a['targetcode']?.trim(), a['eventcode']?.trim()];
      if (source && target && code) events.push({ source, target, code });
      else d.problems.push(`line ${line}: an <EventCoding> needs sourcecode, targetcode and eventcode, or noevents, or error`);
    }
  }
  if ((noevents || errors.length) && events.length) d.problems.push('it expects events and also none (noevents / error)');
  if (errors.length > 1) d.problems.push(`it expects several errors (${errors.join(', ')})`);
  const text = decodeEntities((d.text ?? []).join('')).replace(/\s+/g, ' ').trim();
  if (!text) d.problems.push(d.text === null ? 'it has no <Text>' : 'its <Text> is empty');
  if (!id) d.problems.push('it has no id');
  if (d.problems.length || !id) return d.problems;

  const rawDate = d.attributes['date'];
  const date = rawDate === undefined ? null : isoDate(rawDate);
  if (rawDate === undefined) warn('it has no date');
  else if (!date) warn(`"${rawDate}" is not a YYYYMMDD date`);
  for (const w of d.warnings) warn(w);
  const category = d.attributes['category']?.trim();
  const enabled = (d.attributes['sentence'] ?? d.attributes['valid'] ?? 'true').trim().toLowerCase() !== 'false';
  const skip = !enabled ? 'disabled by its authors (sentence="false")'
    : d.skipTag ? 'marked <Skip>'
    : category && ctx.include.length && !ctx.include.includes(category) ? `category ${category} is not in <Include>`
    : category && ctx.exclude.includes(category) ? `category ${category} is in <Exclude>` : undefined;
  const note = d.notes.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  return {
    id, date, text, expected: events, line: d.line,
    ...(category ? { category } : {}), ...(note ? { note } : {}), ...(errors[0] ? { error: errors[0] } : {}),
    ...(skip ? { skip } : {}), ...(Object.keys(ctx.config).length ? { config: ctx.config } : {}),
  };
}

export function readPetrarchRecords(xml: string, file: string): { records: PetrarchRecord[]; diagnostics: Diagnostic[] } {
  const records: PetrarchRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  const report = (line: number, reason: string, severity: 'warning' | 'info' = 'warning') =>
    diagnostics.push(diagnostic('eval/petrarch-records', `${file}:${line}: ${reason}`, severity));
  const ctx: Context = { config: {}, include: [], exclude: [] };
  const seen = new Set<string>();
  let list: 'Include' | 'Exclude' | null = null;
  let sentences = 0;
  let draft: Draft | null = null;

  const finish = (d: Draft): void => {
    const id = d.attributes['id']?.trim();
    const name = id ? `record ${id}` : 'a record without id';
    const r = toRecord(d, ctx, (w) => report(d.line, `${name}: ${w}`));
    if (Array.isArray(r)) return void report(d.line, `${name} left out: ${r.join('; ')}`);
    if (seen.has(r.id)) report(d.line, `${name}: an earlier record has the same id`);
    seen.add(r.id);
    records.push(r);
  };
  const start = (t: Extract<XmlToken, { kind: 'open' }>): Draft | null => {
    sentences += 1;
    const d = newDraft(t);
    if (!t.selfClosing) return d;
    finish(d);
    return null;
  };

  for (const t of xmlTokens(xml)) {
    const d = draft;
    if (t.kind === 'bad') {
      if (d) d.problems.push(`line ${t.line}: ${t.reason}`);
      else report(t.line, t.reason);
    } else if (!d) {
      if (t.kind === 'open' && t.name === 'Sentence') draft = start(t);
      else if (t.kind === 'open' && t.name === 'Config') {
        const { option, value } = t.attributes;
        if (option?.trim() && value !== undefined) ctx.config = { ...ctx.config, [option.trim()]: value.trim() };
        else report(t.line, '<Config> needs option and value');
      } else if (t.kind === 'open' && (t.name === 'Include' || t.name === 'Exclude')) list = t.name;
      else if (t.kind === 'close' && t.name === list) list = null;
      else if (t.kind === 'text' && list) {
        // `valid` in <Include> asks PETRARCH to skip disabled records; they are marked skipped always.
        const names = t.text.split(/\s+/).filter((w) => w && w !== 'valid');
        if (list === 'Include') ctx.include = [...ctx.include, ...names];
        else ctx.exclude = [...ctx.exclude, ...names];
      } else if (t.kind === 'open' && t.name === 'Stop') {
        report(t.line, 'reading stopped at <Stop>, as PETRARCH stops there', 'info');
        break;
      }
    } else if (d.mode === 'parse') {
      if (t.kind === 'close' && t.name === 'Parse') d.mode = 'body';
    } else if (d.mode === 'text') {
      if (t.kind === 'text') d.text?.push(t.text);
      else if (t.kind === 'close' && t.name === 'Text') d.mode = 'body';
      else if (t.kind !== 'comment') d.problems.push(`line ${t.line}: markup inside <Text>`);
    } else if (t.kind === 'comment') d.notes.push(t.text);
    else if (t.kind === 'text') {
      if (t.text.trim()) d.warnings.push(`stray text "${t.text.trim().slice(0, 30)}" at line ${t.line}`);
    } else if (t.kind === 'close') {
      if (t.name === 'Sentence') { finish(d); draft = null; }
    } else if (t.name === 'EventCoding') d.codings.push(t);
    else if (t.name === 'Text') {
      if (d.text !== null) d.problems.push(`line ${t.line}: a second <Text>`);
      d.text = [];
      d.mode = t.selfClosing ? 'body' : 'text';
    } else if (t.name === 'Parse') d.mode = t.selfClosing ? 'body' : 'parse';
    else if (t.name === 'Skip') d.skipTag = true;
    else if (t.name === 'Sentence') {
      d.problems.push(`it is never closed (a new <Sentence> starts at line ${t.line})`);
      finish(d);
      draft = start(t);
    } else d.warnings.push(`unexpected <${t.name}> at line ${t.line}`);
  }
  if (draft) {
    draft.problems.push('it is never closed (the file ends first)');
    finish(draft);
  }
  if (!sentences) throw new DataFileError(file, 'no <Sentence> records: not a PETRARCH validation file');
  return { records, diagnostics };
}
