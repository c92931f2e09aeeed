// Registers the store's commands (ingest and the queries) on the CLI program.
import { Option, type Command } from 'commander';
import { UsageError } from '../core/errors.js';
import type { EventFilter } from '../store/store.js';
import type { CliIO } from './cli-io.js';
import type { ExitCode } from './exit-code.js';
import { EXPORT_FORMATS, exportCommand, type ExportFormat } from './export-command.js';
import { ingestCommand } from './ingest-command.js';
import { DEFAULT_QUEUE_NAME } from '../queue/queue-connection.js';
import { enqueueCommand, queueStatusCommand, type QueueStatusOptions } from './queue-command.js';
import { workerCommand, type WorkerCommandOptions } from './worker-command.js';
import { serveCommand, type ServeOptions } from './serve-command.js';
import { actorsCommand, duplicatesCommand, dyadsCommand, eventsCommand, groupedEventsCommand, searchCommand, type QueryOptions } from './query-commands.js';

const count = (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`not a whole number: ${v}`);
  return n;
};
const day = (v: string): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new UsageError(`not a day (YYYY-MM-DD): ${v}`);
  return v;
};

interface FilterOptions { actor?: string; source?: string; target?: string; code?: string; quad?: string; from?: string; to?: string; site?: string; modality?: string }

const eventFilters = (c: Command): Command => c
  .option('--actor <a>', 'actor id, country or code on either side')
  .option('--source <a>', 'source actor id, country or code')
  .option('--target <a>', 'target actor id, country or code')
  .option('--code <cameo>', 'CAMEO code or prefix')
  .addOption(new Option('--quad <n>', 'quad class').choices(['1', '2', '3', '4']))
  .option('--from <day>', 'first day', day)
  .option('--to <day>', 'last day', day)
  .option('--site <site>', 'source site')
  .addOption(new Option('--modality <m>', 'modality').choices(['asserted', 'negated', 'hypothetical', 'future', 'attempted']));

const eventFilter = ({ actor, source, target, code, quad, from, to, site, modality }: FilterOptions): EventFilter => ({
  ...(actor && { actor }), ...(source && { source }), ...(target && { target }), ...(code && { code }),
  ...(quad && { quadClass: Number(quad) as 1 | 2 | 3 | 4 }), ...(from && { from }), ...(to && { to }), ...(site && { site }), ...(modality && { modality }),
});

const dbOption = (): Option => new Option('--db <location>', 'store: an SQLite file or postgres://… (default ./entente.db)');
const queryOptions = (c: Command): Command => c.addOption(dbOption())
  .option('--limit <n>', 'rows to print', count, 50)
  .option('--offset <n>', 'rows to skip', count, 0)
  .addOption(new Option('--format <format>', 'output').choices(['text', 'jsonl']).default('text'));

