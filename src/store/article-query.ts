// Article lists: newest day first, filtered by site and day range, with a count for paging.
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { ArticleFilter, ArticleRow, ReadQueries } from './read-queries.js';
import type { DocumentsTable, StoreSchema } from './schema.js';

type DocQuery<O> = SelectQueryBuilder<StoreSchema, 'documents', O>;

export const ARTICLE_COLUMNS = ['documents.id', 'documents.title', 'documents.uri', 'documents.published', 'documents.site', 'documents.day', 'documents.word_count', 'documents.tone', 'documents.recycled'] as const;

type ArticleColumns = Pick<DocumentsTable, 'id' | 'title' | 'uri' | 'published' | 'site' | 'day' | 'word_count' | 'tone' | 'recycled'>;

export const articleRowOut = (r: ArticleColumns): ArticleRow => ({
  id: r.id,
  title: r.title,
  uri: r.uri,
  published: r.published,
  site: r.site,
  day: r.day,
  wordCount: Number(r.word_count),
  tone: Number(r.tone),
  recycled: r.recycled === null ? null : Number(r.recycled) === 1,
});

function filterArticles<O>(q: DocQuery<O>, f: ArticleFilter): DocQuery<O> {
  let r = q;
  if (f.site) r = r.where('site', '=', f.site);
  if (f.from) r = r.where('day', '>=', f.from);
  if (f.to) r = r.where('day', '<=', f.to);
  return r;
}

export const articleQueries = (db: Kysely<StoreSchema>): Pick<ReadQueries, 'articles' | 'countArticles' | 'documentSources'> => ({
  async articles(filter, page) {
    const rows = await filterArticles(db.selectFrom('documents').select(ARTICLE_COLUMNS), filter)
      .orderBy('day', 'desc').orderBy('id').limit(page.limit).offset(page.offset ?? 0).execute();
    return rows.map(articleRowOut);
  },

  async countArticles(filter) {
    const r = await filterArticles(db.selectFrom('documents').select((eb) => eb.fn.countAll<number | string>().as('n')), filter).executeTakeFirstOrThrow();
    return Number(r.n);
  },

  documentSources(id) {
    return db.selectFrom('sources').select(['uri', 'published']).where('document_id', '=', id).orderBy('uri').execute();
  },
});
