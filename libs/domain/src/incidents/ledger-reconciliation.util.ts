// The incident ledger checked against the audit log: the state the log's entries describe must be the state the
// tables hold. The hash chain proves the log was not edited; this proves the ledger was not edited around it.
import type { LedgerMismatchSummary, StoredAuditEntry } from '../audit/audit.types.js';

/** An incident row, as far as the audit log says anything about it. */
export interface LedgerIncidentRow {
  id: string;
  kind: string;
  severity: string;
  status: string;
  title: string;
  accountId: string | null;
  operatorId: string | null;
  sourcingGroup: string | null;
  occurredAt: Date;
  containedAt: Date | null;
  resolvedAt: Date | null;
}

/** A timeline row (incident_event). */
export interface LedgerEventRow {
  id: string;
  incidentId: string;
  at: Date;
  actor: string;
  type: string;
  body: string | null;
}

/** An evidence row (incident_evidence), with the SHA-256 of the bytes actually stored. */
export interface LedgerEvidenceRow {
  id: string;
  incidentId: string;
  fileName: string;
  sizeBytes: number;
  /** The sha256 column. */
  sha256: string;
  /** SHA-256 of the content column, computed when reconciling. */
  contentSha256: string;
}

export interface LedgerReconciliationInput {
  /** The workspace's audit entries about incidents (entity type `incident`), any order. */
  entries: readonly StoredAuditEntry[];
  incidents: readonly LedgerIncidentRow[];
  events: readonly LedgerEventRow[];
  evidence: readonly LedgerEvidenceRow[];
}

/** One place where the tables do not say what the log says (`field`: `severity`, `timeline`, `evidence <id> content` …). */
export type LedgerMismatch = LedgerMismatchSummary;

/** The fields of an incident row the log determines. */
const FIELDS = [
  'kind',
  'severity',
  'status',
  'title',
  'accountId',
  'operatorId',
  'sourcingGroup',
  'occurredAt',
  'containedAt',
  'resolvedAt',
] as const;
type Field = (typeof FIELDS)[number];

type LoggedState = Record<Field, string | null> & { source: Partial<Record<Field, StoredAuditEntry>> };

interface ExpectedEvent {
  type: string;
  at: string;
  actor: string;
  /** Checked for comments and evidence (the text, the file name); null: not checked. */
  body: string | null;
  entry: StoredAuditEntry;
}

interface ExpectedEvidence {
  id: string;
  fileName: string;
  sizeBytes: number;
  sha256: string;
  entry: StoredAuditEntry;
}

/**
 * The status of an incident a person merged into another (`ledger incidents merge`): it stays in the ledger
 * with its timeline and evidence, and the kept incident carries on. Not one of INCIDENT_STATUSES: nobody sets
 * it through a status change, and a merged incident's status no longer changes.
 */
export const MERGED_STATUS = 'merged';

/**
 * The timeline lines a merge writes, one on each incident: the audit entry (on the kept incident) holds the
 * reason and both ids, and the reconciliation expects exactly these texts, so that the reference to the kept
 * incident on the duplicate's timeline cannot be edited unnoticed.
 */
export function mergeEventBodies(keep: string, duplicate: string, reason: string) {
  return {
    keep: `merged duplicate ${duplicate}: ${reason}`,
    duplicate: `merged into ${keep}: ${reason}`,
  };
}

/** The timeline event each audited action writes with it (IncidentJournal). */
function eventType(entry: StoredAuditEntry): string | null {
  switch (entry.action) {
    case 'incident.created':
      return entry.payload.origin === 'detection' ? 'detected' : 'reported';
    case 'incident.reported_again':
      return 'reported';
    case 'incident.updated':
      return 'updated';
    case 'incident.status_changed':
      return 'status';
    case 'incident.commented':
      return 'comment';
    case 'incident.evidence_added':
      return 'evidence';
    case 'incident.severity_changed':
      return 'severity';
    case 'incident.kind_changed':
      return 'kind';
    case 'incident.merged':
      return 'merged';
    default:
      return null;
  }
}

const str = (value: unknown): string | null =>
  value === undefined || value === null ? null : value instanceof Date ? value.toISOString() : String(value);

/** `to` of a `{from, to}` change in a payload, if there is one. */
const changedTo = (value: unknown): string | null =>
  value && typeof value === 'object' && 'to' in value ? str((value as { to: unknown }).to) : null;

