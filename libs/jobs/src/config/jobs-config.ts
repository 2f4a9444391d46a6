import os from 'node:os';
import type { JobKind } from '../job-kinds.js';

/** How the queue and the workers behave; read from the environment (see README, "Background jobs"). */
export interface JobsConfig {
  /** Seconds between scheduler ticks of a worker; 0: no automatic tick (`ledger jobs tick` only). */
  tickSeconds: number;
  /** How often an idle worker asks the queue for work. */
  pollSeconds: number;
  /** The lease of a running job per kind: a job whose worker is silent this long is retried elsewhere. */
  leaseSeconds: Record<JobKind, number>;
  /** Runs after the first one before a job is dead. */
  retryLimit: number;
  /** First retry delay; doubles with each attempt, with jitter (pg-boss retryBackoff). */
  retryDelaySeconds: number;
  /**
   * Parallel collection jobs per worker process (other kinds run one at a time per process). A collection job
   * spends most of its time waiting for the platform's and the database's answers, so one process runs several.
   * Default 2, which the embedded database (one connection underneath) serves well; on the PostgreSQL server 4
   * gave one worker about a fifth more jobs per second (bench/workers). Each job holds one pooled connection.
   */
  concurrency: number;
  /** How often expired leases are looked for (pg-boss maintenance; one instance does it per interval). */
  maintenanceSeconds: number;
  /** How long a stopping worker lets running jobs finish before it hands them back. */
  shutdownSeconds: number;
  /** Completed collection, detection and clean-up jobs stay in the history this many days. */
  historyDays: number;
  /** Dead letters and monthly report jobs stay this many days (at least 35: a month's slot lives in it). */
  keptDays: number;
  /** twcs staging of a workspace is cleared this many days after its last twcs import; 0 keeps it. */
  stagingDays: number;
  /**
   * Incident detection follows each collection that changed something (and each import through the API), at
   * the end of a window of this many seconds: every collection that finishes in one window is followed by one
   * detection (300 accounts collected in a minute run one, not 300). 0: right after each collection.
   */
  detectAfterSeconds: number;
  /** Names this process in the job history. */
  workerName: string;
}

const DEFAULT_LEASES: Record<JobKind, number> = {
  collect: 10 * 60,
  'detect-incidents': 10 * 60,
  'monthly-report': 30 * 60,
  retention: 30 * 60,
  'report-delivery': 15 * 60,
};

export function resolveJobsConfig(env: NodeJS.ProcessEnv = process.env): JobsConfig {
  const lease = env.LEDGER_JOB_LEASE_SECONDS;
  const leaseAll =
    lease === undefined || lease === '' ? null : int(env, 'LEDGER_JOB_LEASE_SECONDS', 0, 1, 86_000);
  return {
    tickSeconds: int(env, 'LEDGER_TICK_SECONDS', 60, 0, 3600),
    pollSeconds: num(env, 'LEDGER_JOB_POLL_SECONDS', 2, 0.5, 60),
    leaseSeconds: leaseAll
      ? {
          collect: leaseAll,
          'detect-incidents': leaseAll,
          'monthly-report': leaseAll,
          retention: leaseAll,
          'report-delivery': leaseAll,
        }
      : DEFAULT_LEASES,
    retryLimit: int(env, 'LEDGER_JOB_RETRY_LIMIT', 4, 0, 100),
    retryDelaySeconds: int(env, 'LEDGER_JOB_RETRY_DELAY_SECONDS', 30, 1, 86_400),
    concurrency: int(env, 'LEDGER_WORKER_CONCURRENCY', 2, 1, 64),
    maintenanceSeconds: int(env, 'LEDGER_JOB_MAINTENANCE_SECONDS', 30, 1, 3600),
    shutdownSeconds: int(env, 'LEDGER_WORKER_SHUTDOWN_SECONDS', 25, 1, 3600),
    historyDays: int(env, 'LEDGER_JOB_HISTORY_DAYS', 14, 1, 36_500),
    keptDays: int(env, 'LEDGER_JOB_KEPT_DAYS', 90, 35, 36_500),
    stagingDays: int(env, 'LEDGER_STAGING_RETENTION_DAYS', 30, 0, 36_500),
    detectAfterSeconds: int(env, 'LEDGER_DETECT_AFTER_SECONDS', 60, 0, 3600),
    workerName: env.LEDGER_WORKER_NAME || `${os.hostname()}:${process.pid}`,
  };
}

function num(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new Error(`${name} must be a number between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const n = num(env, name, fallback, min, max);
  if (!Number.isInteger(n)) throw new Error(`${name} must be a whole number, got "${env[name]}"`);
  return n;
}
