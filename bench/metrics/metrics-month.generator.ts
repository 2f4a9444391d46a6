// A month of a workspace with 50 accounts and about a million inbound and outbound items, written straight
// into the product's tables with INSERT … SELECT generate_series (loading is not what the benchmark
// measures). The shape is a brand's: staff accounts covered on weekdays, agency accounts around the clock,
// mixed accounts where an agency takes evenings and weekends (overlapping staff for an hour), five accounts
// handed over to an agency on the 15th; long-tailed reply delays, unanswered and non-actionable items, a
// few replies older than their question (data errors), deleted replies, follow-up replies, posts with
// engagement snapshots at 6, 24 and 50 hours, incidents, cost models, house styles and cadence plans.
// Every account runs on the workspace's clock (Vienna and Berlin: the same offsets) without business hours,
// so that the business clock equals the calendar one and SLA attainment can be written in plain SQL.
import type { QueryRunner } from 'typeorm';

export const BENCH_MONTH = '2026-10';
export const ACCOUNTS = 50;

type ShiftWindow = { day: number; startMinute: number; endMinute: number };

export interface GeneratorOptions {
  workspaceId: string;
  /** The month's first instant and the next month's (the workspace's local midnights). */
  from: Date;
  to: Date;
  inbound: number;
  posts: number;
}

export interface GeneratedMonth {
  accounts: number;
  operators: number;
  assignments: number;
  inbound: number;
  outbound: number;
  snapshots: number;
  incidents: number;
}

const weekdays = (startMinute: number, endMinute: number): ShiftWindow[] =>
  [1, 2, 3, 4, 5].map((day) => ({ day, startMinute, endMinute }));
const HANDOVER = new Date('2026-10-14T22:00:00Z'); // 15 October, 00:00 in Vienna
const ROSTER_START = new Date('2026-01-01T00:00:00Z');

interface PlannedAssignment {
  operator: string;
  from: Date;
  to: Date | null;
  shifts: ShiftWindow[] | null;
}

/** Who runs account `a`: its assignments, and the operators who reply there (the pool). */
function rosterOf(a: number): { assignments: PlannedAssignment[]; pool: string[] } {
  const staff = [0, 1, 2].map((k) => `staff-${String(((a * 2 + k) % 40) + 1).padStart(2, '0')}`);
  const northwind = [0, 1, 2].map((k) => `northwind-${String(((a * 3 + k) % 30) + 1).padStart(2, '0')}`);
  const sunrise = [0, 1].map((k) => `sunrise-${String(((a * 2 + k) % 20) + 1).padStart(2, '0')}`);
  const assign = (
    operators: string[],
    shifts: ShiftWindow[] | null,
    from = ROSTER_START,
    to: Date | null = null,
  ) => operators.map((operator) => ({ operator, from, to, shifts }));
  if (a < 20) {
    // Staff on weekdays 08–20; nights and weekends nobody is on shift: the responder's group counts.
    const trainees = a < 5 ? ['trainee-01'] : [];
    return { assignments: assign(staff, weekdays(8 * 60, 20 * 60)), pool: [...staff, ...trainees] };
  }
  if (a < 35) return { assignments: assign(northwind, null), pool: northwind };
  if (a < 45) {
    // Staff 09–17, the agency 16–23 and all weekend: one overlapping hour with both groups on shift.
    const weekend = [0, 6].map((day) => ({ day, startMinute: 0, endMinute: 24 * 60 }));
    return {
      assignments: [
        ...assign(staff.slice(0, 2), weekdays(9 * 60, 17 * 60)),
        ...assign(sunrise, [...weekdays(16 * 60, 23 * 60), ...weekend]),
      ],
      pool: [...staff.slice(0, 2), ...sunrise],
    };
  }
  // Handed over to the agency on the 15th.
  return {
    assignments: [
      ...assign(staff.slice(0, 2), null, ROSTER_START, HANDOVER),
      ...assign(northwind, null, HANDOVER),
    ],
    pool: [...staff.slice(0, 2), ...northwind],
  };
}