export function registerStoreCommands(program: Command, io: CliIO, setExit: (code: ExitCode) => void): void {
  program.command('ingest')
    .description('analyse sources and store them (idempotent: the same content twice is stored once)')
    .argument('[sources...]', 'files, folders (recursive), JSONL dumps, http(s) URLs, RSS/Atom feeds (URL or .rss/.atom/.xml), WARC files, or - for standard input')
    .addOption(dbOption())
    .addOption(new Option('--input <kind>', 'how to read the input').choices(['auto', 'text', 'html', 'jsonl']).default('auto'))
    .option('--reanalyse', 're-analyse articles an older version of Entente stored', false)
    .option('--max-bytes <n>', 'largest single article to read, in bytes (default 32 MiB)', count)
    .option('--host-delay <ms>', 'milliseconds between requests to the same host (default 1000)', count)
    .option('--timeout <ms>', 'milliseconds for a whole HTTP response (default 30000)', count)
    .option('--connect-timeout <ms>', 'milliseconds to connect to a host (default 10000)', count)
    .option('--queue <url>', 'queue the sources for workers (redis://… or postgres://…) instead of analysing them here')
    .option('--queue-name <name>', 'queue name', DEFAULT_QUEUE_NAME)
    .option('--max-waiting <n>', 'with --queue: pause reading while this many jobs wait (default 100000)', count)
    .action(async (sources: string[], o: { db?: string; input: 'auto'; reanalyse: boolean; maxBytes?: number; hostDelay?: number; timeout?: number; connectTimeout?: number; queue?: string; queueName: string; maxWaiting?: number }) => {
      setExit(o.queue ? await enqueueCommand(sources, { ...o, queue: o.queue }, io) : await ingestCommand(sources, o, io));
    });

  program.command('worker')
    .description('take jobs from a queue, analyse and store them (run any number, on any number of machines)')
    .requiredOption('--queue <url>', 'the queue: redis://… or postgres://…')
    .option('--queue-name <name>', 'queue name', DEFAULT_QUEUE_NAME)
    .addOption(dbOption())
    .option('--db-schema <name>', 'PostgreSQL schema of the store (created if missing)')
    .option('--concurrency <n>', 'jobs in hand at once', count, 2)
    .option('--lease <seconds>', 'a dead worker\'s jobs go to others after this', count, 30)
    .option('--host-delay <ms>', 'milliseconds between requests to one host, across all workers', count, 1000)
    .action(async (o: WorkerCommandOptions) => { setExit(await workerCommand(o, io)); });

  program.command('queue').description('inspect a queue').command('status')
    .description('job counts, and the parked jobs with their errors')
    .requiredOption('--queue <url>', 'the queue: redis://… or postgres://…')
    .option('--queue-name <name>', 'queue name', DEFAULT_QUEUE_NAME)
    .option('--limit <n>', 'parked jobs to list', count, 20)
    .addOption(new Option('--format <format>', 'output').choices(['text', 'jsonl']).default('text'))
    .action(async (o: QueueStatusOptions) => { setExit(await queueStatusCommand(o, io)); });

  queryOptions(program.command('search').description('full-text search over stored articles').argument('<query>', 'words that must all occur'))
    .action(async (query: string, o: QueryOptions) => { setExit(await searchCommand(query, o, io)); });

  eventFilters(queryOptions(program.command('events').description('stored events, filtered')))
    .option('--grouped', 'cross-document events: one dyad and CAMEO root within a window of days, with article, source and story counts', false)
    .option('--window <days>', 'with --grouped: largest gap in days within one event (default 3)', count)
    .action(async (o: QueryOptions & FilterOptions & { grouped: boolean; window?: number }) => {
      if (o.window !== undefined && !o.grouped) throw new UsageError('--window needs --grouped');
      setExit(o.grouped ? await groupedEventsCommand(eventFilter(o), o.window === undefined ? {} : { windowDays: o.window }, o, io) : await eventsCommand(eventFilter(o), o, io));
    });

  eventFilters(program.command('export').description('stream events (csv, jsonl, plover), the actor network (gexf, graphml) or articles (jsonl)'))
    .addOption(new Option('--format <format>', 'what to write').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .addOption(dbOption())
    .action(async (o: FilterOptions & { format: ExportFormat; db?: string }) => { setExit(await exportCommand(o.format, eventFilter(o), o.db, io)); });

  queryOptions(program.command('actors').description('stored actors with article and mention counts'))
    .option('--kind <kind>', 'state, person, igo, media, …')
    .option('--country <code>', 'country or bloc code')
    .action(async (o: QueryOptions & { kind?: string; country?: string }) => {
      setExit(await actorsCommand({ ...(o.kind && { kind: o.kind }), ...(o.country && { country: o.country }) }, o, io));
    });

  queryOptions(program.command('dyads').description('a dyad time series: asserted events and Goldstein sums per period').argument('<source>', 'source country').argument('<target>', 'target country'))
    .option('--interval <i>', 'day, week or month', 'month')
    .option('--from <day>', 'first day', day)
    .option('--to <day>', 'last day', day)
    .action(async (source: string, target: string, o: QueryOptions & { interval: string; from?: string; to?: string }) => {
      setExit(await dyadsCommand(source, target, o.interval, { ...(o.from && { from: o.from }), ...(o.to && { to: o.to }) }, o, io));
    });

  queryOptions(program.command('duplicates').description('verified duplicate pairs, most similar first'))
    .option('--doc <id>', 'pairs of one article')
    .option('--kind <kind...>', 'exact, near, contained, shared-passages, copy')
    .action(async (o: QueryOptions & { doc?: string; kind?: string[] }) => {
      setExit(await duplicatesCommand({ ...(o.doc && { documentId: o.doc }), ...(o.kind && { kinds: o.kind }) }, o, io));
    });

  program.command('serve')
    .description('serve the HTTP API and the web UI over a store (127.0.0.1 unless --host; another host needs a token)')
    .addOption(dbOption())
    .option('--port <n>', 'port (0 picks a free one)', count, 8080)
    .option('--host <host>', 'address to bind', '127.0.0.1')
    .option('--token <token>', 'required on every API call (default: ENTENTE_TOKEN)')
    .action(async (o: ServeOptions) => { setExit(await serveCommand(o, io)); });
}
