import { parseHeader } from './parse-header.js';
import { keptLines, removeLine, type ScrapeRule } from './scrape-rule.js';

// The header sits right under the title; looking further down would take dated body lines.
const HEADER_WINDOW = 2;

export const headerRule: ScrapeRule = {
  name: 'header',
  apply(state) {
    for (const line of keptLines(state).slice(0, HEADER_WINDOW)) {
      const h = parseHeader(line.text);
      if (!h) continue;
      const meta = {
        published: state.meta.published ?? h.published,
        ...(h.category !== null && { category: h.category }),
        ...(h.views !== null && { views: h.views }),
        ...(h.author !== null && { author: h.author }),
      };
      return { removals: [removeLine(line, 'metadata header')], meta };
    }
    return {};
  },
};
