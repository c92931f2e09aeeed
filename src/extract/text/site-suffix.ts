import type { Line } from './lines.js';

// Content farms suffix captions and teaser headlines with the site's name: `… grad - DayDayNews`.
// A brand may start lowercase (iNewsHub) but must have a capital or digit somewhere.
const SUFFIX = /^(.*\S)\s+[-–—|]\s+([\p{L}\d][\p{L}\d.&'’]*(?: [\p{L}\d.&'’]+){0,3})$/u;

export interface Suffixed { readonly line: Line; readonly body: string; readonly site: string }

/** The line split into its body and site suffix, or null when it carries none. */
export function siteSuffix(line: Line): Suffixed | null {
  const m = SUFFIX.exec(line.text);
  return m?.[1] && m[2] && /[\p{Lu}\d]/u.test(m[2]) && !/[.!?]$/.test(m[2]) ? { line, body: m[1], site: m[2] } : null;
}

/** The site named most often among suffixed lines, if any. */
export function mostCommonSite(suffixed: readonly Suffixed[]): string | null {
  const counts = new Map<string, number>();
  for (const s of suffixed) counts.set(s.site, (counts.get(s.site) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