/** Applies one entry to the state the log describes (null before the incident's creation). */
function apply(state: LoggedState | null, entry: StoredAuditEntry): LoggedState | null {
  const p = entry.payload;
  const set = (s: LoggedState, field: Field, value: string | null) => {
    s[field] = value;
    s.source[field] = entry;
  };
  if (entry.action === 'incident.created') {
    const detected = p.origin === 'detection';
    const s = { source: {} } as LoggedState;
    set(s, 'kind', str(p.kind));
    set(s, 'severity', str(p.severity));
    set(s, 'status', detected && p.containedAt ? 'contained' : 'open');
    set(s, 'title', str(p.title));
    set(s, 'accountId', str(p.accountId));
    set(s, 'operatorId', str(p.operatorId));
    set(s, 'sourcingGroup', str(p.sourcingGroup));
    set(s, 'occurredAt', str(p.occurredAt));
    set(s, 'containedAt', detected ? str(p.containedAt) : null);
    set(s, 'resolvedAt', null);
    return s;
  }
  if (!state) return state;
  switch (entry.action) {
    case 'incident.updated': {
      if (p.kind !== undefined) set(state, 'kind', str(p.kind));
      if (p.severity !== undefined) set(state, 'severity', str(p.severity));
      const containedAt = str(p.containedAt);
      // Entries written before the status was recorded: detection contained an open incident it saw deleted.
      const status =
        p.status !== undefined
          ? str(p.status)
          : containedAt && !state.containedAt && state.status === 'open'
            ? 'contained'
            : null;
      if (status && status !== state.status) set(state, 'status', status);
      if (containedAt && containedAt !== state.containedAt) set(state, 'containedAt', containedAt);
      return state;
    }
    case 'incident.status_changed': {
      const to = str(p.to);
      set(state, 'status', to);
      if (p.containedAt) set(state, 'containedAt', str(p.containedAt));
      if (to === 'resolved') set(state, 'resolvedAt', str(p.resolvedAt));
      if (to === 'open') set(state, 'resolvedAt', null);
      return state;
    }
    case 'incident.reported_again': {
      const raised = changedTo(p.raisedSeverity);
      if (raised) set(state, 'severity', raised);
      return state;
    }
    case 'incident.severity_changed':
      set(state, 'severity', str(p.to));
      return state;
    case 'incident.kind_changed':
      set(state, 'kind', str(p.to));
      return state;
    case 'incident.merged': {
      // On the kept incident: its severity raised to the duplicate's, if that was higher.
      const raised = changedTo(p.raisedSeverity);
      if (raised) set(state, 'severity', raised);
      return state;
    }
    default:
      return state;
  }
}

function mismatch(
  incidentId: string,
  field: string,
  log: string,
  table: string,
  entry: StoredAuditEntry | null,
): LedgerMismatch {
  const where = entry ? ` (entry #${entry.seq})` : '';
  return {
    incidentId,
    field,
    log,
    table,
    entrySeq: entry?.seq ?? null,
    entryId: entry?.id ?? null,
    message: `incident ${incidentId}: ${field}: log says ${log}${where}, table says ${table}`,
  };
}

const shown = (value: string | null) => (value === null ? 'nothing' : value);
const eventText = (e: { type: string; at: string; actor: string; body: string | null }) =>
  `${e.type} at ${e.at} by ${e.actor}${e.body !== null ? ` "${e.body}"` : ''}`;

/**
 * Compares what the audit log says about each incident with what the incident tables hold: the incident's
 * kind, severity, status, title, account, operator, group and times as its entries leave them; one timeline
 * event per entry (type, time, actor, and the text of comments); one evidence row per evidence entry, whose
 * name, size, sha256 column and stored bytes all match the SHA-256 the entry recorded. Incidents the log
 * does not know, and rows no entry accounts for, are named too. Returns every mismatch; none: they agree.
 */
export function reconcileIncidentLedger(input: LedgerReconciliationInput): LedgerMismatch[] {
  const entries = [...input.entries].filter((e) => e.entityId).sort((a, b) => a.seq - b.seq);
  const logged = new Map<string, LoggedState | null>();
  const expectedEvents = new Map<string, ExpectedEvent[]>();
  const expectedEvidence = new Map<string, ExpectedEvidence[]>();
  const firstEntry = new Map<string, StoredAuditEntry>();
  for (const entry of entries) {
    const id = entry.entityId as string;
    if (!firstEntry.has(id)) firstEntry.set(id, entry);
    logged.set(id, apply(logged.get(id) ?? null, entry));
    const type = eventType(entry);
    if (entry.action === 'incident.merged') expectMergedDuplicate(entry, logged, expectedEvents);
    if (type) {
      const body =
        type === 'comment'
          ? str(entry.payload.text)
          : type === 'evidence'
            ? str(entry.payload.fileName)
            : type === 'merged'
              ? mergeEventBodies(id, String(entry.payload.duplicate), String(entry.payload.reason)).keep
              : null;
      const list = expectedEvents.get(id) ?? [];
      list.push({ type, at: entry.occurredAt.toISOString(), actor: entry.actor, body, entry });
      expectedEvents.set(id, list);
    }
    if (entry.action === 'incident.evidence_added') {
      const list = expectedEvidence.get(id) ?? [];
      list.push({
        id: String(entry.payload.evidenceId),
        fileName: String(entry.payload.fileName),
        sizeBytes: Number(entry.payload.sizeBytes),
        sha256: String(entry.payload.sha256),
        entry,
      });
      expectedEvidence.set(id, list);
    }
  }

  const rowsById = new Map(input.incidents.map((i) => [i.id, i]));
  const ids = [...new Set([...logged.keys(), ...rowsById.keys()])].sort();
  const out: LedgerMismatch[] = [];
  for (const id of ids) {
    const row = rowsById.get(id);
    const state = logged.get(id) ?? null;
    if (!row) {
      out.push(mismatch(id, 'incident', 'it exists', 'no such row', firstEntry.get(id) ?? null));
      continue;
    }
    if (!state) {
      const what = logged.has(id) ? 'changes but no creation' : 'no entry';
      out.push(mismatch(id, 'incident', what, 'a row', firstEntry.get(id) ?? null));
      continue;
    }
    for (const field of FIELDS) {
      const table = str(row[field]);
      if (table !== state[field])
        out.push(mismatch(id, field, shown(state[field]), shown(table), state.source[field] ?? null));
    }
    out.push(...reconcileEvents(id, expectedEvents.get(id) ?? [], input.events));
    out.push(...reconcileEvidence(id, expectedEvidence.get(id) ?? [], input.evidence));
  }
  return out;
}

