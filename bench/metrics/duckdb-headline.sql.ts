// The analyst's alternative: the same headline aggregates in DuckDB over CSV exports of the workspace's
// facts (one file per table, written by PostgreSQL's COPY). Same rules as headline.sql.ts, in DuckDB's
// dialect (median, quantile_disc, quantile_cont; ICU time zones).

/** The exports: name → the PostgreSQL query whose rows go into `<name>.csv`, and DuckDB's column types. */
export const EXPORTS: Record<string, { query: string; columns: Record<string, string> }> = {
  accounts: {
    query: `SELECT id, time_zone, sla_target_seconds FROM account WHERE workspace_id = $1`,
    columns: { id: 'VARCHAR', time_zone: 'VARCHAR', sla_target_seconds: 'INTEGER' },
  },
  operators: {
    query: `SELECT id, coalesce(sourcing_group, 'unassigned') AS grp FROM operator WHERE workspace_id = $1`,
    columns: { id: 'VARCHAR', grp: 'VARCHAR' },
  },
  // One row per shift window; an assignment without shifts is one row without a window.
  assignments: {
    query: `SELECT a.account_id, a.operator_id, a.valid_from, a.valid_to, (w->>'day')::int AS day,
                   (w->>'startMinute')::int AS start_minute, (w->>'endMinute')::int AS end_minute
            FROM assignment a LEFT JOIN LATERAL jsonb_array_elements(a.shifts) w ON true
            WHERE a.workspace_id = $1`,
    columns: {
      account_id: 'VARCHAR',
      operator_id: 'VARCHAR',
      valid_from: 'TIMESTAMPTZ',
      valid_to: 'TIMESTAMPTZ',
      day: 'INTEGER',
      start_minute: 'INTEGER',
      end_minute: 'INTEGER',
    },
  },
  inbound: {
    query: `SELECT account_id, external_id, created_at, actionable FROM inbound_item WHERE workspace_id = $1`,
    columns: {
      account_id: 'VARCHAR',
      external_id: 'VARCHAR',
      created_at: 'TIMESTAMPTZ',
      actionable: 'BOOLEAN',
    },
  },
  outbound: {
    query: `SELECT id, account_id, external_id, kind, created_at, in_reply_to_external_id, operator_id,
                   is_repost_of_other, deleted_at
            FROM outbound_item WHERE workspace_id = $1`,
    columns: {
      id: 'BIGINT',
      account_id: 'VARCHAR',
      external_id: 'VARCHAR',
      kind: 'VARCHAR',
      created_at: 'TIMESTAMPTZ',
      in_reply_to_external_id: 'VARCHAR',
      operator_id: 'VARCHAR',
      is_repost_of_other: 'BOOLEAN',
      deleted_at: 'TIMESTAMPTZ',
    },
  },
  snapshots: {
    query: `SELECT outbound_item_id, captured_at, reactions, replies, reposts, quotes, impressions
            FROM engagement_snapshot WHERE workspace_id = $1`,
    columns: {
      outbound_item_id: 'BIGINT',
      captured_at: 'TIMESTAMPTZ',
      reactions: 'INTEGER',
      replies: 'INTEGER',
      reposts: 'INTEGER',
      quotes: 'INTEGER',
      impressions: 'INTEGER',
    },
  },
  incidents: {
    query: `SELECT account_id, coalesce(sourcing_group, 'unknown') AS grp, status, occurred_at
            FROM incident WHERE workspace_id = $1`,
    columns: { account_id: 'VARCHAR', grp: 'VARCHAR', status: 'VARCHAR', occurred_at: 'TIMESTAMPTZ' },
  },
};

export interface DuckPeriod {
  from: Date;
  to: Date;
  timeZone: string;
}

/** The item arrived within the assignment's shift window (or the assignment has none). */
const ON_SHIFT = `w.day IS NULL
     OR (w.start_minute < w.end_minute AND rs.dow = w.day AND rs.m >= w.start_minute AND rs.m < w.end_minute)
     OR (w.end_minute < w.start_minute AND ((rs.dow = w.day AND rs.m >= w.start_minute)
                                            OR (rs.dow = (w.day + 1) % 7 AND rs.m < w.end_minute)))`;

const ts = (d: Date) => `TIMESTAMPTZ '${d.toISOString()}'`;

