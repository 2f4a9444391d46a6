// The headline aggregates of the monthly report written by hand as plain SQL on the product's tables: the
// reference the engine's numbers are checked against. Parameters: $1 workspace, $2 and $3 the month
// [from, to), $4 the workspace's time zone. Each query returns one row per sourcing group (`by` = 'group')
// and per account (`by` = 'account'). Only threaded replies (no direct-message turns) and accounts without
// business hours (so that the SLA clock is the calendar) — as the benchmark month is generated.

/** Operators and their group as the engine names it (`unassigned` when no group is set), numbered. */
const OPERATORS = `ops AS (
  SELECT id, grp, dense_rank() OVER (ORDER BY grp) AS gid
  FROM (SELECT id, coalesce(sourcing_group, 'unassigned') AS grp FROM operator WHERE workspace_id = $1) o)`;

/** The item arrived within the assignment's shift window (or the assignment has none). */
const ON_SHIFT = `w.d IS NULL
     OR (w.s < w.e AND rs.dow = w.d AND rs.m >= w.s AND rs.m < w.e)
     OR (w.e < w.s AND ((rs.dow = w.d AND rs.m >= w.s) OR (rs.dow = (w.d + 1) % 7 AND rs.m < w.e)))`;

/**
 * Per actionable inbound item of the month: its first reply (the earliest non-deleted reply, ties by
 * external id), the calendar FRT, and the group responsible (METRICS.md comparison: exactly one group on
 * shift by the roster, else the first replier's group, else for an unanswered item the one group assigned
 * to the account at the time (shifts aside), else unknown). Replies before the month's start are
 * not loaded by the product (a reply older than its question is a data error either way).
 */
export const RESPONSIVENESS_SQL = `
WITH ${OPERATORS},
data_end AS (
  SELECT greatest((SELECT max(created_at) FROM inbound_item WHERE workspace_id = $1),
                  (SELECT max(created_at) FROM outbound_item WHERE workspace_id = $1)) AS last_at),
items AS (
  SELECT i.id, i.account_id, i.external_id, i.created_at, a.time_zone, a.sla_target_seconds AS sla
  FROM inbound_item i JOIN account a ON a.id = i.account_id
  WHERE i.workspace_id = $1 AND i.created_at >= $2 AND i.created_at < $3 AND i.actionable),
first_reply AS (
  SELECT DISTINCT ON (o.account_id, o.in_reply_to_external_id)
         o.account_id, o.in_reply_to_external_id AS parent, o.created_at, o.operator_id
  FROM outbound_item o
  WHERE o.workspace_id = $1 AND o.deleted_at IS NULL AND o.in_reply_to_external_id IS NOT NULL
    AND o.created_at >= $2
  ORDER BY o.account_id, o.in_reply_to_external_id, o.created_at, o.external_id COLLATE "C"),
responses AS (
  SELECT it.*, r.operator_id AS responder, r.created_at IS NOT NULL AS replied,
         extract(epoch FROM r.created_at - it.created_at) AS frt,
         extract(dow FROM it.created_at AT TIME ZONE it.time_zone)::int AS dow,
         (extract(hour FROM it.created_at AT TIME ZONE it.time_zone) * 60
          + extract(minute FROM it.created_at AT TIME ZONE it.time_zone))::int AS m
  FROM items it LEFT JOIN first_reply r ON r.account_id = it.account_id AND r.parent = it.external_id),
windows AS (
  -- One row per shift window; an assignment without shifts is one row without a window.
  SELECT a.account_id, a.valid_from, a.valid_to, op.gid, (w->>'day')::int AS d,
         (w->>'startMinute')::int AS s, (w->>'endMinute')::int AS e
  FROM assignment a JOIN ops op ON op.id = a.operator_id
  LEFT JOIN LATERAL jsonb_array_elements(a.shifts) w ON true
  WHERE a.workspace_id = $1),
-- Exactly one group when the smallest group number equals the largest.
roster AS (
  SELECT rs.id,
         min(w.gid) FILTER (WHERE ${ON_SHIFT}) AS shift_gid,
         max(w.gid) FILTER (WHERE ${ON_SHIFT}) AS shift_max,
         min(w.gid) AS assigned_gid, max(w.gid) AS assigned_max
  FROM responses rs
  JOIN windows w ON w.account_id = rs.account_id AND w.valid_from <= rs.created_at
                AND (w.valid_to IS NULL OR rs.created_at < w.valid_to)
  GROUP BY rs.id),
groups AS (SELECT DISTINCT gid, grp FROM ops),
judged AS (
  SELECT rs.account_id, rs.created_at, rs.sla, rs.frt,
         CASE WHEN s.shift_gid = s.shift_max THEN (SELECT grp FROM groups g WHERE g.gid = s.shift_gid)
              WHEN rs.responder IS NOT NULL THEN coalesce(rop.grp, 'unassigned')
              WHEN s.assigned_gid = s.assigned_max THEN (SELECT grp FROM groups g WHERE g.gid = s.assigned_gid)
              ELSE 'unknown' END AS grp,
         rs.replied AND rs.frt < 0 AS negative,
         rs.created_at + interval '72 hours' <= (SELECT last_at FROM data_end) AS decided,
         rs.created_at + make_interval(secs => rs.sla) <= (SELECT last_at FROM data_end) AS sla_due
  FROM responses rs
  LEFT JOIN roster s ON s.id = rs.id
  LEFT JOIN ops rop ON rop.id = rs.responder)
SELECT CASE WHEN grouping(grp) = 0 THEN 'group' ELSE 'account' END AS by,
       coalesce(grp, account_id::text) AS key,
       count(*)::int AS inbound,
       count(*) FILTER (WHERE frt >= 0)::int AS answered,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY frt) FILTER (WHERE frt >= 0) AS frt_median,
       percentile_disc(0.9) WITHIN GROUP (ORDER BY frt) FILTER (WHERE frt >= 0) AS frt_p90,
       count(*) FILTER (WHERE NOT negative AND decided)::int AS decided,
       count(*) FILTER (WHERE NOT negative AND decided AND frt <= 72 * 3600)::int AS within_72h,
       count(*) FILTER (WHERE NOT negative AND sla_due)::int AS sla_due,
       count(*) FILTER (WHERE NOT negative AND sla_due AND frt <= sla)::int AS sla_met
FROM judged
GROUP BY GROUPING SETS ((grp), (account_id))`;

