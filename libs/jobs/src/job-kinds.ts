// The kinds of background work, their payloads, and the queue (pg-boss) each kind runs on.

export const JOB_KINDS = [
  'collect',
  'detect-incidents',
  'monthly-report',
  'retention',
  'report-delivery',
] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/**
 * How often a stream is collected: `mentions` (what the account receives: every few minutes), `posts` (what it
 * publishes), `engagement` (only when posts are due a snapshot on the workspace's engagement curve).
 */
export type StreamCadence = 'mentions' | 'posts' | 'engagement';

/** A platform stream of an account (its connector names it: mentions, notifications, posts …) and its cadence. */
export interface CollectableStream {
  name: string;
  cadence: StreamCadence;
}

export interface CollectPayload {
  workspaceId: string;
  accountId: string;
  /** The connector's stream name. */
  stream: string;
  cadence: StreamCadence;
  /** engagement only: the posts (external ids) whose snapshot is due. */
  postExternalIds?: string[];
}

export interface DetectIncidentsPayload {
  workspaceId: string;
  /** What asked for the run (the actor of the incidents it records); absent: the schedule. */
  trigger?: 'schedule' | 'collection' | 'import';
  /**
   * `recent` (default): the last DETECTION_WINDOW_DAYS, what collectors re-read; `all`: every fact of the
   * workspace, after an import, whose items may be of any age.
   */
  scope?: 'recent' | 'all';
}

export interface MonthlyReportPayload {
  workspaceId: string;
  /** YYYY-MM in the workspace's time zone. */
  month: string;
  formats: ('html' | 'pdf')[];
  locale?: 'en' | 'de';
  /** Scheduled jobs skip a month that already has a report; jobs on demand always issue one. */
  onDemand: boolean;
}

export interface RetentionPayload {
  /** Nothing: the retention periods come from the worker's configuration. */
  scheduled: true;
}

/** Mail a month's report to the workspace's recipients (libs/reporting ReportDeliveryService). */
export interface ReportDeliveryPayload {
  workspaceId: string;
  /** YYYY-MM in the workspace's time zone. */
  month: string;
}

export interface JobPayloads {
  collect: CollectPayload;
  'detect-incidents': DetectIncidentsPayload;
  'monthly-report': MonthlyReportPayload;
  retention: RetentionPayload;
  'report-delivery': ReportDeliveryPayload;
}

/** A job ready to enqueue: scheduled (schedule key and slot) or on demand (neither). */
export interface PlannedJob<K extends JobKind = JobKind> {
  kind: K;
  workspaceId: string | null;
  accountId: string | null;
  scheduleKey: string | null;
  slot: Date | null;
  subject: string;
  data: JobPayloads[K];
  /** Not before this instant (a follow-up detection waits for the end of its window); absent: at once. */
  startAfter?: Date;
}

export function isJobKind(value: string): value is JobKind {
  return (JOB_KINDS as readonly string[]).includes(value);
}
