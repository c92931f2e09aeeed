// The actor network as SQL aggregates: directed edges between actor codes with event counts and
// Goldstein sums (asserted events unless a modality is asked for), heaviest first, and their
// nodes labelled from the actors table. Its size is bounded by the edge limit, not the corpus.
import type { Kysely } from 'kysely';
import { filterEvents } from './event-query.js';
import type { Network, NetworkNode, NetworkOptions } from './read-queries.js';
import type { StoreSchema } from './schema.js';
import type { EventFilter } from './store.js';

const round = (x: number): number => Math.round(x * 100) / 100;

export async function networkQuery(db: Kysely<StoreSchema>, filter: EventFilter, opts: NetworkOptions): Promise<Network> {
  const f: EventFilter = filter.modality ? filter : { ...filter, modality: 'asserted' };
  const rows = await filterEvents(db.selectFrom('events'), f)
    .select((eb) => ['source_code', 'target_code', eb.fn.min('source_country').as('source_country'), eb.fn.min('target_country').as('target_country'),
      eb.fn.countAll<number | string>().as('n'), eb.fn.sum<number | string>('goldstein').as('g')])
    .where('source_code', 'is not', null).where('target_code', 'is not', null)
    .groupBy(['source_code', 'target_code'])
    .having((eb) => eb.fn.countAll(), '>=', opts.minEvents)
    .orderBy('n', 'desc').orderBy('source_code').orderBy('target_code')
    .limit(opts.limit).execute();

  const nodes = new Map<string, NetworkNode & { events: number }>();
  const node = (code: string, country: string | null, events: number): void => {
    const cur = nodes.get(code);
    nodes.set(code, cur ? { ...cur, events: cur.events + events } : { id: code, label: code, kind: null, country: country ?? '', events });
  };
  const edges = rows.map((r) => {
    const events = Number(r.n);
    const goldstein = round(Number(r.g ?? 0));
    const source = r.source_code ?? '';
    const target = r.target_code ?? '';
    node(source, r.source_country, events);
    if (target !== source) node(target, r.target_country, events);
    return { source, target, events, goldstein, meanGoldstein: round(goldstein / events) };
  });
  await labelNodes(db, nodes);
  return { nodes: [...nodes.values()].sort((a, b) => b.events - a.events || (a.id < b.id ? -1 : 1)), edges };
}

/**
 * Names a code after the actor whose id it is (a state, an IGO); a role code ("USAGOV") after its
 * country and role ("United States (GOV)"); else after its most-mentioned actor.
 */
async function labelNodes(db: Kysely<StoreSchema>, nodes: Map<string, NetworkNode>): Promise<void> {
  const codes = [...nodes.keys()];
  const countries = [...new Set([...nodes.values()].map((n) => n.country).filter((c) => c !== ''))];
  const countrySet = new Set(countries);
  const names = new Map<string, string>();
  const top = new Map<string, { name: string; kind: string; mentions: number }>();
  const own = new Map<string, { name: string; kind: string }>();
  for (let i = 0; i < Math.max(codes.length, countries.length); i += 500) {
    const someCodes = codes.slice(i, i + 500);
    const someCountries = countries.slice(i, i + 500);
    const rows = await db.selectFrom('actors')
      .select((eb) => ['code', 'actor_id', eb.fn.min('name').as('name'), eb.fn.min('kind').as('kind'), eb.fn.sum<number | string>('mentions').as('m')])
      .where((eb) => eb.or([...(someCodes.length ? [eb('code', 'in', someCodes)] : []), ...(someCountries.length ? [eb('actor_id', 'in', someCountries)] : [])]))
      .groupBy(['code', 'actor_id']).execute();
    for (const r of rows) {
      if (countrySet.has(r.actor_id)) names.set(r.actor_id, r.name);
      if (r.actor_id === r.code) own.set(r.code, { name: r.name, kind: r.kind });
      const cur = top.get(r.code);
      if (!cur || Number(r.m) > cur.mentions) top.set(r.code, { name: r.name, kind: r.kind, mentions: Number(r.m) });
    }
  }
  for (const [code, n] of nodes) {
    const country = names.get(n.country);
    const mine = own.get(code) ?? top.get(code);
    const label = own.get(code)?.name ?? (country && code.startsWith(n.country) ? (code === n.country ? country : `${country} (${code.slice(n.country.length)})`) : mine?.name ?? code);
    nodes.set(code, { ...n, label, kind: mine?.kind ?? null });
  }
}
