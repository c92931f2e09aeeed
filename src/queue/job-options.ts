// How every Entente job is queued: retried with back-off a bounded number of times, then parked.
import type { JobsOptions } from 'bullmq';

/** Every job is tried this often before it is parked in the failed set with its error. */
export const JOB_ATTEMPTS = 3;

export const JOB_OPTIONS: JobsOptions = {
  attempts: JOB_ATTEMPTS,
  backoff: { type: 'exponential', delay: 5000 },
  // Completed jobs are kept a day (for `queue status` and to absorb a re-enqueue of the same
  // sources); parked ones until someone looks at them.
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: false,
};
