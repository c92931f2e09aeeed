import { diagnostic } from '../../core/diagnostic.js';
import { looseKey } from './lines.js';
import { keptLines, removeLine, type ScrapeRule } from './scrape-rule.js';

// Scrapes of content farms put the title on the first line; often it is the lede cut off
// mid-word at a fixed length, which we report so nobody mistakes it for a headline.
const TRUNCATED_MIN = 120;

export const titleRule: ScrapeRule = {
  name: 'title',
  apply(state) {
    if (state.fromRecord) return {};
    const [first, ...rest] = keptLines(state);
    // A one-line text is all body: a title needs a body under it.
    if (!first || rest.length === 0) return {};
    const title = first.text;
    const key = looseKey(title);
    const truncated = title.length >= TRUNCATED_MIN && !/[.!?…"”'’)]$/.test(title)
      && rest.some((l) => l.text.length > title.length && looseKey(l.text).startsWith(key));
    return {
      removals: [removeLine(first, 'title')],
      meta: { title },
      diagnostics: truncated
        ? [diagnostic('extract/truncated-title', 'the title line is the start of the lede cut off mid-sentence; kept as the page gave it', 'info')]
        : [],
    };
  },
};
