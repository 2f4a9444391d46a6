import { createHash } from 'node:crypto';
import { chainAuditEntry } from '../audit/audit-chain.util.js';
import type { StoredAuditEntry } from '../audit/audit.types.js';
import {
  reconcileIncidentLedger,
  type LedgerEventRow,
  type LedgerEvidenceRow,
  type LedgerIncidentRow,
} from './ledger-reconciliation.util.js';

const WS = '6f2c1e0a-0000-4000-8000-000000000001';
const ID = '00000000-0000-4000-8000-00000000000a';
const BYTES = Buffer.from('screenshot bytes');
const SHA = createHash('sha256').update(BYTES).digest('hex');
const at = (minute: number) => new Date(Date.UTC(2026, 2, 9, 22, minute));

/**
 * A manual incident as the ledger writes it: reported critical/agency, contained, a comment, an evidence file,
 * raised by a joining report and then lowered by a person. The entries and the rows say the same thing.
 */
function ledger() {
  const entries: StoredAuditEntry[] = [];
  const events: LedgerEventRow[] = [];
  const write = (
    minute: number,
    action: string,
    type: string,
    payload: Record<string, unknown>,
    body: string | null = null,
  ) => {
    const head = entries.at(-1);
    const entry = chainAuditEntry(head ? { seq: head.seq, hash: head.hash } : null, {
      workspaceId: WS,
      occurredAt: at(minute),
      actor: 'cli:auditor',
      action,
      entityType: 'incident',
      entityId: ID,
      payload: JSON.parse(JSON.stringify(payload)) as Record<string, unknown>,
    });
    entries.push({ ...entry, id: String(100 + entry.seq) });
    events.push({
      id: String(events.length + 1),
      incidentId: ID,
      at: at(minute),
      actor: 'cli:auditor',
      type,
      body,
    });
  };
  write(0, 'incident.created', 'reported', {
    origin: 'manual',
    kind: 'data_leak',
    severity: 'high',
    title: 'Order number in a public reply',
    occurredAt: at(0),
    accountId: 'acc-1',
    operatorId: 'op-1',
    sourcingGroup: 'agency',
  });
  write(1, 'incident.reported_again', 'reported', {
    origin: 'manual',
    severity: 'critical',
    raisedSeverity: { from: 'high', to: 'critical' },
  });
  write(2, 'incident.status_changed', 'status', {
    from: 'open',
    to: 'contained',
    containedAt: at(2),
    resolvedAt: null,
  });
  write(
    3,
    'incident.commented',
    'comment',
    { text: 'Agency confirmed the mix-up' },
    'Agency confirmed the mix-up',
  );
  write(
    4,
    'incident.evidence_added',
    'evidence',
    {
      evidenceId: 'ev-1',
      fileName: 'shot.png',
      mediaType: 'image/png',
      sizeBytes: BYTES.length,
      sha256: SHA,
    },
    'shot.png',
  );
  write(5, 'incident.kind_changed', 'kind', { from: 'data_leak', to: 'wrong_account', reason: 'not a leak' });
  const incident: LedgerIncidentRow = {
    id: ID,
    kind: 'wrong_account',
    severity: 'critical',
    status: 'contained',
    title: 'Order number in a public reply',
    accountId: 'acc-1',
    operatorId: 'op-1',
    sourcingGroup: 'agency',
    occurredAt: at(0),
    containedAt: at(2),
    resolvedAt: null,
  };
  const evidence: LedgerEvidenceRow[] = [
    {
      id: 'ev-1',
      incidentId: ID,
      fileName: 'shot.png',
      sizeBytes: BYTES.length,
      sha256: SHA,
      contentSha256: SHA,
    },
  ];
  return { entries, incidents: [incident], events, evidence };
}

