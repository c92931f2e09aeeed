// The corpus at a glance: sizes, the documents' date range, sites, the most active actors and
// dyads, and attention over time (documents and the events they report, at the documents' day).
import type { Kysely } from 'kysely';
import { periodOf } from './fold-series.js';
import type { Overview } from './read-queries.js';
import type { StoreSchema } from './schema.js';

const TOP = 10;
const SITES = 20;
/** Below this many days of documents, attention is per day; otherwise per month. */
const DAILY_BELOW_DAYS = 60;

const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export async function overviewQuery(db: Kysely<StoreSchema>): Promise<Overview> {
  const n = (v: number | string | null | undefined): number => Number(v ?? 0);
  const count = async (table: 'documents' | 'sources' | 'events'): Promise<number> =>
    n((await db.selectFrom(table).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n);
  const [documents, sources, events] = [await count('documents'), await count('sources'), await count('events')];
  const actors = n((await db.selectFrom('actors').select((eb) => eb.fn.count<number | string>('actor_id').distinct().as('n')).executeTakeFirstOrThrow()).n);
  const range = await db.selectFrom('documents').select((eb) => [eb.fn.min('day').as('from'), eb.fn.max('day').as('to')]).executeTakeFirstOrThrow();
  const dateRange = range.from && range.to ? { from: range.from, to: range.to } : null;

  const sites = await db.selectFrom('documents').select((eb) => ['site', eb.fn.countAll<number | string>().as('n')])
    .groupBy('site').orderBy('n', 'desc').orderBy('site').limit(SITES).execute();

  // Dyads between different countries: a state acting on its own organs is not a relation.
  const dyads = await db.selectFrom('events')
    .select((eb) => ['source_country', 'target_country', eb.fn.countAll<number | string>().as('n'), eb.fn.sum<number | string>('goldstein').as('g')])
    .where('modality', '=', 'asserted').where('source_country', 'is not', null).where('target_country', 'is not', null)
    .whereRef('source_country', '!=', 'target_country')
    .groupBy(['source_country', 'target_country']).orderBy('n', 'desc').orderBy('source_country').orderBy('target_country').limit(TOP).execute();

  // The same ranking as Store.actors: most documents first.
  const topActors = await db.selectFrom('actors')
    .select((eb) => ['actor_id', eb.fn.min('name').as('name'), eb.fn.min('kind').as('kind'), eb.fn.min('country').as('country'), eb.fn.min('code').as('code'),
      eb.fn.count<number | string>('document_id').as('documents'), eb.fn.sum<number | string>('mentions').as('mentions')])
    .groupBy('actor_id').orderBy('documents', 'desc').orderBy('actor_id').limit(TOP).execute();

  const interval = dateRange && daysBetween(dateRange.from, dateRange.to) < DAILY_BELOW_DAYS ? 'day' : 'month';
  const docDays = await db.selectFrom('documents').select((eb) => ['day', eb.fn.countAll<number | string>().as('n')]).groupBy('day').execute();
  const eventDays = await db.selectFrom('events').innerJoin('documents', 'documents.id', 'events.document_id')
    .select((eb) => ['documents.day', eb.fn.countAll<number | string>().as('n')]).groupBy('documents.day').execute();
  const periods = new Map<string, { documents: number; events: number }>();
  const at = (day: string): { documents: number; events: number } => {
    const p = periodOf(day, interval);
    const cur = periods.get(p) ?? { documents: 0, events: 0 };
    periods.set(p, cur);
    return cur;
  };
  for (const d of docDays) at(d.day).documents += n(d.n);
  for (const d of eventDays) at(d.day).events += n(d.n);

  return {
    documents, sources, events, actors, dateRange,
    sites: sites.map((s) => ({ site: s.site, documents: n(s.n) })),
    topActors: topActors.map((r) => ({ id: r.actor_id, name: r.name, kind: r.kind, country: r.country, code: r.code, documents: n(r.documents), mentions: n(r.mentions) })),
    topDyads: dyads.map((d) => ({ source: d.source_country ?? '', target: d.target_country ?? '', events: n(d.n), goldstein: Math.round(n(d.g) * 100) / 100 })),
    attention: [...periods].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([period, v]) => ({ period, ...v })),
  };
}
