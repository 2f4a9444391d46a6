import { median } from '../statistics/median.util.js';
import type { DetectionFacts, DetectionInbound, DetectionOutbound, RuleHit } from './incident.types.js';
import type { IncidentRuleSettings } from './incident-rule-settings.util.js';
import {
  accountLabel,
  accountsById,
  DAY_MS,
  excerpt,
  groupBy,
  inPeriod,
  MINUTE_MS,
} from './rule-context.util.js';
import type { TextMatcher } from './word-matcher.util.js';

type Settings = IncidentRuleSettings['engagementAnomaly'];

/** Fewer items than this before a post: no baseline, the absolute minimum alone decides. */
const MIN_BASELINE_ITEMS = 5;
/** A surge is about one post when at least this share of its replies answer that post. */
const POST_SHARE = 0.5;

/**
 * Engagement anomalies that often mean a crisis, two signals:
 *
 * 1. amplification: one item reposted and quoted far more than the account's items usually are (at least
 *    `minReposts`, and `repostFactor` times the median of its items of the `baselineDays` before);
 * 2. a negative reply surge: in a window of `windowMinutes`, at least `minReplies` inbound items,
 *    `replyFactor` times the usual window of the baseline days, with at least `negativeShare` of them matching
 *    the negative keywords or the content lists. When most of the surge answers one post, the hit is about
 *    that post, so it joins whatever else that post set off.
 */
export function engagementAnomalyRule(
  facts: DetectionFacts,
  negative: TextMatcher,
  settings: Settings,
): RuleHit[] {
  if (!settings.enabled) return [];
  return [...amplificationHits(facts, settings), ...negativeSurgeHits(facts, negative, settings)];
}

function amplificationHits(facts: DetectionFacts, settings: Settings): RuleHit[] {
  const accounts = accountsById(facts);
  const hits: RuleHit[] = [];
  const baselineMs = settings.baselineDays * DAY_MS;
  for (const [accountId, items] of groupBy(facts.outbound, (o) => o.accountId)) {
    for (const item of items) {
      if (!item.engagement || !inPeriod(item.createdAt, facts.period)) continue;
      const reach = amplification(item);
      if (reach < settings.minReposts) continue;
      const t = item.createdAt.getTime();
      const earlier = items
        .filter((o) => o.engagement && o.createdAt.getTime() < t && o.createdAt.getTime() >= t - baselineMs)
        .map(amplification);
      const baseline = earlier.length >= MIN_BASELINE_ITEMS ? (median(earlier) ?? 0) : null;
      if (baseline !== null && reach < settings.repostFactor * Math.max(baseline, 1)) continue;
      hits.push({
        rule: 'engagement-anomaly',
        kind: 'engagement_anomaly',
        severity: settings.severity,
        subject: { type: 'outbound_item', accountId, externalId: item.externalId },
        occurredAt: item.createdAt,
        operatorId: item.operatorId,
        title: `${reach} reposts and quotes on ${accountLabel(accounts, accountId)} (${baseline === null ? 'too few earlier posts to compare' : `usually ${baseline}`}): "${excerpt(item.text)}"`,
        details: {
          signal: 'amplification',
          reposts: item.engagement.reposts,
          quotes: item.engagement.quotes,
          seenAt: item.engagement.capturedAt,
          baselineMedian: baseline,
          threshold: { minReposts: settings.minReposts, repostFactor: settings.repostFactor },
        },
      });
    }
  }
  return hits;
}

function amplification(item: DetectionOutbound): number {
  return (item.engagement?.reposts ?? 0) + (item.engagement?.quotes ?? 0);
}

