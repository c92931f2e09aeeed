import { diagnostic } from '../../core/diagnostic.js';
import { chooseDayMonthOrder } from './day-month-order.js';
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
      // `07/08/2023`: the rest of the page tells day-first from month-first.
      const choice = h.monthFirst === undefined ? null
        : chooseDayMonthOrder(h.published, h.monthFirst, state.input.slice(0, line.start) + state.input.slice(line.end));
      const published = choice?.order === 'month-first' && h.monthFirst !== undefined ? h.monthFirst : h.published;
      const meta = {
        published: state.meta.published ?? published,
        ...(h.category !== null && { category: h.category }),
        ...(h.views !== null && { views: h.views }),
        ...(h.author !== null && { author: h.author }),
      };
      const diagnostics = choice && !state.meta.published
        ? [diagnostic('extract/ambiguous-date', `the header date "${/\d{1,2}[/.-]\d{1,2}[/.-]\d{4}/.exec(line.text)?.[0] ?? line.text}" reads either way; taken as ${published.slice(0, 10)} (${choice.order}): ${choice.why}`, 'info')]
        : [];
      return { removals: [removeLine(line, 'metadata header')], meta, diagnostics };
    }
    return {};
  },
};
