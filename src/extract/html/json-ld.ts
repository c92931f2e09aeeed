// JSON-LD blocks of a page: the article objects in them (also nested in @graph arrays or
// wrapped in lists), with a diagnostic for each block that does not parse.
import { diagnostic } from '../../core/diagnostic.js';
import type { Diagnostic } from '../../core/diagnostic.js';
import type { DomDocument } from './parse-document.js';

export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /^(?:\w+:)?(?:\w*Article|\w*Posting|Report)$/;

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const typesOf = (o: JsonObject): string[] => {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
};

export const isArticle = (o: JsonObject): boolean => typesOf(o).some((t) => ARTICLE_TYPE.test(t));

/** Every object in a parsed block, breadth-first, through arrays, @graph and mainEntity. */
function objectsIn(root: unknown): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: unknown[] = [root];
  // Bounded so a pathological block cannot make this loop long.
  while (queue.length && out.length < 500) {
    const v = queue.shift();
    if (Array.isArray(v)) queue.push(...v);
    else if (isObject(v)) {
      out.push(v);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) if (key in v) queue.push(v[key]);
    }
  }
  return out;
}

/** Some sites wrap the JSON in a CDATA section or an HTML comment; tolerate that, nothing more. */
const unwrap = (s: string): string =>
  s.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '').trim();

export interface JsonLd {
  /** Article-typed objects, in page order. */
  articles: JsonObject[];
  /** All objects found, for publisher/site look-ups when no article object names them. */
  objects: JsonObject[];
  diagnostics: Diagnostic[];
}

/** Reads every `<script type="application/ld+json">` block of the page. */
export function readJsonLd(doc: DomDocument): JsonLd {
  const objects: JsonObject[] = [];
  const diagnostics: Diagnostic[] = [];
  let index = 0;
  for (const script of doc.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    index++;
    const source = unwrap(script.textContent ?? '');
    if (!source) continue;
    try {
      objects.push(...objectsIn(JSON.parse(source)));
    } catch (e) {
      const why = e instanceof SyntaxError ? e.message : String(e);
      diagnostics.push(diagnostic('extract/json-ld-malformed', `JSON-LD block ${index} is not valid JSON and was ignored (${why})`, 'info'));
    }
  }
  return { articles: objects.filter(isArticle), objects, diagnostics };
}

/** A JSON-LD value as text: strings as they are, `{name}` / `{@value}` objects by that field. */
export function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (isObject(v)) return textOf(v['name'] ?? v['@value']);
  return null;
}

/** Every name in a value that may be one author or a list of them. */
export function namesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  return list.map(textOf).filter((s): s is string => s !== null);
}
