// Engagement keeps growing after publication, so snapshots follow a curve: often while a post is young,
// rarely later. The metric contract (docs/metrics.md, fixed-age comparison) needs the first snapshot taken at
// or after 48 hours, so 48 hours is always a checkpoint whatever curve a workspace chooses.

export interface EngagementCurveStep {
  /** The step applies while the post is younger than this many hours. */
  untilHours: number;
  /** Snapshot interval within the step. */
  everyMinutes: number;
}

export const FIXED_AGE_MINUTES = 48 * 60;

/** A snapshot missed at the last checkpoint is still taken this long after it, then the post is left alone. */
export const FINAL_CHECKPOINT_GRACE_MINUTES = 24 * 60;

/** Default: every 30 minutes for 6 hours, every 3 hours up to 2 days, daily up to a week. */
export const DEFAULT_ENGAGEMENT_CURVE: EngagementCurveStep[] = [
  { untilHours: 6, everyMinutes: 30 },
  { untilHours: 48, everyMinutes: 180 },
  { untilHours: 168, everyMinutes: 1440 },
];

/** Throws with a message a person can act on when the curve cannot be used. */
export function validateEngagementCurve(curve: EngagementCurveStep[]): void {
  if (curve.length === 0) throw new Error('the engagement curve needs at least one step');
  let previous = 0;
  for (const step of curve) {
    if (!Number.isInteger(step.everyMinutes) || step.everyMinutes < 1) {
      throw new Error(`engagement curve: every must be at least 1 minute, got ${step.everyMinutes}`);
    }
    if (!(step.untilHours > previous)) {
      throw new Error('engagement curve: steps must be in increasing order of age');
    }
    previous = step.untilHours;
  }
  if (previous < 48) {
    throw new Error('engagement curve: must reach at least 48 hours (the fixed-age snapshot of the metrics)');
  }
}

/** Ages (minutes after publication) at which a snapshot is due, ascending, 48 hours and step ends included. */
export function engagementCheckpoints(curve: EngagementCurveStep[]): number[] {
  validateEngagementCurve(curve);
  const points = new Set<number>([0, FIXED_AGE_MINUTES]);
  let start = 0;
  for (const step of curve) {
    const end = Math.round(step.untilHours * 60);
    for (let age = start; age < end; age += step.everyMinutes) points.add(age);
    points.add(end);
    start = end;
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * Whether a post needs a snapshot now: its latest checkpoint has passed and its engagement was not collected
 * since (`lastCollectedAt`: when the stream that reports its engagement last ran; collectors store a snapshot
 * only when the numbers changed, so the run, not the newest snapshot, says whether the checkpoint was seen).
 * After the final checkpoint a missed snapshot is still due for a grace day, then never again.
 */
export function isSnapshotDue(
  checkpoints: number[],
  publishedAt: Date,
  lastCollectedAt: Date | null,
  now: Date,
): boolean {
  const ageMinutes = (now.getTime() - publishedAt.getTime()) / 60_000;
  if (ageMinutes < 0) return false;
  const final = checkpoints[checkpoints.length - 1];
  if (ageMinutes > final + FINAL_CHECKPOINT_GRACE_MINUTES) return false;
  let reached = checkpoints[0];
  for (const point of checkpoints) {
    if (point > ageMinutes) break;
    reached = point;
  }
  if (lastCollectedAt === null) return true;
  return lastCollectedAt.getTime() < publishedAt.getTime() + reached * 60_000;
}

/** How long a post stays on the curve: the final checkpoint plus the grace period, in minutes. */
export function engagementHorizonMinutes(checkpoints: number[]): number {
  return checkpoints[checkpoints.length - 1] + FINAL_CHECKPOINT_GRACE_MINUTES;
}

/** Parses `6h:30m,48h:3h,7d:1d` (until age : every) as people write it on the command line. */
export function parseEngagementCurve(text: string): EngagementCurveStep[] {
  const steps = text.split(',').map((part) => {
    const match = /^\s*(\d+(?:\.\d+)?[mhd])\s*:\s*(\d+[mhd])\s*$/.exec(part);
    if (!match) throw new Error(`engagement curve: expected "<until>:<every>" such as 6h:30m, got "${part}"`);
    return { untilHours: minutesOf(match[1]) / 60, everyMinutes: minutesOf(match[2]) };
  });
  validateEngagementCurve(steps);
  return steps;
}

/** The curve in the notation parseEngagementCurve reads. */
export function formatEngagementCurve(curve: EngagementCurveStep[]): string {
  return curve.map((s) => `${formatMinutes(s.untilHours * 60)}:${formatMinutes(s.everyMinutes)}`).join(',');
}

function minutesOf(value: string): number {
  const n = Number(value.slice(0, -1));
  const unit = value.at(-1);
  return Math.round(unit === 'd' ? n * 1440 : unit === 'h' ? n * 60 : n);
}

/** Hours up to three days (48h reads better than 2d), days beyond. */
function formatMinutes(minutes: number): string {
  if (minutes % 1440 === 0 && minutes >= 3 * 1440) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}
