import type { DataSource } from 'typeorm';
import type { PageOf, PageRequest } from '../repositories/page.util.js';
import { rows, type Queryable } from './queryable.util.js';

/** An incident as the ledger shows it, with the account's handle and the operator's name. */
export interface IncidentView {
  id: string;
  workspaceId: string;
  accountId: string | null;
  accountHandle: string | null;
  kind: string;
  severity: string;
  status: string;
  title: string;
  description: string | null;
  occurredAt: Date;
  detectedAt: Date;
  containedAt: Date | null;
  resolvedAt: Date | null;
  operatorId: string | null;
  operatorName: string | null;
  sourcingGroup: string | null;
  subjectKey: string | null;
  rules: string[];
  hits: Record<string, unknown>[];
  windowFrom: Date | null;
  windowTo: Date | null;
  evidence: Record<string, unknown>;
  reportedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** The columns a new incident is written with. */
export type NewIncident = Omit<
  IncidentView,
  'id' | 'accountHandle' | 'operatorName' | 'createdAt' | 'updatedAt' | 'resolvedAt'
>;

/** The columns detection or a person may change; the rest is history. */
export type IncidentChange = Partial<
  Pick<
    IncidentView,
    | 'kind'
    | 'severity'
    | 'status'
    | 'containedAt'
    | 'resolvedAt'
    | 'rules'
    | 'hits'
    | 'windowFrom'
    | 'windowTo'
  >
>;

export interface IncidentFilter {
  /** Incidents that occurred in [from, to). */
  from?: Date;
  to?: Date;
  statuses?: string[];
  kinds?: string[];
  accountIds?: string[];
  severities?: string[];
  limit?: number;
}

/** The filter as SQL over `i` ($1 = workspace, $2 … $7 = the filter's values). */
const FILTER = `
  WHERE i.workspace_id = $1
    AND ($2::timestamptz IS NULL OR i.occurred_at >= $2)
    AND ($3::timestamptz IS NULL OR i.occurred_at < $3)
    AND ($4::text[] IS NULL OR i.status = ANY($4))
    AND ($5::text[] IS NULL OR i.kind = ANY($5))
    AND ($6::uuid[] IS NULL OR i.account_id = ANY($6))
    AND ($7::text[] IS NULL OR i.severity = ANY($7))`;

function filterParams(workspaceId: string, filter: IncidentFilter): unknown[] {
  return [
    workspaceId,
    filter.from ?? null,
    filter.to ?? null,
    filter.statuses ?? null,
    filter.kinds ?? null,
    filter.accountIds ?? null,
    filter.severities ?? null,
  ];
}

const SELECT = `
  SELECT i.*, a.handle AS account_handle, o.name AS operator_name
  FROM incident i
  LEFT JOIN account a ON a.id = i.account_id
  LEFT JOIN operator o ON o.id = i.operator_id`;

/** Incidents: the ledger's rows. Timeline and evidence are in IncidentTimelineRepository. */
export class IncidentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(incident: NewIncident, q: Queryable = this.dataSource): Promise<string> {
    const [row] = await rows<{ id: string }>(
      q,
      `INSERT INTO incident
         (workspace_id, account_id, kind, severity, status, title, description, occurred_at, detected_at,
          contained_at, operator_id, sourcing_group, subject_key, rules, hits, window_from, window_to,
          evidence, reported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
       RETURNING id`,
      [
        incident.workspaceId,
        incident.accountId,
        incident.kind,
        incident.severity,
        incident.status,
        incident.title,
        incident.description,
        incident.occurredAt,
        incident.detectedAt,
        incident.containedAt,
        incident.operatorId,
        incident.sourcingGroup,
        incident.subjectKey,
        JSON.stringify(incident.rules),
        JSON.stringify(incident.hits),
        incident.windowFrom,
        incident.windowTo,
        JSON.stringify(incident.evidence),
        incident.reportedBy,
      ],
    );
    return row.id;
  }