export function duckResponsivenessSql({ from, to }: DuckPeriod): string {
  return `
WITH data_end AS (SELECT greatest((SELECT max(created_at) FROM inbound), (SELECT max(created_at) FROM outbound)) AS last_at),
items AS (
  SELECT i.account_id, i.external_id, i.created_at, a.time_zone, a.sla_target_seconds AS sla,
         timezone(a.time_zone, i.created_at) AS local_at
  FROM inbound i JOIN accounts a ON a.id = i.account_id
  WHERE i.created_at >= ${ts(from)} AND i.created_at < ${ts(to)} AND i.actionable),
first_reply AS (
  SELECT DISTINCT ON (account_id, in_reply_to_external_id)
         account_id, in_reply_to_external_id AS parent, created_at, operator_id
  FROM outbound
  WHERE deleted_at IS NULL AND in_reply_to_external_id IS NOT NULL AND created_at >= ${ts(from)}
  ORDER BY account_id, in_reply_to_external_id, created_at, external_id),
responses AS (
  SELECT it.*, r.operator_id AS responder, r.created_at IS NOT NULL AS replied,
         epoch(r.created_at) - epoch(it.created_at) AS frt,
         dayofweek(it.local_at) AS dow, hour(it.local_at) * 60 + minute(it.local_at) AS m
  FROM items it LEFT JOIN first_reply r ON r.account_id = it.account_id AND r.parent = it.external_id),
-- Exactly one group when the smallest equals the largest (cheaper than count(DISTINCT)).
roster AS (
  SELECT rs.account_id, rs.external_id,
         max(op.grp) FILTER (WHERE ${ON_SHIFT}) AS shift_max,
         min(op.grp) FILTER (WHERE ${ON_SHIFT}) AS shift_grp,
         max(op.grp) AS assigned_max, min(op.grp) AS assigned_grp
  FROM responses rs
  JOIN assignments w ON w.account_id = rs.account_id AND w.valid_from <= rs.created_at
                    AND (w.valid_to IS NULL OR rs.created_at < w.valid_to)
  JOIN operators op ON op.id = w.operator_id
  GROUP BY rs.account_id, rs.external_id),
judged AS (
  SELECT rs.account_id, rs.sla, rs.frt,
         CASE WHEN s.shift_grp = s.shift_max THEN s.shift_grp
              WHEN rs.responder IS NOT NULL THEN coalesce(rop.grp, 'unassigned')
              WHEN s.assigned_grp = s.assigned_max THEN s.assigned_grp
              ELSE 'unknown' END AS grp,
         rs.replied AND rs.frt < 0 AS negative,
         rs.created_at + INTERVAL 72 HOUR <= (SELECT last_at FROM data_end) AS decided,
         rs.created_at + to_seconds(rs.sla) <= (SELECT last_at FROM data_end) AS sla_due
  FROM responses rs
  LEFT JOIN roster s ON s.account_id = rs.account_id AND s.external_id = rs.external_id
  LEFT JOIN operators rop ON rop.id = rs.responder)
SELECT CASE WHEN grouping(grp) = 0 THEN 'group' ELSE 'account' END AS by,
       coalesce(grp, account_id) AS key,
       count(*) AS inbound,
       count(*) FILTER (WHERE frt >= 0) AS answered,
       median(frt) FILTER (WHERE frt >= 0) AS frt_median,
       quantile_disc(frt, 0.9) FILTER (WHERE frt >= 0) AS frt_p90,
       count(*) FILTER (WHERE NOT negative AND decided) AS decided,
       count(*) FILTER (WHERE NOT negative AND decided AND frt <= 72 * 3600) AS within_72h,
       count(*) FILTER (WHERE NOT negative AND sla_due) AS sla_due,
       count(*) FILTER (WHERE NOT negative AND sla_due AND frt <= sla) AS sla_met
FROM judged
GROUP BY GROUPING SETS ((grp), (account_id))`;
}

export function duckEngagementSql({ from, to }: DuckPeriod): string {
  return `
WITH posts AS (
  SELECT o.id, o.account_id, o.created_at, coalesce(op.grp, 'unknown') AS grp
  FROM outbound o LEFT JOIN operators op ON op.id = o.operator_id
  WHERE o.created_at >= ${ts(from)} AND o.created_at < ${ts(to)} AND o.kind = 'post' AND NOT o.is_repost_of_other),
measured AS (
  SELECT DISTINCT ON (p.id) p.grp, p.account_id, s.impressions,
         coalesce(s.reactions, 0) + coalesce(s.replies, 0) + coalesce(s.reposts, 0) + coalesce(s.quotes, 0) AS eng
  FROM posts p JOIN snapshots s ON s.outbound_item_id = p.id
  ORDER BY p.id, s.captured_at < p.created_at + INTERVAL 48 HOUR,
           CASE WHEN s.captured_at >= p.created_at + INTERVAL 48 HOUR THEN s.captured_at END NULLS LAST,
           s.captured_at DESC)
SELECT CASE WHEN grouping(grp) = 0 THEN 'group' ELSE 'account' END AS by,
       coalesce(grp, account_id) AS key,
       count(*) AS posts, sum(eng) AS engagements,
       coalesce(sum(eng) FILTER (WHERE impressions > 0), 0) AS impression_engagements,
       coalesce(sum(impressions) FILTER (WHERE impressions > 0), 0) AS impressions
FROM measured
GROUP BY GROUPING SETS ((grp), (account_id))`;
}

export function duckVolumeAndRiskSql({ from, to, timeZone }: DuckPeriod): string {
  return `
WITH outbound_cells AS (
  SELECT o.account_id, coalesce(op.grp, 'unknown') AS grp, count(*) AS items
  FROM outbound o LEFT JOIN operators op ON op.id = o.operator_id
  WHERE o.created_at >= ${ts(from)} AND o.created_at < ${ts(to)}
  GROUP BY ALL),
incident_cells AS (
  SELECT account_id, grp, count(*) AS incidents FROM incidents
  WHERE occurred_at >= ${ts(from)} AND occurred_at < ${ts(to)} AND status <> 'dismissed'
  GROUP BY ALL),
cells AS (
  SELECT coalesce(o.account_id, i.account_id) AS account_id, coalesce(o.grp, i.grp) AS grp,
         coalesce(o.items, 0) AS items, coalesce(i.incidents, 0) AS incidents
  FROM outbound_cells o FULL JOIN incident_cells i ON i.account_id = o.account_id AND i.grp = o.grp)
SELECT CASE WHEN grouping(grp) = 0 THEN 'group' ELSE 'account' END AS by,
       coalesce(grp, account_id) AS key,
       sum(items) AS outbound, sum(incidents) AS incidents,
       timezone('${timeZone}', ${ts(to)})::date - timezone('${timeZone}', ${ts(from)})::date AS days
FROM cells
GROUP BY GROUPING SETS ((grp), (account_id))`;
}
