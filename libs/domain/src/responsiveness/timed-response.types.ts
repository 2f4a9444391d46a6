import type { TimeStratum } from '../business-hours/time-stratum.util.js';
import type { FirstResponse } from './first-response.types.js';

/** A first response with its business-hours clock, its time stratum and its SLA deadline. */
export interface TimedResponse extends FirstResponse {
  /**
   * Business-hours FRT (METRICS.md): the open seconds of the account between clockStart and the first
   * reply. Null exactly when responseSeconds is null (unanswered, or a negative interval).
   */
  businessSeconds: number | null;
  /** The stratum the item arrived in (inbound.createdAt), in the account's zone and by its hours. */
  stratum: TimeStratum;
  /** The account's first-response target, in business seconds. */
  slaTargetSeconds: number;
  /**
   * The item's deadline: slaTargetSeconds of open time after it arrived. Null when the account has no open
   * hours within a year of the item (the deadline never comes).
   */
  slaDeadline: Date | null;
}

/** How an item fared against its SLA at the end of the data. */
export type SlaOutcome = 'met' | 'breached' | 'pending' | 'data_error';

export interface SlaAttainment {
  /** Deadline passed, answered within the target. */
  met: number;
  /** Deadline passed, answered late or not at all. */
  breached: number;
  /** Deadline still ahead at the end of the data, answered or not: counted apart, in neither of the above. */
  pending: number;
  /** Items with a negative interval: their answer time is unknown. */
  dataErrors: number;
  /** met / (met + breached); null when no deadline has passed. */
  rate: number | null;
}

export interface BacklogBucket {
  /** Inclusive lower bound of the age, in seconds. */
  fromSeconds: number;
  /** Exclusive upper bound; null for the open-ended oldest bucket. */
  toSeconds: number | null;
  count: number;
}

/** METRICS.md backlog: actionable inbound still unanswered at an instant (the period's end). */
export interface Backlog {
  at: Date;
  open: number;
  /** Ages at `at`, calendar time since the item arrived. */
  buckets: BacklogBucket[];
  /** Age of the oldest open item in seconds; null when nothing is open. */
  oldestSeconds: number | null;
}
