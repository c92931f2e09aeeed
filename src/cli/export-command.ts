// `entente export --format csv|jsonl|plover|gexf|graphml|articles`: streamed from the store in
// batches, no row cap. Events are filtered like `entente events`; the network aggregates them.
import { actorNetwork } from '../export/actor-network.js';
import { csvLine } from '../export/csv-line.js';
import { EVENT_COLUMNS, eventColumns } from '../export/event-columns.js';
import { gexf, graphml } from '../export/network-xml.js';
import { ploverRecord } from '../export/plover-record.js';
import type { EventFilter } from '../store/store.js';
import type { CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { withStore } from './query-commands.js';
import { writeChunk } from './write-stream.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'plover', 'gexf', 'graphml', 'articles'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export async function exportCommand(format: ExportFormat, filter: EventFilter, db: string | undefined, io: CliIO): Promise<ExitCode> {
  const out = (s: string): Promise<void> => writeChunk(io.stdout, s);
  return withStore(db, async (store) => {
    if (format === 'articles') {
      for await (const a of store.streamDocuments()) await out(`${JSON.stringify(a)}\n`);
    } else if (format === 'gexf' || format === 'graphml') {
      const network = await actorNetwork(store.streamEvents(filter));
      await out(format === 'gexf' ? gexf(network) : graphml(network));
    } else {
      if (format === 'csv') await out(csvLine(EVENT_COLUMNS));
      for await (const e of store.streamEvents(filter)) {
        if (format === 'csv') await out(csvLine(eventColumns(e)));
        else if (format === 'jsonl') await out(`${JSON.stringify(e)}\n`);
        else {
          const r = ploverRecord(e);
          if (r) await out(`${JSON.stringify(r)}\n`);
        }
      }
    }
    return ExitCode.ok;
  });
}
