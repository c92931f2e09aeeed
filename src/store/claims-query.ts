// Narratives and techniques across the corpus, from the per-document rows of migration
// 0003-claims, and the articles behind each one, strongest first.
import type { Kysely } from 'kysely';
import { ARTICLE_COLUMNS, articleRowOut } from './article-query.js';
import type { ReadQueries } from './read-queries.js';
import type { StoreSchema } from './schema.js';

const n = (v: number | string | null | undefined): number => Number(v ?? 0);

export const claimQueries = (db: Kysely<StoreSchema>): Pick<ReadQueries, 'narratives' | 'narrativeArticles' | 'techniques' | 'techniqueArticles'> => ({
  async narratives() {
    const rows = await db.selectFrom('document_narratives')
      .select((eb) => ['narrative_id', eb.fn.min('label').as('label'), eb.fn.min('taxonomy').as('taxonomy'),
        eb.fn.countAll<number | string>().as('documents'), eb.fn.avg<number | string>('score').as('mean')])
      .groupBy('narrative_id').orderBy('documents', 'desc').orderBy('narrative_id').execute();
    return rows.map((r) => ({ id: r.narrative_id, name: r.label, taxonomy: r.taxonomy, documents: n(r.documents), meanScore: Math.round(n(r.mean) * 1000) / 1000 }));
  },

  async narrativeArticles(id, page) {
    const total = n((await db.selectFrom('document_narratives').select((eb) => eb.fn.countAll<number | string>().as('n')).where('narrative_id', '=', id).executeTakeFirstOrThrow()).n);
    const rows = await db.selectFrom('document_narratives').innerJoin('documents', 'documents.id', 'document_narratives.document_id')
      .select([...ARTICLE_COLUMNS, 'document_narratives.score']).where('document_narratives.narrative_id', '=', id)
      .orderBy('document_narratives.score', 'desc').orderBy('documents.day', 'desc').orderBy('documents.id')
      .limit(page.limit).offset(page.offset ?? 0).execute();
    return { items: rows.map((r) => ({ ...articleRowOut(r), score: n(r.score) })), total };
  },

  async techniques() {
    const rows = await db.selectFrom('document_techniques')
      .select((eb) => ['technique', eb.fn.sum<number | string>('flags').as('flags'), eb.fn.countAll<number | string>().as('documents')])
      .groupBy('technique').orderBy('documents', 'desc').orderBy('technique').execute();
    return rows.map((r) => ({ technique: r.technique, flags: n(r.flags), documents: n(r.documents) }));
  },

  async techniqueArticles(technique, page) {
    const total = n((await db.selectFrom('document_techniques').select((eb) => eb.fn.countAll<number | string>().as('n')).where('technique', '=', technique).executeTakeFirstOrThrow()).n);
    const rows = await db.selectFrom('document_techniques').innerJoin('documents', 'documents.id', 'document_techniques.document_id')
      .select([...ARTICLE_COLUMNS, 'document_techniques.flags', 'document_techniques.confidence']).where('document_techniques.technique', '=', technique)
      .orderBy('document_techniques.flags', 'desc').orderBy('documents.day', 'desc').orderBy('documents.id')
      .limit(page.limit).offset(page.offset ?? 0).execute();
    return { items: rows.map((r) => ({ ...articleRowOut(r), flags: n(r.flags), confidence: n(r.confidence) })), total };
  },
});