  /** Changes the given columns (and updated_at); the others are left as they are. */
  async update(id: string, change: IncidentChange, at: Date, q: Queryable = this.dataSource): Promise<void> {
    const columns: Record<keyof IncidentChange, string> = {
      kind: 'kind',
      severity: 'severity',
      status: 'status',
      containedAt: 'contained_at',
      resolvedAt: 'resolved_at',
      rules: 'rules',
      hits: 'hits',
      windowFrom: 'window_from',
      windowTo: 'window_to',
    };
    const sets: string[] = [];
    const values: unknown[] = [id, at];
    for (const [key, value] of Object.entries(change) as [keyof IncidentChange, unknown][]) {
      if (value === undefined) continue;
      values.push(key === 'rules' || key === 'hits' ? JSON.stringify(value) : value);
      sets.push(`${columns[key]} = $${values.length}`);
    }
    await q.query(`UPDATE incident SET ${[...sets, 'updated_at = $2'].join(', ')} WHERE id = $1`, values);
  }

  /** Incidents that detection may merge into: the given subjects, and windows overlapping [from, to]. */
  async findForMerge(
    workspaceId: string,
    subjectKeys: string[],
    from: Date,
    to: Date,
    q: Queryable = this.dataSource,
  ): Promise<IncidentView[]> {
    const list = await rows<Record<string, unknown>>(
      q,
      `${SELECT}
       WHERE i.workspace_id = $1
         AND (i.subject_key = ANY($2::text[])
              OR (i.window_from IS NOT NULL AND i.window_from <= $4 AND i.window_to >= $3))`,
      [workspaceId, subjectKeys, from, to],
    );
    return list.map(toView);
  }

  /**
   * Locks the incident's row until the transaction ends and reads it: a person's change and a detection run
   * that race each other are serialised, and the second one reads what the first one wrote.
   */
  async lockForChange(workspaceId: string, id: string, q: Queryable): Promise<IncidentView | null> {
    const [locked] = await rows<{ id: string }>(
      q,
      `SELECT id FROM incident WHERE workspace_id = $1 AND id = $2 FOR UPDATE`,
      [workspaceId, id],
    );
    return locked ? this.findById(workspaceId, id, q) : null;
  }

  /**
   * Incidents (of the given ids) whose severity or kind a person set (`severity` / `kind` timeline events):
   * detection leaves those fields as the person chose.
   */
  async setByPerson(
    incidentIds: string[],
    q: Queryable = this.dataSource,
  ): Promise<Map<string, { severity: boolean; kind: boolean }>> {
    const found = await rows<{ incident_id: string; severity: boolean; kind: boolean }>(
      q,
      `SELECT incident_id, bool_or(type = 'severity') AS severity, bool_or(type = 'kind') AS kind
       FROM incident_event WHERE incident_id = ANY($1::uuid[]) AND type IN ('severity', 'kind')
       GROUP BY incident_id`,
      [incidentIds],
    );
    return new Map(found.map((r) => [r.incident_id, { severity: r.severity, kind: r.kind }]));
  }

  /**
   * Where each of the given merged incidents went: the kept incident its `merged_into` event names (written
   * with the merge, append-only). Incidents not merged are absent from the map.
   */
  async mergedInto(incidentIds: string[], q: Queryable = this.dataSource): Promise<Map<string, string>> {
    if (incidentIds.length === 0) return new Map();
    const found = await rows<{ incident_id: string; into: string }>(
      q,
      `SELECT incident_id, details->>'into' AS into FROM incident_event
       WHERE incident_id = ANY($1::uuid[]) AND type = 'merged_into'`,
      [incidentIds],
    );
    return new Map(found.map((r) => [r.incident_id, r.into]));
  }

  /** Whether the account has published the item with this platform id (a report may only name a real one). */
  async publishedItemExists(
    workspaceId: string,
    accountId: string,
    externalId: string,
    q: Queryable = this.dataSource,
  ): Promise<boolean> {
    const found = await rows<{ one: number }>(
      q,
      `SELECT 1 AS one FROM outbound_item WHERE workspace_id = $1 AND account_id = $2 AND external_id = $3 LIMIT 1`,
      [workspaceId, accountId, externalId],
    );
    return found.length > 0;
  }

