// Full-text search, the one query written per dialect: FTS5 with bm25 and snippet() in SQLite,
// a tsvector with ts_rank and ts_headline in PostgreSQL. Both use unstemmed, case-folded words
// ('simple' / unicode61), and a query is a list of words that must all occur, so the two
// dialects find the same documents.
import { sql, type Kysely } from 'kysely';
import type { StoreSchema } from './schema.js';
import type { Page, SearchHit, StoreDialect } from './store.js';

/** The words of a user's query; operators and punctuation are not syntax here. */
export const queryWords = (q: string): string[] => (q.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 32);

interface HitRow { id: string; title: string | null; uri: string; published: string | null; site: string | null; snippet: string }

export async function searchDocuments(db: Kysely<StoreSchema>, dialect: StoreDialect, query: string, page: Page): Promise<SearchHit[]> {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const offset = page.offset ?? 0;
  if (dialect === 'sqlite') {
    const match = words.map((w) => `"${w}"`).join(' ');
    // The page is chosen first and snippets made for its rows only: a common word matches most
    // of a large store, and a snippet for every match would cost more than the ranking. (FTS5's
    // functions take no alias: inside, `documents_fts` resolves to p's own hidden column.)
    const r = await sql<HitRow>`SELECT d.id, d.title, d.uri, d.published, d.site,
        snippet(documents_fts, 1, '[', ']', '…', 24) AS snippet
      FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
      WHERE documents_fts MATCH ${match} AND documents_fts.rowid IN (
        SELECT p.rowid FROM documents_fts p JOIN documents pd ON pd.rowid = p.rowid
        WHERE documents_fts MATCH ${match} ORDER BY bm25(documents_fts), pd.id LIMIT ${page.limit} OFFSET ${offset})
      ORDER BY bm25(documents_fts), d.id`.execute(db);
    return r.rows;
  }
  const tsquery = words.join(' & ');
  const r = await sql<HitRow>`SELECT id, title, uri, published, site,
      ts_headline('simple', text, to_tsquery('simple', ${tsquery}), 'StartSel=[, StopSel=], MaxWords=30, MinWords=12, ShortWord=2') AS snippet
    FROM (SELECT id, title, uri, published, site, text, ts_rank(search, to_tsquery('simple', ${tsquery})) AS rank
      FROM documents WHERE search @@ to_tsquery('simple', ${tsquery})
      ORDER BY rank DESC, id LIMIT ${page.limit} OFFSET ${offset}) AS page
    ORDER BY rank DESC, id`.execute(db);
  return r.rows;
}
