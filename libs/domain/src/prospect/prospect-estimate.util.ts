// The prospect audit's numbers, computed with the engine's own definitions: first response = the account's
// earliest public reply to the ask (computeFirstResponses), response rate within 72 hours with undecided
// items set aside (computeResponseRate), the median's percentile bootstrap and Wilson intervals, and
// "insufficient data" below MIN_OBSERVATIONS. Only the inputs differ: public posts instead of collected facts.
import type { InboundItemFact, OutboundItemFact } from '../model/facts.js';
import type { FirstResponse } from '../responsiveness/first-response.types.js';
import { computeFirstResponses } from '../responsiveness/first-responses.util.js';
import { computeResponseRate } from '../responsiveness/response-rate.util.js';
import { bootstrapMedian } from '../statistics/bootstrap.util.js';
import { estimateProportion } from '../statistics/wilson-interval.util.js';
import { DAY_MS } from '../time/time-units.js';
import { localDay } from '../time/zoned-date.util.js';
import type {
  ProspectEstimate,
  ProspectObservations,
  ProspectSlice,
  PublicAskSource,
} from './prospect.types.js';

/** One account, so one key: computeFirstResponses matches replies to asks within an account. */
const ACCOUNT = 'prospect';
const DAY_SECONDS = DAY_MS / 1000;

export function estimateProspect(observations: ProspectObservations): ProspectEstimate {
  const { periodFrom, periodTo, dataEnd } = observations;
  if (!(periodFrom < periodTo)) throw new RangeError('the period must start before it ends');
  // The same post can be found twice (a reply to the account that also mentions it): one ask.
  const asks = new Map(
    observations.asks
      .filter((a) => a.createdAt >= periodFrom && a.createdAt < periodTo)
      .map((a) => [a.id, a] as const),
  );
  const inbound: InboundItemFact[] = [...asks.values()].map((a) => ({
    accountId: ACCOUNT,
    externalId: a.id,
    createdAt: a.createdAt,
    conversationId: null,
    actionable: true,
  }));
  const outbound: OutboundItemFact[] = observations.replies.map((r) => ({
    accountId: ACCOUNT,
    externalId: r.id,
    createdAt: r.createdAt,
    inReplyToExternalId: r.inReplyToId,
    conversationId: null,
    operatorId: null,
    attributionSource: 'unknown',
  }));
  const responses = computeFirstResponses(inbound, outbound);
  const weekend = (r: FirstResponse) => isWeekend(r.inbound.createdAt, observations.timeZone);

  const asksBySource: Record<PublicAskSource, number> = { reply_to_account: 0, mention: 0 };
  for (const ask of asks.values()) asksBySource[ask.source] += 1;
  // An answer to an ask from before the period is still an answer, not a reply to a post that asked nothing.
  const anyAsk = new Set(observations.asks.map((a) => a.id));
  const otherReplies = observations.replies.filter(
    (r) => r.createdAt >= periodFrom && r.createdAt < periodTo && !anyAsk.has(r.inReplyToId),
  ).length;

  return {
    all: slice(responses, dataEnd),
    weekday: slice(
      responses.filter((r) => !weekend(r)),
      dataEnd,
    ),
    weekend: slice(responses.filter(weekend), dataEnd),
    asksBySource,
    otherReplies,
    negativeIntervals: responses.reduce((sum, r) => sum + r.negativeIntervals, 0),
  };
}

function slice(responses: readonly FirstResponse[], dataEnd: Date): ProspectSlice {
  const valid = responses.filter((r) => r.negativeIntervals === 0);
  const frt = valid.filter((r) => r.responseSeconds !== null).map((r) => r.responseSeconds!);
  const responseRate = computeResponseRate(responses, dataEnd);
  // "Within a day" is decided once a day has passed, as the 72-hour rate is once 72 hours have.
  const dayDecided = valid.filter((r) => r.inbound.createdAt.getTime() + DAY_MS <= dataEnd.getTime());
  const dayAnswered = dayDecided.filter(
    (r) => r.responseSeconds !== null && r.responseSeconds <= DAY_SECONDS,
  ).length;
  return {
    asks: responses.length,
    answered: responses.filter((r) => r.reply !== null).length,
    responseRate,
    responseRateEstimate: estimateProportion(responseRate.answeredWithin72h, responseRate.decided),
    medianFrtSeconds: bootstrapMedian(frt),
    withinDay: estimateProportion(dayAnswered, dayDecided.length),
    withinDayCounts: { answered: dayAnswered, decided: dayDecided.length },
  };
}

/** Saturday or Sunday in the given zone. */
export function isWeekend(instant: Date, timeZone: string): boolean {
  const day = new Date(`${localDay(instant, timeZone)}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}