function negativeSurgeHits(facts: DetectionFacts, negative: TextMatcher, settings: Settings): RuleHit[] {
  const accounts = accountsById(facts);
  const windowMs = settings.windowMinutes * MINUTE_MS;
  if (windowMs <= 0) return [];
  const baselineWindows = Math.max(1, Math.round((settings.baselineDays * DAY_MS) / windowMs));
  const outboundIds = new Set(facts.outbound.map((o) => `${o.accountId}|${o.externalId}`));
  const hits: RuleHit[] = [];
  for (const [accountId, items] of groupBy(facts.inbound, (i) => i.accountId)) {
    const byWindow = groupBy(items, (i) => String(Math.floor(i.createdAt.getTime() / windowMs)));
    const surging = [...byWindow.keys()]
      .map(Number)
      .sort((a, b) => a - b)
      .filter((w) => {
        const inWindow = byWindow.get(String(w)) ?? [];
        if (!inPeriod(new Date(w * windowMs), facts.period) || inWindow.length < settings.minReplies)
          return false;
        const history = Array.from(
          { length: baselineWindows },
          (_, k) => byWindow.get(String(w - 1 - k))?.length ?? 0,
        );
        if (inWindow.length < settings.replyFactor * Math.max(median(history) ?? 0, 1)) return false;
        const negatives = inWindow.filter((i) => negative.match(i.text).length > 0).length;
        return negatives / inWindow.length >= settings.negativeShare;
      });
    for (const run of consecutiveRuns(surging)) {
      const surge = run.flatMap((w) => byWindow.get(String(w)) ?? []);
      const from = new Date(run[0] * windowMs);
      const to = new Date((run[run.length - 1] + 1) * windowMs);
      const history = Array.from(
        { length: baselineWindows },
        (_, k) => byWindow.get(String(run[0] - 1 - k))?.length ?? 0,
      );
      const target = mainTarget(surge, accountId, outboundIds);
      const post = target
        ? facts.outbound.find((o) => o.accountId === accountId && o.externalId === target)
        : undefined;
      hits.push({
        rule: 'engagement-anomaly',
        kind: 'engagement_anomaly',
        severity: settings.severity,
        subject: target
          ? { type: 'outbound_item', accountId, externalId: target }
          : { type: 'account_window', accountId, from, to },
        occurredAt: post ? post.createdAt : from,
        operatorId: post?.operatorId ?? null,
        title: `Negative reply surge on ${accountLabel(accounts, accountId)}: ${surge.length} items in ${run.length * settings.windowMinutes} min${post ? ` after "${excerpt(post.text, 40)}"` : ''}`,
        details: {
          signal: 'negative_reply_surge',
          from,
          to,
          items: surge.length,
          negativeItems: surge.filter((i) => negative.match(i.text).length > 0).length,
          baselineMedianPerWindow: median(history) ?? 0,
          keywords: topKeywords(surge, negative),
          threshold: {
            minReplies: settings.minReplies,
            replyFactor: settings.replyFactor,
            negativeShare: settings.negativeShare,
            windowMinutes: settings.windowMinutes,
          },
        },
      });
    }
  }
  return hits;
}

function consecutiveRuns(sorted: readonly number[]): number[][] {
  const runs: number[][] = [];
  for (const w of sorted) {
    const last = runs.at(-1);
    if (last && last[last.length - 1] === w - 1) last.push(w);
    else runs.push([w]);
  }
  return runs;
}

/** The post most of the surge replies to, when at least half of it does. */
function mainTarget(
  items: readonly DetectionInbound[],
  accountId: string,
  outboundIds: Set<string>,
): string | null {
  const counts = new Map<string, number>();
  for (const i of items) {
    if (i.inReplyToExternalId && outboundIds.has(`${accountId}|${i.inReplyToExternalId}`))
      counts.set(i.inReplyToExternalId, (counts.get(i.inReplyToExternalId) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best && best[1] >= POST_SHARE * items.length ? best[0] : null;
}

function topKeywords(
  items: readonly DetectionInbound[],
  negative: TextMatcher,
): { term: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of items) {
    for (const term of new Set(negative.match(i.text).map((m) => m.match.toLowerCase())))
      counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 10)
    .map(([term, count]) => ({ term, count }));
}
