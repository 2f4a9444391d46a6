import type { TimeStratum } from '../business-hours/time-stratum.util.js';
import { TIME_STRATA } from '../business-hours/time-stratum.util.js';
import type { DurationSummary, ResponseRate } from '../metrics/metrics.types.js';
import { summarizeDurations } from '../statistics/duration-summary.util.js';
import { computeBacklog } from './backlog.util.js';
import { computeResponseRate } from './response-rate.util.js';
import { computeSlaAttainment } from './sla-attainment.util.js';
import type { Backlog, SlaAttainment, TimedResponse } from './timed-response.types.js';

/** Every responsiveness number of METRICS.md for one set of inbound items. */
export interface ResponsivenessDepth {
  /** Actionable inbound items. */
  inbound: number;
  /** Items with a valid first response. */
  answered: number;
  /** FRT in calendar seconds: one observation per threaded item and per direct-message turn. */
  frtCalendar: DurationSummary;
  /** FRT in business seconds, over the same observations. */
  frtBusiness: DurationSummary;
  /** 72-hour response rate; its `undecided` counts the items younger than 72 hours apart. */
  responseRate: ResponseRate;
  sla: SlaAttainment;
  backlog: Backlog;
  /** Reply pairs older than their item (data errors), kept out of every statistic above. */
  negativeIntervals: number;
}

export interface DepthOptions {
  /** End of the collected data: decides what is undecided (72 h) and pending (SLA). */
  dataEnd: Date;
  /** The instant the backlog is taken at: the period's end, or dataEnd if earlier. */
  backlogAt: Date;
}

export function summarizeResponsivenessDepth(
  responses: readonly TimedResponse[],
  options: DepthOptions,
): ResponsivenessDepth {
  const calendar: number[] = [];
  const business: number[] = [];
  let answered = 0;
  let negativeIntervals = 0;
  for (const response of responses) {
    negativeIntervals += response.negativeIntervals;
    if (response.responseSeconds === null) continue;
    answered += 1;
    if (!response.countsInFrt) continue;
    calendar.push(response.responseSeconds);
    business.push(response.businessSeconds!);
  }
  return {
    inbound: responses.length,
    answered,
    frtCalendar: summarizeDurations(calendar),
    frtBusiness: summarizeDurations(business),
    responseRate: computeResponseRate(responses, options.dataEnd),
    sla: computeSlaAttainment(responses, options.dataEnd),
    backlog: computeBacklog(responses, options.backlogAt),
    negativeIntervals,
  };
}

/** The same numbers per time stratum; every stratum is present, empty ones with zero counts. */
export function summarizeResponsivenessByStratum(
  responses: readonly TimedResponse[],
  options: DepthOptions,
): Record<TimeStratum, ResponsivenessDepth> {
  const parts = new Map<TimeStratum, TimedResponse[]>(TIME_STRATA.map((stratum) => [stratum, []]));
  for (const response of responses) parts.get(response.stratum)!.push(response);
  return Object.fromEntries(
    TIME_STRATA.map((stratum) => [stratum, summarizeResponsivenessDepth(parts.get(stratum)!, options)]),
  ) as Record<TimeStratum, ResponsivenessDepth>;
}
