import { median } from '../statistics/median.util.js';
import type { FirstResponse } from '../responsiveness/first-response.types.js';
import type { DetectionFacts, RuleHit } from './incident.types.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import { accountLabel, accountsById, DAY_MS, groupBy, HOUR_MS } from './rule-context.util.js';

/** A baseline needs a day of history; before that nobody can say what "usual" is. */
const MIN_BASELINE_POINTS = 24;

/**
 * Backlog surges: the number of actionable items waiting for a first answer, read at every full hour, far
 * above its usual level on that account: at least `minBacklog` and `factor` times the median of the same
 * hourly readings over the `baselineDays` before. An item leaves the backlog when it is answered or after
 * `openHours` (METRICS.md's 72-hour window: a question unanswered for three days is lost, not waiting).
 * Consecutive surging hours are one surge; it occurs at its first hour.
 */
export function backlogSurgeRule(
  facts: DetectionFacts,
  responses: readonly FirstResponse[],
  settings: IncidentRuleSettings['backlogSurge'],
): RuleHit[] {
  if (!settings.enabled) return [];
  const accounts = accountsById(facts);
  const hits: RuleHit[] = [];
  const baselinePoints = Math.round((settings.baselineDays * DAY_MS) / HOUR_MS);
  for (const [accountId, list] of groupBy(responses, (r) => r.inbound.accountId)) {
    const readings = hourlyBacklog(list, facts, settings.openHours * HOUR_MS, settings.baselineDays * DAY_MS);
    let surge: { start: number; end: number; peak: number; peakAt: number; baseline: number } | null = null;
    const close = () => {
      if (!surge) return;
      hits.push({
        rule: 'backlog-surge',
        kind: 'backlog_surge',
        severity: settings.severity,
        subject: {
          type: 'account_window',
          accountId,
          from: new Date(surge.start),
          to: new Date(surge.end + HOUR_MS),
        },
        occurredAt: new Date(surge.start),
        operatorId: null,
        title: `Backlog surge on ${accountLabel(accounts, accountId)}: ${surge.peak} items waiting (usually ${surge.baseline})`,
        details: {
          peak: surge.peak,
          peakAt: new Date(surge.peakAt),
          baselineMedian: surge.baseline,
          threshold: {
            minBacklog: settings.minBacklog,
            factor: settings.factor,
            baselineDays: settings.baselineDays,
          },
        },
      });
      surge = null;
    };
    readings.forEach(({ at, backlog }, i) => {
      if (at < facts.period.from.getTime() || at >= facts.period.to.getTime()) return;
      const history = readings.slice(Math.max(0, i - baselinePoints), i).map((r) => r.backlog);
      const baseline = history.length >= MIN_BASELINE_POINTS ? (median(history) ?? 0) : null;
      const surging =
        baseline !== null &&
        backlog >= settings.minBacklog &&
        backlog >= settings.factor * Math.max(baseline, 1);
      if (!surging) return close();
      if (surge && at === surge.end + HOUR_MS) {
        surge.end = at;
        if (backlog > surge.peak) Object.assign(surge, { peak: backlog, peakAt: at });
      } else {
        close();
        surge = { start: at, end: at, peak: backlog, peakAt: at, baseline };
      }
    });
    close();
  }
  return hits;
}

/**
 * The backlog at each full hour from the baseline before the period (or the first item, if later) to the
 * end of the period or of the data. One sweep over open/close events, so the cost grows with items + hours.
 */
function hourlyBacklog(
  responses: readonly FirstResponse[],
  facts: DetectionFacts,
  openMs: number,
  baselineMs: number,
): { at: number; backlog: number }[] {
  const events: [number, number][] = [];
  for (const r of responses) {
    if (r.negativeIntervals > 0) continue;
    const received = r.inbound.createdAt.getTime();
    const answered = r.responseSeconds === null ? Infinity : (r.reply?.createdAt.getTime() ?? Infinity);
    const closes = Math.min(answered, received + openMs);
    if (closes <= received) continue;
    events.push([received, 1], [closes, -1]);
  }
  if (events.length === 0) return [];
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const first = Math.max(events[0][0], facts.period.from.getTime() - baselineMs);
  const last = Math.min(facts.period.to.getTime(), facts.dataEnd.getTime());
  const readings: { at: number; backlog: number }[] = [];
  let open = 0;
  let e = 0;
  for (let at = Math.ceil(first / HOUR_MS) * HOUR_MS; at <= last; at += HOUR_MS) {
    // An item received exactly at the hour is waiting; one answered exactly at the hour is not.
    while (e < events.length && events[e][0] <= at) open += events[e++][1];
    readings.push({ at, backlog: open });
  }
  return readings;
}
