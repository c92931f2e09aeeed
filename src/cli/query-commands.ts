// The store's read commands (SPEC §3): search, events, actors, dyads, duplicates. Each opens the
// store, asks one question and prints the answer, JSON Lines for tools or text for people.
import { UsageError } from '../core/errors.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import type { EventFilter, EventGroup, GroupOptions, Interval, Store } from '../store/store.js';
import type { CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { writeChunk } from './write-stream.js';

export type QueryFormat = 'text' | 'jsonl';

export interface QueryOptions { db?: string; limit: number; offset?: number; format: QueryFormat }

/** Opens the store, asks, and closes it whatever happens. */
export async function withStore<T>(db: string | undefined, f: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db ?? DEFAULT_STORE);
  try {
    return await f(store);
  } finally {
    await store.close();
  }
}

async function print<T>(io: CliIO, format: QueryFormat, rows: readonly T[], text: (r: T) => string): Promise<ExitCode> {
  for (const r of rows) await writeChunk(io.stdout, `${format === 'jsonl' ? JSON.stringify(r) : text(r)}\n`);
  return ExitCode.ok;
}

const page = (o: QueryOptions) => ({ limit: o.limit, offset: o.offset ?? 0 });

export const searchCommand = (query: string, o: QueryOptions, io: CliIO): Promise<ExitCode> =>
  withStore(o.db, async (s) => print(io, o.format, await s.search(query, page(o)), (h) => `${h.published ?? '-'}  ${h.title ?? h.uri}\n    ${h.snippet.replace(/\s+/g, ' ')}`));

export const eventsCommand = (filter: EventFilter, o: QueryOptions, io: CliIO): Promise<ExitCode> =>
  withStore(o.db, async (s) => print(io, o.format, await s.events(filter, page(o)),
    (e) => `${e.day}  ${e.source?.code ?? '---'} → ${e.target?.code ?? '---'}  ${e.cameo} ${e.modality}  ${e.text.replace(/\s+/g, ' ').slice(0, 120)}`));

const groupLine = (g: EventGroup): string =>
  `${g.firstDay}${g.lastDay === g.firstDay ? '           ' : ` ${g.lastDay.slice(5)}     `}${g.source ?? '---'} → ${g.target ?? '---'}  ${g.cameo}  ` +
  `${g.numArticles} articles (${g.numStories} stories, ${g.numSources} sources), ${g.numMentions} mentions, Goldstein ${g.goldstein}` +
  (g.events[0] ? `\n    ${g.events[0].text.replace(/\s+/g, ' ').slice(0, 120)}` : '');

/** `events --grouped`: cross-document events, one line each (JSON Lines with their events). */
export const groupedEventsCommand = (filter: EventFilter, opts: GroupOptions, o: QueryOptions, io: CliIO): Promise<ExitCode> =>
  withStore(o.db, async (s) => print(io, o.format, await s.eventGroups(filter, opts, page(o)), groupLine));

export const actorsCommand = (filter: { kind?: string; country?: string }, o: QueryOptions, io: CliIO): Promise<ExitCode> =>
  withStore(o.db, async (s) => print(io, o.format, await s.actors(filter, page(o)), (a) => `${a.code.padEnd(10)} ${a.name}  (${a.kind}) ${a.documents} articles, ${a.mentions} mentions`));

export function dyadsCommand(source: string, target: string, interval: string, range: { from?: string; to?: string }, o: QueryOptions, io: CliIO): Promise<ExitCode> {
  if (!['day', 'week', 'month'].includes(interval)) throw new UsageError(`--interval must be day, week or month, not ${interval}`);
  return withStore(o.db, async (s) => print(io, o.format, await s.dyadSeries(source, target, interval as Interval, range), (p) => `${p.period}  ${String(p.events).padStart(5)} events  Goldstein ${p.goldstein}`));
}

/** Verified near-duplicate pairs, then exact copies (one document read from several sources). */
export const duplicatesCommand = (filter: { documentId?: string; kinds?: string[] }, o: QueryOptions, io: CliIO): Promise<ExitCode> =>
  withStore(o.db, async (s) => {
    await print(io, o.format, await s.duplicates(filter, page(o)), (d) => `${d.kind.padEnd(16)} J ${d.jaccard.toFixed(2)}  C ${d.containment.toFixed(2)}  ${d.documentId}  ${d.otherId}`);
    if (filter.documentId || (filter.kinds && !filter.kinds.includes('copy'))) return ExitCode.ok;
    return print(io, o.format, (await s.copies(page(o))).map((c) => ({ kind: 'copy', ...c })),
      (c) => `copy             ${c.documentId}  ${c.sources.map((x) => `${x.uri} (${x.published ?? 'no date'})`).join('  =  ')}`);
  });
