// A document's narratives and techniques as rows of their own (migration 0003-claims), so the
// corpus-wide lists (`/api/narratives`, `/api/techniques`) are plain indexed GROUP BYs on both
// dialects instead of queries over the stored Analysis JSON.
import type { Kysely, Transaction } from 'kysely';
import type { Analysis } from '../model/analysis.js';
import type { DocumentNarrativesTable, DocumentTechniquesTable, StoreSchema } from './schema.js';

export interface ClaimRows {
  readonly narratives: DocumentNarrativesTable[];
  readonly techniques: DocumentTechniquesTable[];
}

type Claims = Pick<Analysis, 'id' | 'narratives' | 'techniques'>;

export function claimRows(a: Claims): ClaimRows {
  // An id listed twice (a catalogue quirk) keeps its best score: the key is (document, narrative).
  const narratives = new Map<string, DocumentNarrativesTable>();
  for (const n of a.narratives) {
    const cur = narratives.get(n.id);
    if (!cur || n.score > cur.score) narratives.set(n.id, { document_id: a.id, narrative_id: n.id, label: n.label, taxonomy: n.taxonomy, score: n.score });
  }
  const techniques = new Map<string, DocumentTechniquesTable>();
  for (const t of a.techniques) {
    const cur = techniques.get(t.technique) ?? { document_id: a.id, technique: t.technique, flags: 0, confidence: 0 };
    techniques.set(t.technique, { ...cur, flags: cur.flags + 1, confidence: Math.max(cur.confidence, t.confidence) });
  }
  return { narratives: [...narratives.values()], techniques: [...techniques.values()] };
}

/** Rows per INSERT: well under both dialects' bound-parameter limits. */
const CHUNK = 200;

export async function writeClaimRows(db: Kysely<StoreSchema> | Transaction<StoreSchema>, a: Claims): Promise<void> {
  const rows = claimRows(a);
  for (let i = 0; i < rows.narratives.length; i += CHUNK) await db.insertInto('document_narratives').values(rows.narratives.slice(i, i + CHUNK)).execute();
  for (let i = 0; i < rows.techniques.length; i += CHUNK) await db.insertInto('document_techniques').values(rows.techniques.slice(i, i + CHUNK)).execute();
}

export async function clearClaimRows(trx: Transaction<StoreSchema>, id: string): Promise<void> {
  await trx.deleteFrom('document_narratives').where('document_id', '=', id).execute();
  await trx.deleteFrom('document_techniques').where('document_id', '=', id).execute();
}
