import { iso6393To1, iso6393To2B } from 'iso-639-3';

// Deprecated ISO 639-1 codes still seen in page markup, mapped to their replacements.
const DEPRECATED: Readonly<Record<string, string>> = { iw: 'he', in: 'id', ji: 'yi', jw: 'jv', mo: 'ro' };

// ISO 639-2 bibliographic codes ("fre", "ger", "chi") back to their 639-3 forms.
const FROM_BIBLIOGRAPHIC: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(iso6393To2B).map(([iso6393, bibliographic]) => [bibliographic, iso6393]),
);

// Tags that name no language: unknown, multiple, undetermined, or private/grandfathered forms.
const NOT_A_LANGUAGE = new Set(['und', 'mul', 'zxx', 'mis', 'x', 'i']);

/** A lowercased primary subtag with deprecated two-letter codes replaced. */
export const toPrimarySubtag = (code: string): string => {
  const lower = code.toLowerCase();
  return DEPRECATED[lower] ?? lower;
};

/**
 * The primary language of a declared tag ("en-US" → "en", "ZH_hans" → "zh", "eng" → "en"), or
 * null when the tag is missing or names no language.
 */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(primary) || NOT_A_LANGUAGE.has(primary)) return null;
  if (primary.length === 2) return toPrimarySubtag(primary);
  const iso6393 = FROM_BIBLIOGRAPHIC[primary] ?? primary;
  return toPrimarySubtag(iso6393To1[iso6393] ?? iso6393);
}
