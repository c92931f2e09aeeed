import { keptLines, type ScrapeRule } from './scrape-rule.js';

// Scrapers leave a link's file extension glued to the next paragraph: `htmlAt the end of June`.
// Only a lowercase extension followed (directly, or after one space) by a capital or an opening
// quote qualifies, so "html is a markup language" stays.
const ARTEFACT = /^(?:s?html?|php\d?|aspx?|jsp|cgi) ?(?=[\p{Lu}“"‘])/u;

export const gluedArtefactRule: ScrapeRule = {
  name: 'glued-artefact',
  apply(state) {
    return {
      removals: keptLines(state).flatMap((l) => {
        const m = ARTEFACT.exec(l.text);
        return m ? [{ start: l.start, end: l.start + m[0].length, reason: 'glued scrape artefact', in: 'input' as const }] : [];
      }),
    };
  },
};