/** Writes the month; returns what it wrote. Runs on one connection (temporary tables). */
export async function generateMetricsMonth(
  runner: QueryRunner,
  options: GeneratorOptions,
): Promise<GeneratedMonth> {
  const { workspaceId: ws, from, to } = options;
  const q = (sql: string, params: unknown[] = []) => runner.query(sql, params);
  // The same data on every run (random() after setseed on this connection; no parallel workers here).
  await q('SELECT setseed(0.2026)');

  const operatorGroups: [string, string | null, number][] = [
    ['staff', 'in_house', 40],
    ['northwind', 'agency:Northwind', 30],
    ['sunrise', 'agency:Sunrise', 20],
    ['trainee', null, 2],
  ];
  await q(
    `INSERT INTO operator (workspace_id, name, sourcing_group)
     SELECT $1, g.prefix || '-' || lpad(n::text, 2, '0'), g.grp
     FROM unnest($2::text[], $3::text[], $4::int[]) AS g(prefix, grp, cnt), generate_series(1, g.cnt) n`,
    [ws, operatorGroups.map((g) => g[0]), operatorGroups.map((g) => g[1]), operatorGroups.map((g) => g[2])],
  );
  await q(
    `INSERT INTO account (workspace_id, platform, handle, external_id, time_zone, business_hours, sla_target_seconds)
     SELECT $1, (ARRAY['x', 'facebook', 'instagram'])[1 + a % 3], 'brand' || lpad(a::text, 2, '0'), 'acc-' || a,
            CASE WHEN a % 2 = 0 THEN 'Europe/Vienna' ELSE 'Europe/Berlin' END, NULL,
            CASE WHEN a % 5 = 0 THEN 7200 ELSE 3600 END
     FROM generate_series(0, $2 - 1) a`,
    [ws, ACCOUNTS],
  );
  await q(
    `CREATE TEMP TABLE bench_account AS
           SELECT substring(external_id FROM 5)::int AS a, id FROM account WHERE workspace_id = $1`,
    [ws],
  );

  const rows = Array.from({ length: ACCOUNTS }, (_, a) => ({ a, ...rosterOf(a) }));
  const assignments = rows.flatMap(({ a, assignments: list }) => list.map((x) => ({ a, ...x })));
  await q(
    `INSERT INTO assignment (workspace_id, account_id, operator_id, valid_from, valid_to, shifts)
     SELECT $1, ba.id, o.id, x.valid_from, x.valid_to, x.shifts
     FROM unnest($2::int[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::jsonb[])
          AS x(a, operator, valid_from, valid_to, shifts)
     JOIN bench_account ba ON ba.a = x.a JOIN operator o ON o.workspace_id = $1 AND o.name = x.operator`,
    [
      ws,
      assignments.map((x) => x.a),
      assignments.map((x) => x.operator),
      assignments.map((x) => x.from),
      assignments.map((x) => x.to),
      assignments.map((x) => (x.shifts ? JSON.stringify(x.shifts) : null)),
    ],
  );
  // Operators who reply on each account, as an array to pick from by index.
  await q(
    `CREATE TEMP TABLE bench_pool AS
     SELECT ba.id AS account_id, array_agg(o.id ORDER BY p.ord) AS slots
     FROM unnest($2::int[], $3::text[]) WITH ORDINALITY AS p(a, operator, ord)
     JOIN bench_account ba ON ba.a = p.a JOIN operator o ON o.workspace_id = $1 AND o.name = p.operator
     GROUP BY ba.id`,
    [ws, rows.flatMap((r) => r.pool.map(() => r.a)), rows.flatMap((r) => r.pool)],
  );

  // Inbound: bigger accounts get more (power law over the account index), 70 % in local daytime.
  await q(
    `INSERT INTO inbound_item (workspace_id, account_id, external_id, kind, author_external_id, created_at, text,
                               actionable, source)
     SELECT $1, ba.id, 'in-' || s.i, CASE WHEN s.u1 < 0.6 THEN 'mention' ELSE 'comment' END,
            'customer-' || floor(s.u2 * 150000)::int,
            $2::timestamptz + make_interval(secs => floor(s.day * 86400 +
              CASE WHEN s.u3 < 0.7 THEN 21600 + s.u4 * 43200 ELSE s.u4 * 86400 END)),
            'Hello, a question about my order number ' || s.i, s.u5 >= 0.04, 'bench'
     FROM (SELECT i, floor(power(random(), 1.6) * $3)::int AS a, floor(random() * 31) AS day,
                  random() u1, random() u2, random() u3, random() u4, random() u5
           FROM generate_series(1, $4::int) i) s
     JOIN bench_account ba ON ba.a = s.a`,
    [ws, from, ACCOUNTS, options.inbound],
  );

  // First replies: 86 % answered, lognormal delays (median 15 min, long tail past 72 h), 0.02 % of them
  // stamped a minute before the question (a data error), 0.1 % deleted later, 3 % with no known operator.
  await q(
    `INSERT INTO outbound_item (workspace_id, account_id, external_id, kind, created_at, text, in_reply_to_external_id,
                                operator_id, attribution_source, source, deleted_at)
     SELECT $1, s.account_id, 'r-' || s.external_id, 'reply', s.replied_at,
            'Thanks for asking, we are on it. ^' || upper(substr(md5(s.external_id), 1, 2)),
            s.external_id, s.operator_id, CASE WHEN s.operator_id IS NULL THEN 'unknown' ELSE 'tool' END, 'bench',
            CASE WHEN s.u6 < 0.001 THEN s.replied_at + interval '10 minutes' END
     FROM (SELECT t.account_id, t.external_id, t.created_at + make_interval(secs =>
                    CASE WHEN t.u5 < 0.0002 THEN -60
                         ELSE greatest(1, round(exp(ln(900) + 1.9 * sqrt(-2 * ln(t.u2)) * cos(2 * pi() * t.u3))))
                    END) AS replied_at,
                  CASE WHEN t.u4 < 0.03 THEN NULL
                       ELSE t.slots[1 + floor(t.u4 * array_length(t.slots, 1))::int] END AS operator_id,
                  t.u1, t.u6
           -- The random draws in a subquery of their own: a volatile target list is evaluated once per row.
           FROM (SELECT i.account_id, i.external_id, i.created_at, p.slots, random() AS u1, 1 - random() AS u2,
                        random() AS u3, random() AS u4, random() AS u5, random() AS u6
                 FROM inbound_item i JOIN bench_pool p ON p.account_id = i.account_id
                 WHERE i.workspace_id = $1) t) s
     WHERE s.u1 < 0.86`,
    [ws],
  );
  // Follow-ups: a second reply in 4 % of threads, an hour after the first (never the first response).
  await q(
    `INSERT INTO outbound_item (workspace_id, account_id, external_id, kind, created_at, text, in_reply_to_external_id,
                                operator_id, attribution_source, source)
     SELECT $1, account_id, 'r2-' || in_reply_to_external_id, 'reply', created_at + interval '1 hour',
            'Anything else we can do?', in_reply_to_external_id, operator_id, attribution_source, 'bench'
     FROM outbound_item WHERE workspace_id = $1 AND kind = 'reply' AND random() < 0.04`,
    [ws],
  );
  // Posts: 3 % reposts of others, 0.3 % deleted five minutes after publication.
  await q(
    `INSERT INTO outbound_item (workspace_id, account_id, external_id, kind, created_at, text, operator_id,
                                attribution_source, source, deleted_at, is_repost_of_other)
     SELECT $1, p.account_id, 'post-' || s.i, 'post', s.at, 'Our news of the day, number ' || s.i,
            p.slots[1 + floor(s.u2 * array_length(p.slots, 1))::int], 'tool', 'bench',
            CASE WHEN s.u3 < 0.003 THEN s.at + interval '5 minutes' END, s.u4 < 0.03
     FROM (SELECT i, floor(random() * $3)::int AS a, random() u2, random() u3, random() u4,
                  $2::timestamptz + make_interval(secs => floor(random() * 31 * 86400)) AS at
           FROM generate_series(1, $4::int) i) s
     JOIN bench_account ba ON ba.a = s.a JOIN bench_pool p ON p.account_id = ba.id`,
    [ws, from, ACCOUNTS, options.posts],
  );
  // Snapshots at 6, 24 and 50 hours (the 50-hour one missing for 10 % of posts, no snapshot at all for 5 %);
  // 1 % of posts report no impressions.
  await q(
    `INSERT INTO engagement_snapshot (workspace_id, outbound_item_id, captured_at, reactions, replies, reposts, quotes,
                                      saves, clicks, impressions, reach, followers)
     SELECT $1, p.id, p.created_at + make_interval(hours => f.hours), floor(p.base * 0.03 * f.share),
            floor(p.base * 0.004 * f.share), floor(p.base * 0.002 * f.share), floor(p.base * 0.0005 * f.share),
            floor(p.base * 0.001 * f.share), floor(p.base * 0.01 * f.share),
            CASE WHEN p.u2 < 0.01 THEN NULL ELSE floor(p.base * f.share) END, floor(p.base * 0.7 * f.share), NULL
     FROM (SELECT id, created_at, 500 + floor(20000 * power(random(), 3)) AS base, random() AS u1, random() AS u2,
                  random() AS u3
           FROM outbound_item WHERE workspace_id = $1 AND kind = 'post' AND NOT is_repost_of_other) p
     CROSS JOIN (VALUES (6, 0.5), (24, 0.85), (50, 1.0)) AS f(hours, share)
     WHERE p.u1 >= 0.05 AND (f.hours < 50 OR p.u3 >= 0.1)`,
    [ws],
  );
  await q(
    `INSERT INTO account_profile_snapshot (workspace_id, account_id, captured_at, followers)
     SELECT $1, ba.id, $2::timestamptz + make_interval(days => d), 10000 + ba.a * 1000 + d * 10
     FROM bench_account ba, generate_series(-1, 31) d`,
    [ws, from],
  );
  // Incidents on 80 random posts and replies: the operator's group frozen, a few dismissed or uncontained.
  await q(
    `INSERT INTO incident (workspace_id, account_id, kind, severity, status, title, occurred_at, detected_at,
                           contained_at, operator_id, sourcing_group)
     SELECT $1, x.account_id,
            (ARRAY['wrong_account', 'offensive_content', 'deleted_quickly', 'off_duty_publication', 'other'])[1 + x.n % 5],
            (ARRAY['low', 'medium', 'high', 'critical'])[1 + (x.n * 7) % 4],
            CASE WHEN x.n % 20 = 0 THEN 'dismissed' WHEN x.n % 3 = 0 THEN 'open' ELSE 'contained' END,
            'Bench incident ' || x.n, x.created_at, x.created_at + interval '12 minutes',
            CASE WHEN x.n % 3 <> 0 THEN x.created_at + interval '40 minutes' END, x.operator_id, o.sourcing_group
     FROM (SELECT o.account_id, o.created_at, o.operator_id, row_number() OVER (ORDER BY r) AS n
           FROM (SELECT *, random() AS r FROM outbound_item WHERE workspace_id = $1 AND created_at < $2) o
           ORDER BY r LIMIT 80) x
     LEFT JOIN operator o ON o.id = x.operator_id`,
    [ws, to],
  );

  const [counts] = await q(
    `SELECT (SELECT count(*) FROM operator WHERE workspace_id = $1)::int AS operators,
            (SELECT count(*) FROM assignment WHERE workspace_id = $1)::int AS assignments,
            (SELECT count(*) FROM inbound_item WHERE workspace_id = $1)::int AS inbound,
            (SELECT count(*) FROM outbound_item WHERE workspace_id = $1)::int AS outbound,
            (SELECT count(*) FROM engagement_snapshot WHERE workspace_id = $1)::int AS snapshots,
            (SELECT count(*) FROM incident WHERE workspace_id = $1)::int AS incidents`,
    [ws],
  );
  await q('DROP TABLE bench_account');
  await q('DROP TABLE bench_pool');
  await q('ANALYZE');
  return { accounts: ACCOUNTS, ...(counts as Omit<GeneratedMonth, 'accounts'>) };
}