/**
 * The one `incident.merged` entry (about the kept incident) also says what became of the duplicate: status
 * merged and a `merged_into` event naming the kept incident. Only when the duplicate's own entries were read
 * (its creation came first in the chain): `incidents show` of the kept incident alone does not judge it.
 */
function expectMergedDuplicate(
  entry: StoredAuditEntry,
  logged: Map<string, LoggedState | null>,
  expectedEvents: Map<string, ExpectedEvent[]>,
): void {
  const duplicate = str(entry.payload.duplicate);
  const state = duplicate ? logged.get(duplicate) : null;
  if (!duplicate || !state) return;
  state.status = MERGED_STATUS;
  state.source.status = entry;
  const list = expectedEvents.get(duplicate) ?? [];
  list.push({
    type: 'merged_into',
    at: entry.occurredAt.toISOString(),
    actor: entry.actor,
    body: mergeEventBodies(String(entry.entityId), duplicate, String(entry.payload.reason)).duplicate,
    entry,
  });
  expectedEvents.set(duplicate, list);
}

function reconcileEvents(
  incidentId: string,
  expected: readonly ExpectedEvent[],
  events: readonly LedgerEventRow[],
): LedgerMismatch[] {
  const out: LedgerMismatch[] = [];
  const left = events
    .filter((e) => e.incidentId === incidentId)
    .map((e) => ({ type: e.type, at: e.at.toISOString(), actor: e.actor, body: e.body, id: e.id }));
  for (const want of expected) {
    const i = left.findIndex((e) => e.type === want.type && e.at === want.at && e.actor === want.actor);
    if (i < 0) {
      out.push(mismatch(incidentId, 'timeline', eventText(want), 'no such event', want.entry));
      continue;
    }
    const [found] = left.splice(i, 1);
    if (want.body !== null && found.body !== want.body)
      out.push(
        mismatch(
          incidentId,
          `timeline ${want.type} ${found.id}`,
          `"${want.body}"`,
          `"${shown(found.body)}"`,
          want.entry,
        ),
      );
  }
  for (const extra of left)
    out.push(mismatch(incidentId, `timeline event ${extra.id}`, 'no such event', eventText(extra), null));
  return out;
}

function reconcileEvidence(
  incidentId: string,
  expected: readonly ExpectedEvidence[],
  evidence: readonly LedgerEvidenceRow[],
): LedgerMismatch[] {
  const out: LedgerMismatch[] = [];
  const rows = new Map(evidence.filter((e) => e.incidentId === incidentId).map((e) => [e.id, e]));
  for (const want of expected) {
    const row = rows.get(want.id);
    rows.delete(want.id);
    const field = `evidence ${want.id}`;
    if (!row) {
      out.push(
        mismatch(incidentId, field, `${want.fileName} sha256 ${want.sha256}`, 'no such file', want.entry),
      );
      continue;
    }
    if (row.fileName !== want.fileName)
      out.push(mismatch(incidentId, `${field} file name`, want.fileName, row.fileName, want.entry));
    if (row.sizeBytes !== want.sizeBytes)
      out.push(
        mismatch(
          incidentId,
          `${field} size`,
          `${want.sizeBytes} bytes`,
          `${row.sizeBytes} bytes`,
          want.entry,
        ),
      );
    if (row.sha256 !== want.sha256)
      out.push(mismatch(incidentId, `${field} sha256`, want.sha256, row.sha256, want.entry));
    if (row.contentSha256 !== want.sha256)
      out.push(
        mismatch(
          incidentId,
          `${field} content`,
          `sha256 ${want.sha256}`,
          `bytes hashing to ${row.contentSha256}`,
          want.entry,
        ),
      );
  }
  for (const extra of rows.values())
    out.push(
      mismatch(
        incidentId,
        `evidence ${extra.id}`,
        'no such file',
        `${extra.fileName} sha256 ${extra.sha256}`,
        null,
      ),
    );
  return out;
}
