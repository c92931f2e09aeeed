// `entente export --format csv|jsonl|plover|gexf|graphml|articles`: streamed from the store in
// batches, no row cap (export/export-chunks.ts, shared with the HTTP API). Events are filtered
// like `entente events`; the network aggregates them.
import { exportChunks, type ExportFormat } from '../export/export-chunks.js';
import type { EventFilter } from '../store/store.js';
import type { CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { withStore } from './query-commands.js';
import { writeChunk } from './write-stream.js';

export { EXPORT_FORMATS, type ExportFormat } from '../export/export-chunks.js';

export async function exportCommand(format: ExportFormat, filter: EventFilter, db: string | undefined, io: CliIO): Promise<ExitCode> {
  return withStore(db, async (store) => {
    for await (const chunk of exportChunks(format, filter, store)) await writeChunk(io.stdout, chunk);
    return ExitCode.ok;
  });
}
