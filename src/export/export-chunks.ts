// Every export format as a stream of text chunks read from the store in batches, no row cap:
// the CLI writes them to stdout, the API streams them as a response body.
import type { EventFilter, Store } from '../store/store.js';
import { actorNetwork } from './actor-network.js';
import { csvLine } from './csv-line.js';
import { EVENT_COLUMNS, eventColumns } from './event-columns.js';
import { gexf, graphml } from './network-xml.js';
import { ploverRecord } from './plover-record.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'plover', 'gexf', 'graphml', 'articles'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  articles: 'application/x-ndjson; charset=utf-8',
};

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  csv: 'csv', jsonl: 'jsonl', plover: 'plover.jsonl', gexf: 'gexf', graphml: 'graphml', articles: 'articles.jsonl',
};

export async function* exportChunks(format: ExportFormat, filter: EventFilter, store: Store): AsyncGenerator<string> {
  if (format === 'articles') {
    for await (const a of store.streamDocuments()) yield `${JSON.stringify(a)}\n`;
  } else if (format === 'gexf' || format === 'graphml') {
    const network = await actorNetwork(store.streamEvents(filter));
    yield format === 'gexf' ? gexf(network) : graphml(network);
  } else {
    if (format === 'csv') yield csvLine(EVENT_COLUMNS);
    for await (const e of store.streamEvents(filter)) {
      if (format === 'csv') yield csvLine(eventColumns(e));
      else if (format === 'jsonl') yield `${JSON.stringify(e)}\n`;
      else {
        const r = ploverRecord(e);
        if (r) yield `${JSON.stringify(r)}\n`;
      }
    }
  }
}
