import type { Removal } from '../../model/analysis.js';
import { keptLines, type ScrapeRule } from './scrape-rule.js';

// Trailing credit lines: `Source: …`, `Some sources: …`, `Part of the news reference source: …`,
// `来源：…`, on their own line or glued to the last sentence (`…way.Some sources: X`).
// The label must start the line or follow sentence-final punctuation, and be followed by a
// colon: "Sources close to the ministry said…" is body.
const LABEL = String.raw`(?:part of the news reference sources?|(?:some |news |reference |main )?(?:news )?sources?(?: of (?:this|the) (?:article|news))?|references?|来源|资料来源|消息来源|本文来源)`;
const TRAILER = new RegExp(String.raw`(?:^|(?<=[.!?。！？”"’)]\s*))${LABEL}\s*[:：]\s*([^.!?。！？]{1,120}?)\s*\.?$`, 'iu');
const MAX_TRAILER_LINES = 3;

const splitSources = (s: string): string[] =>
  s.split(/\s*[;；、,，]\s*/u).map((x) => x.trim()).filter(Boolean);

export const citedSourcesRule: ScrapeRule = {
  name: 'cited-sources',
  apply(state) {
    const removals: Removal[] = [];
    const found: string[] = [];
    for (const line of keptLines(state).reverse().slice(0, MAX_TRAILER_LINES)) {
      const m = TRAILER.exec(line.text);
      if (!m?.[1]) break;
      removals.push({ start: line.start + m.index, end: line.end, reason: 'cited source trailer', in: 'input' });
      found.unshift(...splitSources(m[1]));
      if (m.index > 0) break; // glued onto body: nothing above it is a trailer
    }
    return found.length ? { removals, meta: { citedSources: found } } : {};
  },
};
