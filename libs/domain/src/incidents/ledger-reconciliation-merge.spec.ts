// A merge as the reconciliation reads it: one entry about the kept incident that also says what became of the
// duplicate (status merged, a merged_into event naming the kept incident).
import { chainAuditEntry } from '../audit/audit-chain.util.js';
import type { StoredAuditEntry } from '../audit/audit.types.js';
import {
  mergeEventBodies,
  reconcileIncidentLedger,
  type LedgerEventRow,
  type LedgerIncidentRow,
} from './ledger-reconciliation.util.js';

const WS = '6f2c1e0a-0000-4000-8000-000000000001';
const KEEP = '00000000-0000-4000-8000-00000000000a';
const DUP = '00000000-0000-4000-8000-00000000000b';
const at = (minute: number) => new Date(Date.UTC(2026, 2, 9, 22, minute));

function merged() {
  const entries: StoredAuditEntry[] = [];
  const events: LedgerEventRow[] = [];
  const event = (incidentId: string, minute: number, type: string, body: string | null) =>
    events.push({ id: String(events.length + 1), incidentId, at: at(minute), actor: 'cli:a', type, body });
  const entry = (minute: number, action: string, entityId: string, payload: Record<string, unknown>) => {
    const head = entries.at(-1);
    const e = chainAuditEntry(head ? { seq: head.seq, hash: head.hash } : null, {
      workspaceId: WS,
      occurredAt: at(minute),
      actor: 'cli:a',
      action,
      entityType: 'incident',
      entityId,
      payload: JSON.parse(JSON.stringify(payload)) as Record<string, unknown>,
    });
    entries.push({ ...e, id: String(100 + e.seq) });
  };
  const created = (id: string, minute: number, severity: string) => {
    entry(minute, 'incident.created', id, {
      origin: 'manual',
      kind: 'other',
      severity,
      title: id,
      occurredAt: at(0),
      accountId: null,
      operatorId: null,
      sourcingGroup: null,
    });
    event(id, minute, 'reported', null);
  };
  created(KEEP, 1, 'low');
  created(DUP, 2, 'high');
  const bodies = mergeEventBodies(KEEP, DUP, 'same post');
  event(DUP, 3, 'merged_into', bodies.duplicate);
  entry(3, 'incident.merged', KEEP, {
    keep: KEEP,
    duplicate: DUP,
    reason: 'same post',
    raisedSeverity: { from: 'low', to: 'high' },
  });
  event(KEEP, 3, 'merged', bodies.keep);
  const row = (id: string, severity: string, status: string): LedgerIncidentRow => ({
    id,
    kind: 'other',
    severity,
    status,
    title: id,
    accountId: null,
    operatorId: null,
    sourcingGroup: null,
    occurredAt: at(0),
    containedAt: null,
    resolvedAt: null,
  });
  return {
    entries,
    events,
    incidents: [row(KEEP, 'high', 'open'), row(DUP, 'high', 'merged')],
    evidence: [],
  };
}

describe('reconciling a merge', () => {
  test('the rows as the merge left them agree with its one entry', () => {
    expect(reconcileIncidentLedger(merged())).toEqual([]);
  });

  test('the duplicate reopened, its reference edited, the kept severity lowered: each named', () => {
    const input = merged();
    input.incidents[1].status = 'open';
    input.incidents[0].severity = 'low';
    const ref = input.events.find((e) => e.type === 'merged_into')!;
    ref.body = `merged into 00000000-0000-4000-8000-00000000000c: same post`;
    const messages = reconcileIncidentLedger(input).map((m) => m.message);
    expect(messages).toEqual([
      `incident ${KEEP}: severity: log says high (entry #3), table says low`,
      `incident ${DUP}: status: log says merged (entry #3), table says open`,
      `incident ${DUP}: timeline merged_into ${ref.id}: log says "merged into ${KEEP}: same post" (entry #3), ` +
        `table says "merged into 00000000-0000-4000-8000-00000000000c: same post"`,
    ]);
  });

  test('a merged_into event deleted, or a status merged no entry explains: named', () => {
    const input = merged();
    input.events = input.events.filter((e) => e.type !== 'merged_into');
    expect(reconcileIncidentLedger(input).map((m) => m.field)).toEqual(['timeline']);
    const forged = merged();
    forged.entries = forged.entries.filter((e) => e.action !== 'incident.merged');
    forged.events = forged.events.filter((e) => !e.type.startsWith('merged'));
    expect(reconcileIncidentLedger(forged).map((m) => m.message)).toEqual([
      `incident ${KEEP}: severity: log says low (entry #1), table says high`,
      `incident ${DUP}: status: log says open (entry #2), table says merged`,
    ]);
  });
});
