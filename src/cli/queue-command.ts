// `entente ingest SOURCES --queue …` (read here, analysed by workers) and `entente queue status`.
import { readSources } from '../ingest/read-sources.js';
import type { InputMode } from '../ingest/source-document.js';
import { enqueueSources } from '../queue/enqueue-sources.js';
import { openQueueClients, queueLocation, serviceName } from '../queue/queue-connection.js';
import { parkedJobs, queueCounts } from '../queue/queue-status.js';
import type { CliIO } from './cli-io.js';
import { ExitCode } from './exit-code.js';
import { writeChunk } from './write-stream.js';

export interface EnqueueCommandOptions {
  queue: string;
  queueName: string;
  input: InputMode;
  maxBytes?: number;
  maxWaiting?: number;
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

export async function enqueueCommand(sources: readonly string[], o: EnqueueCommandOptions, io: CliIO): Promise<ExitCode> {
  const location = queueLocation(o.queue, o.queueName);
  const clients = openQueueClients(location, (line) => { io.stderr.write(`${line}\n`); });
  const started = Date.now();
  try {
    const items = readSources(sources.filter((s) => !isUrl(s)), { input: o.input, stdin: io.stdin, ...(o.maxBytes !== undefined && { maxDocumentBytes: o.maxBytes }) });
    const summary = await enqueueSources(items, sources.filter(isUrl), clients.queue, {
      ...(o.maxWaiting !== undefined && { maxWaiting: o.maxWaiting }),
      onFailure: (source, reason) => writeChunk(io.stderr, `entente: ${source}: ${reason}\n`),
    });
    const counts = await queueCounts(clients.queue);
    await writeChunk(io.stderr, `entente: ${summary.sent} sources queued in ${((Date.now() - started) / 1000).toFixed(1)} s on the ${serviceName(location)} (queue ${location.name}), ${summary.failed} failed` +
      `${summary.paused ? `, paused ${summary.paused} s for workers to catch up` : ''}; the queue holds ${counts.waiting} waiting, ${counts.active} active\n`);
    return summary.failed ? ExitCode.sourceFailed : ExitCode.ok;
  } finally {
    await clients.close();
  }
}

export interface QueueStatusOptions { queue: string; queueName: string; limit: number; format: 'text' | 'jsonl' }

export async function queueStatusCommand(o: QueueStatusOptions, io: CliIO): Promise<ExitCode> {
  const location = queueLocation(o.queue, o.queueName);
  const clients = openQueueClients(location, (line) => { io.stderr.write(`${line}\n`); });
  try {
    const counts = await queueCounts(clients.queue);
    const parked = await parkedJobs(clients.queue, o.limit);
    if (o.format === 'jsonl') {
      await writeChunk(io.stdout, `${JSON.stringify({ queue: location.name, ...counts })}\n`);
      for (const p of parked) await writeChunk(io.stdout, `${JSON.stringify({ parked: p })}\n`);
      return ExitCode.ok;
    }
    await writeChunk(io.stdout, `queue ${location.name} on the ${serviceName(location)}\n` +
      `waiting ${counts.waiting}  active ${counts.active}  retrying ${counts.retrying}  completed ${counts.completed}  parked ${counts.parked}\n`);
    for (const p of parked) await writeChunk(io.stdout, `parked ${p.id}  ${p.source}  after ${p.attempts} attempts${p.failedAt ? ` (${p.failedAt})` : ''}: ${p.error}\n`);
    if (counts.parked > parked.length) await writeChunk(io.stdout, `… and ${counts.parked - parked.length} more parked jobs (--limit)\n`);
    return ExitCode.ok;
  } finally {
    await clients.close();
  }
}
