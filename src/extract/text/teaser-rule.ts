import { keptLines, removeLine, type ScrapeRule } from './scrape-rule.js';
import { mostCommonSite, siteSuffix } from './site-suffix.js';

// The trailing block of links to unrelated stories, headed by a marker like
// `international Category Latest News` or `Related reading`.
const MARKER = /^(?:[\p{L}&-]+\s+)?(?:category\s+)?(?:latest news|related (?:news|articles?|reading|stories)|recommended(?: for you| reading)?|hot (?:news|articles?|topics)|more (?:news|stories)|you may also like|popular (?:news|articles?)|editor'?s picks?)\s*[:：]?$/iu;
// A teaser block is short headlines; a long run of long paragraphs after a marker is body we must keep.
const MAX_TEASERS = 8;
const MAX_TEASER_CHARS = 600;

export const teaserRule: ScrapeRule = {
  name: 'teaser',
  apply(state) {
    const kept = keptLines(state);
    const at = kept.findIndex((l, i) => i >= kept.length / 2 && l.text.length <= 60 && MARKER.test(l.text));
    if (at < 0) return {};
    const marker = kept[at]!;
    const after = kept.slice(at + 1);
    if (after.length > MAX_TEASERS || after.some((l) => l.text.length > MAX_TEASER_CHARS)) {
      return { removals: [removeLine(marker, 'teaser marker')] };
    }
    // Teaser headlines carry the farm's own suffix: the site, when no caption names it.
    const site = mostCommonSite(after.map(siteSuffix).filter((s) => s !== null));
    return {
      removals: [
        removeLine(marker, 'teaser marker'),
        ...after.map((l) => removeLine(l, 'teaser for another story')),
      ],
      ...(site !== null && state.meta.site == null && { meta: { site } }),
    };
  },
};