/**
 * Posts of the month (reposts of others left out, deleted ones kept) at their fixed age: the first snapshot
 * at or after 48 hours, else the latest; engagements per measured post and by impressions (ratio of sums
 * over posts that report impressions).
 */
export const ENGAGEMENT_SQL = `
WITH ${OPERATORS},
posts AS (
  SELECT o.id, o.account_id, o.created_at, coalesce(op.grp, 'unknown') AS grp
  FROM outbound_item o LEFT JOIN ops op ON op.id = o.operator_id
  WHERE o.workspace_id = $1 AND o.created_at >= $2 AND o.created_at < $3 AND o.kind = 'post'
    AND NOT o.is_repost_of_other),
measured AS (
  SELECT DISTINCT ON (p.id) p.grp, p.account_id, s.impressions,
         coalesce(s.reactions, 0) + coalesce(s.replies, 0) + coalesce(s.reposts, 0) + coalesce(s.quotes, 0) AS eng
  FROM posts p JOIN engagement_snapshot s ON s.outbound_item_id = p.id
  ORDER BY p.id, s.captured_at < p.created_at + interval '48 hours',
           CASE WHEN s.captured_at >= p.created_at + interval '48 hours' THEN s.captured_at END,
           s.captured_at DESC)
SELECT CASE WHEN grouping(grp) = 0 THEN 'group' ELSE 'account' END AS by,
       coalesce(grp, account_id::text) AS key,
       count(*)::int AS posts,
       sum(eng)::bigint AS engagements,
       coalesce(sum(eng) FILTER (WHERE impressions > 0), 0)::bigint AS impression_engagements,
       coalesce(sum(impressions) FILTER (WHERE impressions > 0), 0)::bigint AS impressions
FROM measured
GROUP BY GROUPING SETS ((grp), (account_id))`;

/**
 * Outbound items of the month (any kind, deleted ones included) and the incidents that occurred in it
 * (dismissed ones left out), per group of the publishing operator / the group frozen on the incident.
 * Days: the month's local days in the workspace's zone (every account keeps it).
 */
export const VOLUME_AND_RISK_SQL = `
WITH ${OPERATORS},
outbound AS (
  SELECT o.account_id, coalesce(op.grp, 'unknown') AS grp, count(*) AS items
  FROM outbound_item o LEFT JOIN ops op ON op.id = o.operator_id
  WHERE o.workspace_id = $1 AND o.created_at >= $2 AND o.created_at < $3
  GROUP BY 1, 2),
incidents AS (
  SELECT account_id, coalesce(sourcing_group, 'unknown') AS grp, count(*) AS incidents
  FROM incident
  WHERE workspace_id = $1 AND occurred_at >= $2 AND occurred_at < $3 AND status <> 'dismissed'
  GROUP BY 1, 2),
cells AS (
  SELECT coalesce(o.account_id, i.account_id) AS account_id, coalesce(o.grp, i.grp) AS grp,
         coalesce(o.items, 0) AS items, coalesce(i.incidents, 0) AS incidents
  FROM outbound o FULL JOIN incidents i ON i.account_id = o.account_id AND i.grp = o.grp)
SELECT CASE WHEN grouping(grp) = 0 THEN 'group' ELSE 'account' END AS by,
       coalesce(grp, account_id::text) AS key,
       sum(items)::int AS outbound, sum(incidents)::int AS incidents,
       (($3::timestamptz AT TIME ZONE $4)::date - ($2::timestamptz AT TIME ZONE $4)::date) AS days
FROM cells
GROUP BY GROUPING SETS ((grp), (account_id))`;
