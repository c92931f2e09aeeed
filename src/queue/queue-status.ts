// `entente queue status`: how many jobs wait, run, wait to be retried, are done, are parked;
// and the parked ones with the error that parked them.
import type { EntenteQueue } from './queue-connection.js';
import { jobLabel, queueJobSchema } from './queue-job.js';

export interface QueueCounts {
  readonly waiting: number;
  readonly active: number;
  /** Failed at least once, waiting for their back-off before the next attempt. */
  readonly retrying: number;
  readonly completed: number;
  /** Failed every attempt (or unusable): kept with their error until removed. */
  readonly parked: number;
}

export interface ParkedJob { readonly id: string; readonly source: string; readonly attempts: number; readonly error: string; readonly failedAt: string | null }

export async function queueCounts(queue: EntenteQueue): Promise<QueueCounts> {
  const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
  const n = (k: string): number => c[k] ?? 0;
  return { waiting: n('waiting') + n('prioritized'), active: n('active'), retrying: n('delayed'), completed: n('completed'), parked: n('failed') };
}

export async function parkedJobs(queue: EntenteQueue, limit: number): Promise<ParkedJob[]> {
  if (limit <= 0) return [];
  const jobs = await queue.getFailed(0, limit - 1);
  return jobs.map((j) => {
    const parsed = queueJobSchema.safeParse(j.data);
    return {
      id: j.id ?? '?',
      source: parsed.success ? jobLabel(parsed.data) : '(not an Entente job)',
      attempts: j.attemptsMade,
      error: j.failedReason,
      failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
    };
  });
}
