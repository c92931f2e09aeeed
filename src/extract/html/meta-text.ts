// Metadata strings come from places that do not decode or sanitise: JSON-LD values carry
// entities and markup, and <title> is raw text, so a hostile `<title>` can hold a <script>.
import { decodeEntities } from '../../core/decode-entities.js';

/**
 * A metadata value as plain text: script/style bodies and tags removed, entities decoded,
 * whitespace collapsed; null when nothing is left. Overlong values are cut at `max`.
 */
export function cleanMetaText(raw: string | null | undefined, max = 1000): string | null {
  if (raw == null) return null;
  const text = decodeEntities(
    raw
      .replace(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();
  // Templates print an unset field as a placeholder: that states nothing.
  if (!text || /^(?:nil|null|none|undefined|n\/a|-)$/i.test(text)) return null;
  return text.length > max ? text.slice(0, max).trimEnd() : text;
}

/** An author string without a leading "By" and without being a bare URL or @handle. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  const text = cleanMetaText(raw, 300)?.replace(/^by\s*[:-]?\s+/i, '').trim();
  if (!text || /^(?:https?:\/\/|www\.|@)\S*$/i.test(text)) return null;
  return text;
}

/** A date or "Updated …" tail that visible bylines often carry after the name. */
const BYLINE_TAIL = /[\s,|·•–-]*(?:(?:on|at)\s+)?(?:(?:\d{1,2}\s*)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,4}(?![a-z])|\d{4}-\d{2}-\d{2}|(?:updated|published|posted)\b).*$/is;

/** The author in a visible byline ("By Jane Roe March 11, 2015 3:46 PM" → "Jane Roe"). */
export function bylineAuthor(raw: string | null | undefined): string | null {
  const name = cleanAuthor(raw);
  if (!name || /^(?:last\s+)?(?:updated|published|posted)\b/i.test(name)) return null;
  const cut = name.replace(BYLINE_TAIL, '').trim();
  // A byline that is only a date names no author.
  return cut.length >= 2 ? cut : null;
}

/** `<html lang>` as a BCP 47 tag (`en_US` → `en-US`), or null when it is not one. */
export function languageTag(raw: string | null | undefined): string | null {
  const tag = raw?.trim().replace(/_/g, '-');
  if (!tag || !/^[a-z]{2,3}(?:-[a-z\d]{2,8})*$/i.test(tag)) return null;
  const [lang, ...rest] = tag.split('-');
  return [lang!.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join('-');
}