  async findById(
    workspaceId: string,
    id: string,
    q: Queryable = this.dataSource,
  ): Promise<IncidentView | null> {
    const [row] = await rows<Record<string, unknown>>(
      q,
      `${SELECT} WHERE i.workspace_id = $1 AND i.id = $2`,
      [workspaceId, id],
    );
    return row ? toView(row) : null;
  }

  /** Incidents whose id starts with `prefix` (people type the first characters of a UUID). */
  async findByIdPrefix(workspaceId: string, prefix: string): Promise<IncidentView[]> {
    if (!/^[0-9a-f-]{4,36}$/i.test(prefix)) return [];
    const list = await rows<Record<string, unknown>>(
      this.dataSource,
      `${SELECT} WHERE i.workspace_id = $1 AND i.id::text LIKE $2 ORDER BY i.occurred_at LIMIT 10`,
      [workspaceId, `${prefix.toLowerCase()}%`],
    );
    return list.map(toView);
  }

  async list(workspaceId: string, filter: IncidentFilter = {}): Promise<IncidentView[]> {
    const list = await rows<Record<string, unknown>>(
      this.dataSource,
      `${SELECT} ${FILTER} ORDER BY i.occurred_at, i.id LIMIT $8`,
      [...filterParams(workspaceId, filter), filter.limit ?? 100_000],
    );
    return list.map(toView);
  }

  /** The kinds the workspace's incidents have, for the register's filter. */
  async kinds(workspaceId: string): Promise<string[]> {
    const list = await rows<{ kind: string }>(
      this.dataSource,
      'SELECT DISTINCT kind FROM incident WHERE workspace_id = $1 ORDER BY kind',
      [workspaceId],
    );
    return list.map((r) => r.kind);
  }

  /** One page of the register, newest first (the register is read from the latest incident backwards). */
  async page(workspaceId: string, filter: IncidentFilter, page: PageRequest): Promise<PageOf<IncidentView>> {
    const params = filterParams(workspaceId, filter);
    const [{ total }] = await rows<{ total: number }>(
      this.dataSource,
      `SELECT count(*)::int AS total FROM incident i ${FILTER}`,
      params,
    );
    const list = await rows<Record<string, unknown>>(
      this.dataSource,
      `${SELECT} ${FILTER} ORDER BY i.occurred_at DESC, i.id DESC LIMIT $8 OFFSET $9`,
      [...params, page.limit, page.offset],
    );
    return { rows: list.map(toView), total };
  }
}

function toView(r: Record<string, unknown>): IncidentView {
  return {
    id: r.id as string,
    workspaceId: r.workspace_id as string,
    accountId: (r.account_id as string | null) ?? null,
    accountHandle: (r.account_handle as string | null) ?? null,
    kind: r.kind as string,
    severity: r.severity as string,
    status: r.status as string,
    title: r.title as string,
    description: (r.description as string | null) ?? null,
    occurredAt: r.occurred_at as Date,
    detectedAt: r.detected_at as Date,
    containedAt: (r.contained_at as Date | null) ?? null,
    resolvedAt: (r.resolved_at as Date | null) ?? null,
    operatorId: (r.operator_id as string | null) ?? null,
    operatorName: (r.operator_name as string | null) ?? null,
    sourcingGroup: (r.sourcing_group as string | null) ?? null,
    subjectKey: (r.subject_key as string | null) ?? null,
    rules: (r.rules as string[]) ?? [],
    hits: (r.hits as Record<string, unknown>[]) ?? [],
    windowFrom: (r.window_from as Date | null) ?? null,
    windowTo: (r.window_to as Date | null) ?? null,
    evidence: (r.evidence as Record<string, unknown>) ?? {},
    reportedBy: (r.reported_by as string | null) ?? null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}
