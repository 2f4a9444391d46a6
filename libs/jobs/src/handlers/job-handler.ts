import type { JobKind, JobPayloads } from '../job-kinds.js';

export interface JobContext {
  jobId: string;
  /** 1 for the first run of the job. */
  attempt: number;
  /** The clock's time when the attempt started. */
  now: Date;
}

/** What a job returns is stored with it in the history: counts, ids, what was skipped and why. */
export type JobResult = Record<string, unknown>;

/** One kind of background work. Handlers must be idempotent: a job may run again after a lost lease. */
export interface JobHandler<K extends JobKind = JobKind> {
  readonly kind: K;
  /** False when the service this kind needs is missing from this installation: the kind is not scheduled. */
  available(): boolean;
  run(data: JobPayloads[K], context: JobContext): Promise<JobResult>;
}
