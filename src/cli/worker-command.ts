// `entente worker --queue … --db …`: a stateless worker; run any number on any number of
// machines. SIGTERM or SIGINT stops it cleanly (exit 0): no new job is taken, the ones in hand
// are finished (or released when the store is down), connections are closed.
import { runWorker } from '../queue/run-worker.js';
import { queueLocation } from '../queue/queue-connection.js';
import { DEFAULT_STORE } from '../store/open-store.js';
import type { CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';

export interface WorkerCommandOptions {
  queue: string;
  queueName: string;
  db?: string;
  dbSchema?: string;
  concurrency: number;
  lease: number;
  hostDelay: number;
}

export async function workerCommand(o: WorkerCommandOptions, io: CliIO): Promise<ExitCode> {
  const location = queueLocation(o.queue, o.queueName);
  const controller = new AbortController();
  const stop = (): void => controller.abort();
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  try {
    await runWorker({
      queue: location,
      db: o.db ?? DEFAULT_STORE,
      ...(o.dbSchema !== undefined && { dbSchema: o.dbSchema }),
      concurrency: o.concurrency,
      leaseMs: o.lease * 1000,
      hostDelayMs: o.hostDelay,
      log: (line) => { io.stderr.write(`${line}\n`); },
      signal: controller.signal,
    });
    return ExitCode.ok;
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
  }
}