describe('reconciling the incident ledger with the audit log', () => {
  test('a ledger written through the journal agrees with its log', () => {
    expect(reconcileIncidentLedger(ledger())).toEqual([]);
  });

  test('a severity and group changed in the table: each field is named with both values and its entry', () => {
    const input = ledger();
    input.incidents[0] = { ...input.incidents[0], severity: 'low', sourcingGroup: 'in_house' };
    const found = reconcileIncidentLedger(input);
    expect(found.map((m) => m.message)).toEqual([
      `incident ${ID}: severity: log says critical (entry #2), table says low`,
      `incident ${ID}: sourcingGroup: log says agency (entry #1), table says in_house`,
    ]);
    expect(found[0]).toMatchObject({
      field: 'severity',
      log: 'critical',
      table: 'low',
      entrySeq: 2,
      entryId: '102',
    });
  });

  test('evidence bytes replaced together with their sha256 column: both the column and the bytes are named', () => {
    const input = ledger();
    input.evidence[0] = { ...input.evidence[0], sha256: 'f'.repeat(64), contentSha256: 'f'.repeat(64) };
    expect(reconcileIncidentLedger(input).map((m) => m.field)).toEqual([
      'evidence ev-1 sha256',
      'evidence ev-1 content',
    ]);
  });

  test('only the bytes replaced: the content is named, with the hash the log recorded', () => {
    const input = ledger();
    input.evidence[0] = { ...input.evidence[0], contentSha256: '0'.repeat(64) };
    expect(reconcileIncidentLedger(input)).toEqual([
      expect.objectContaining({
        field: 'evidence ev-1 content',
        log: `sha256 ${SHA}`,
        table: `bytes hashing to ${'0'.repeat(64)}`,
        entrySeq: 5,
      }),
    ]);
  });

  test('a deleted comment, an edited comment and an event nobody logged', () => {
    const deleted = ledger();
    deleted.events = deleted.events.filter((e) => e.type !== 'comment');
    expect(reconcileIncidentLedger(deleted)).toEqual([
      expect.objectContaining({
        field: 'timeline',
        log: 'comment at 2026-03-09T22:03:00.000Z by cli:auditor "Agency confirmed the mix-up"',
        table: 'no such event',
      }),
    ]);
    const edited = ledger();
    edited.events = edited.events.map((e) => (e.type === 'comment' ? { ...e, body: 'all fine' } : e));
    expect(reconcileIncidentLedger(edited)).toEqual([
      expect.objectContaining({
        field: 'timeline comment 4',
        log: '"Agency confirmed the mix-up"',
        table: '"all fine"',
      }),
    ]);
    const added = ledger();
    added.events.push({
      id: '99',
      incidentId: ID,
      at: at(9),
      actor: 'forger',
      type: 'comment',
      body: 'backdated',
    });
    expect(reconcileIncidentLedger(added)).toEqual([
      expect.objectContaining({ field: 'timeline event 99', log: 'no such event' }),
    ]);
  });

  test('an incident the log does not know, and one whose row is gone', () => {
    const input = ledger();
    const other = { ...input.incidents[0], id: '00000000-0000-4000-8000-00000000000b' };
    expect(reconcileIncidentLedger({ ...input, incidents: [...input.incidents, other] })).toEqual([
      expect.objectContaining({ incidentId: other.id, field: 'incident', log: 'no entry', table: 'a row' }),
    ]);
    expect(reconcileIncidentLedger({ ...input, incidents: [], events: [], evidence: [] })).toEqual([
      expect.objectContaining({
        incidentId: ID,
        field: 'incident',
        log: 'it exists',
        table: 'no such row',
        entrySeq: 1,
      }),
    ]);
  });

  test('detection: created contained, then updated (severity, status written by older entries or explicitly)', () => {
    const created = chainAuditEntry(null, {
      workspaceId: WS,
      occurredAt: at(0),
      actor: 'detection',
      action: 'incident.created',
      entityType: 'incident',
      entityId: ID,
      payload: {
        origin: 'detection',
        kind: 'deleted_quickly',
        severity: 'high',
        title: 'Deleted 20 minutes after publication',
        occurredAt: at(0).toISOString(),
        containedAt: null,
        accountId: 'acc-1',
        operatorId: null,
        sourcingGroup: null,
      },
    });
    const updated = chainAuditEntry(created, {
      workspaceId: WS,
      occurredAt: at(30),
      actor: 'detection',
      action: 'incident.updated',
      entityType: 'incident',
      entityId: ID,
      // Written before the applied status was recorded: an open incident seen deleted becomes contained.
      payload: {
        origin: 'detection',
        kind: 'content',
        severity: 'critical',
        containedAt: at(20).toISOString(),
      },
    });
    const row: LedgerIncidentRow = {
      id: ID,
      kind: 'content',
      severity: 'critical',
      status: 'contained',
      title: 'Deleted 20 minutes after publication',
      accountId: 'acc-1',
      operatorId: null,
      sourcingGroup: null,
      occurredAt: at(0),
      containedAt: at(20),
      resolvedAt: null,
    };
    const events: LedgerEventRow[] = [
      {
        id: '1',
        incidentId: ID,
        at: at(0),
        actor: 'detection',
        type: 'detected',
        body: 'detected by content',
      },
      {
        id: '2',
        incidentId: ID,
        at: at(30),
        actor: 'detection',
        type: 'updated',
        body: 'severity high → critical',
      },
    ];
    const entries = [
      { ...created, id: '1' },
      { ...updated, id: '2' },
    ];
    expect(reconcileIncidentLedger({ entries, incidents: [row], events, evidence: [] })).toEqual([]);
    expect(
      reconcileIncidentLedger({ entries, incidents: [{ ...row, status: 'open' }], events, evidence: [] }),
    ).toEqual([expect.objectContaining({ field: 'status', log: 'contained', table: 'open', entrySeq: 2 })]);
  });
});
