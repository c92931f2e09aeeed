// Cross-document events (GDELT's one event, many articles), computed at query time from the
// indexed event rows, so the answer is right however many writers stored them: events sorted by
// (source country, target country, CAMEO root, day) and cut into a new group wherever the gap to
// the previous event exceeds the window. A window function finds the groups' starts in the
// database (both dialects have them); only a page of starts comes back, and each is counted
// with indexed range queries. Per group, its code
// counts and documents are read, and its documents' verified copies collapsed into stories.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { CLUSTER_KINDS, duplicateClusters } from '../corpus/duplicate-clusters.js';
import { eventRowOut, filterEvents } from './event-query.js';
import type { StoreSchema } from './schema.js';
import type { EventFilter, EventGroup, GroupOptions, Page, StoreDialect } from './store.js';

export const DEFAULT_WINDOW_DAYS = 3;
export const DEFAULT_EVENTS_PER_GROUP = 20;
/** Document ids per `IN (…)` list: well under both dialects' parameter limits. */
const ID_CHUNK = 500;

interface GroupRow { sc: string; tc: string; root: string; first_day: string; last_day: string; n: number | string; m: number | string; docs: number | string; sites: number | string; g: number | string }
interface GroupStart { sc: string; tc: string; root: string; first_day: string; next_start: string | null }

/**
 * The page of group starts: an event whose gap to the previous event of its key exceeds the
 * window opens a group, which runs until the key's next start. Only the starts are sorted and
 * paged, so the cost over the whole store is one windowed pass, not an aggregate of every group.
 */
async function groupStarts(db: Kysely<StoreSchema>, dialect: StoreDialect, filter: EventFilter, windowDays: number, page: Page): Promise<GroupStart[]> {
  const lagged = filterEvents(db.selectFrom('events'), filter).select([
    'day', 'root',
    sql<string>`coalesce(source_country, '')`.as('sc'),
    sql<string>`coalesce(target_country, '')`.as('tc'),
    sql<string | null>`lag(day) over (partition by source_country, target_country, root order by day)`.as('prev_day'),
  ]);
  // Days are ISO text; the gap in whole days is the one expression written per dialect.
  const gap = dialect === 'sqlite' ? sql`julianday(day) - julianday(prev_day)` : sql`(day::date - prev_day::date)`;
  const r = await sql<GroupStart>`
    select sc, tc, root, day as first_day, lead(day) over (partition by sc, tc, root order by day) as next_start
    from (${lagged}) as e
    where prev_day is null or ${gap} > ${windowDays}
    order by first_day, sc, tc, root
    limit ${page.limit} offset ${page.offset ?? 0}`.execute(db);
  return r.rows;
}

/** The events of one group: the filter, its dyad and root, from its start to the key's next start. */
function inGroup(db: Kysely<StoreSchema>, filter: EventFilter, g: GroupStart) {
  const side = (eb: ExpressionBuilder<StoreSchema, 'events'>, column: 'source_country' | 'target_country', v: string) =>
    (v === '' ? eb(column, 'is', null) : eb(column, '=', v));
  const q = filterEvents(db.selectFrom('events'), filter)
    .where((eb) => eb.and([side(eb, 'source_country', g.sc), side(eb, 'target_country', g.tc)]))
    .where('root', '=', g.root).where('day', '>=', g.first_day);
  return g.next_start === null ? q : q.where('day', '<', g.next_start);
}

async function groupRow(db: Kysely<StoreSchema>, filter: EventFilter, g: GroupStart): Promise<GroupRow> {
  const r = await inGroup(db, filter, g).select((eb) => [
    eb.fn.max('day').as('last_day'),
    eb.fn.countAll<number | string>().as('n'),
    eb.fn.sum<number | string>('mentions').as('m'),
    sql<number | string>`count(distinct document_id)`.as('docs'),
    sql<number | string>`count(distinct coalesce(site, document_id))`.as('sites'),
    eb.fn.avg<number | string>('goldstein').as('g'),
  ]).executeTakeFirstOrThrow();
  return { sc: g.sc, tc: g.tc, root: g.root, first_day: g.first_day, last_day: r.last_day, n: r.n, m: r.m, docs: r.docs, sites: r.sites, g: r.g };
}

/** Documents minus the copies among them: each cluster of verified copies is one story. */
async function countStories(db: Kysely<StoreSchema>, ids: readonly string[]): Promise<number> {
  const members = new Set(ids);
  const pairs: { a: string; b: string; kind: 'exact' | 'near' | 'contained' }[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const rows = await db.selectFrom('duplicates').select(['document_id', 'other_id', 'kind'])
      .where('document_id', 'in', ids.slice(i, i + ID_CHUNK)).where('kind', 'in', [...CLUSTER_KINDS]).execute();
    for (const r of rows) if (members.has(r.other_id)) pairs.push({ a: r.document_id, b: r.other_id, kind: r.kind as 'exact' | 'near' | 'contained' });
  }
  if (pairs.length === 0) return ids.length;
  const clusters = duplicateClusters(ids.map((id) => ({ id, published: null })), pairs);
  return ids.length - clusters.reduce((s, c) => s + c.members.length - 1, 0);
}

export async function eventGroups(db: Kysely<StoreSchema>, dialect: StoreDialect, filter: EventFilter, opts: GroupOptions, page: Page): Promise<EventGroup[]> {
  const windowDays = Math.max(0, Math.floor(opts.windowDays ?? DEFAULT_WINDOW_DAYS));
  const perGroup = Math.max(0, Math.floor(opts.eventsPerGroup ?? DEFAULT_EVENTS_PER_GROUP));
  const out: EventGroup[] = [];
  for (const start of await groupStarts(db, dialect, filter, windowDays, page)) {
    const g = await groupRow(db, filter, start);
    const codes = await inGroup(db, filter, start).select((eb) => ['cameo', 'document_id', eb.fn.countAll<number | string>().as('n')])
      .groupBy(['cameo', 'document_id']).execute();
    const byCode = new Map<string, number>();
    for (const c of codes) byCode.set(c.cameo, (byCode.get(c.cameo) ?? 0) + Number(c.n));
    const cameo = [...byCode].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]?.[0] ?? g.root;
    const documents = [...new Set(codes.map((c) => c.document_id))].sort();
    const events = perGroup === 0 ? [] : await inGroup(db, filter, start).selectAll()
      .orderBy('day').orderBy('document_id').orderBy('idx').limit(perGroup).execute();
    out.push({
      source: g.sc === '' ? null : g.sc,
      target: g.tc === '' ? null : g.tc,
      root: g.root,
      cameo,
      firstDay: g.first_day,
      lastDay: g.last_day,
      numEvents: Number(g.n),
      numMentions: Number(g.m),
      numArticles: Number(g.docs),
      numSources: Number(g.sites),
      numStories: await countStories(db, documents),
      goldstein: Math.round(Number(g.g) * 100) / 100,
      events: events.map(eventRowOut),
    });
  }
  return out;
}
