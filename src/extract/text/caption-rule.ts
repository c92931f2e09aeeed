import { looseKey, type Line } from './lines.js';
import { keptLines, removeLine, type ScrapeRule, type ScrapeState } from './scrape-rule.js';
import { mostCommonSite, siteSuffix as suffixed, type Suffixed } from './site-suffix.js';

// Content farms repeat the title (or a section heading) as image captions through the body,
// suffixed with the site name. The suffix names the site.

/** The caption repeats `of`: equal to it, or a cut-off start of it (captions are truncated too). */
const repeats = (caption: string, of: string): boolean => {
  const c = looseKey(caption);
  const o = looseKey(of);
  return c.length >= 12 && (c === o || (o.startsWith(c) && c.length >= 0.5 * o.length) || (c.startsWith(o) && o.length >= 0.8 * c.length));
};

export const captionRule: ScrapeRule = {
  name: 'caption',
  apply(state: ScrapeState) {
    const title = state.meta.title ?? null;
    const kept = keptLines(state);
    const candidates = kept.map(suffixed).filter((s): s is Suffixed => s !== null);
    const siteCounts = new Map<string, number>();
    for (const c of candidates) siteCounts.set(c.site, (siteCounts.get(c.site) ?? 0) + 1);
    const others = (line: Line) => kept.filter((l) => l !== line && !suffixed(l));
    const removals = [];
    const captions: Suffixed[] = [];
    for (const c of candidates) {
      const repeatsTitle = title !== null && repeats(c.body, title);
      const repeatsLine = others(c.line).some((l) => l.text.length < 400 && repeats(c.body, l.text));
      // A suffix seen on several lines is the site's signature even when the caption repeats nothing we kept.
      const signature = (siteCounts.get(c.site) ?? 0) >= 2 && c.line.text.length < 400;
      if (!repeatsTitle && !repeatsLine && !signature) continue;
      removals.push(removeLine(c.line, repeatsTitle ? 'image caption repeating the title' : 'caption with site suffix'));
      captions.push(c);
    }
    // Plain repeats of the title (no suffix) later in the body are captions too.
    if (title !== null) {
      for (const l of kept) {
        if (!suffixed(l) && l.text.length <= title.length + 2 && looseKey(l.text) === looseKey(title)) {
          removals.push(removeLine(l, 'image caption repeating the title'));
        }
      }
    }
    const site = mostCommonSite(captions);
    return site ? { removals, meta: { site } } : { removals };
  },
};
