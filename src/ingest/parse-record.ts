// A JSON/JSONL record → SourceDocument. The record's fields are taken as given (SPEC §1.1):
// nothing here guesses a title or a date, it only checks the shapes and maps the names.
import { z } from 'zod';
import { errorMessage } from '../core/errors.js';
import type { Decoded } from './decode-bytes.js';
import type { GivenMeta, IngestItem } from './source-document.js';
import { sourceFailure } from './source-failure.js';

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

const text = z.string({ error: (issue) => `must be a string, not ${describe(issue.input)}` }).nullish();
const identifier = z
  .union([z.string(), z.number()], { error: (issue) => `must be a string or a number, not ${describe(issue.input)}` })
  .nullish();

// Unknown fields are allowed: dumps carry their own extras (lang, tags, …).
const RecordSchema = z.looseObject({
  id: identifier,
  uri: text,
  text,
  html: text,
  title: text,
  published: text,
  site: text,
  author: text,
});
type RecordFields = z.infer<typeof RecordSchema>;

/** Where a record came from: `origin` names it in errors, `fallbackUri` is used without uri/id. */
export interface RecordPlace {
  readonly origin: string;
  readonly fallbackUri: string;
}


/** Null, absent and blank fields are all "not given". */
const given = (value: string | number | null | undefined): string | undefined => {
  const s = value == null ? undefined : String(value);
  return s !== undefined && s.trim() !== '' ? s : undefined;
};

function givenMeta(record: RecordFields): GivenMeta {
  const meta: GivenMeta = {};
  const fields = { id: given(record.id), title: given(record.title), published: given(record.published),
    site: given(record.site), author: given(record.author) };
  for (const [key, value] of Object.entries(fields) as [keyof GivenMeta, string | undefined][]) {
    if (value !== undefined) meta[key] = value;
  }
  return meta;
}

/** `text` is the body when it has one; `html` is the fallback (and the page to extract from). */
function body(record: RecordFields): { kind: 'text' | 'html'; content: string } | string {
  const text = given(record.text);
  if (text !== undefined) return { kind: 'text', content: text };
  const html = given(record.html);
  if (html !== undefined) return { kind: 'html', content: html };
  if (record.text != null || record.html != null) return 'invalid record: its body is empty';
  return 'invalid record: it has neither a "text" nor an "html" field';
}

function issuesReason(error: z.ZodError): string {
  const issues = error.issues.map((issue) => `"${issue.path.join('.')}" ${issue.message}`);
  return `invalid record: ${issues.join('; ')}`;
}

/** Maps a parsed JSON value to a document, or to a failure naming `place.origin`. */
export function parseRecord(value: unknown, place: RecordPlace, decoded: Omit<Decoded, 'text'>): IngestItem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return sourceFailure(place.origin, `invalid record: expected a JSON object, found ${describe(value)}`);
  }
  const parsed = RecordSchema.safeParse(value);
  if (!parsed.success) return sourceFailure(place.origin, issuesReason(parsed.error));
  const record = parsed.data;
  const content = body(record);
  if (typeof content === 'string') return sourceFailure(place.origin, content);
  const meta = givenMeta(record);
  return {
    ok: true,
    doc: {
      uri: given(record.uri) ?? meta.id ?? place.fallbackUri,
      origin: place.origin,
      kind: content.kind,
      fromRecord: true,
      content: content.content,
      encoding: decoded.encoding,
      given: meta,
      diagnostics: decoded.diagnostics,
    },
  };
}

/** JSON text → document; bad JSON is a failure like any other bad record. */
export function parseRecordJson(decoded: Decoded, place: RecordPlace): IngestItem {
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return sourceFailure(place.origin, `invalid JSON: ${errorMessage(error)}`);
  }
  return parseRecord(value, place, decoded);
}
