import { createHash } from 'node:crypto';
import type { StoredAuditEntry } from './audit.types.js';
import { auditCanonicalForm, chainAuditEntry, hashAuditEntry, verifyAuditChain } from './audit-chain.util.js';

const WS = '6f2c1e0a-0000-4000-8000-000000000001';

function buildChain(n: number): StoredAuditEntry[] {
  const entries: StoredAuditEntry[] = [];
  for (let i = 0; i < n; i += 1) {
    const head = entries.at(-1) ?? null;
    const next = chainAuditEntry(head && { seq: head.seq, hash: head.hash }, {
      workspaceId: WS,
      occurredAt: new Date(Date.UTC(2026, 2, 1, 12, i)),
      actor: 'cli:auditor',
      action: i === 0 ? 'import.completed' : 'incident.created',
      entityType: i === 0 ? 'collection_run' : 'incident',
      entityId: `e${i}`,
      payload: { index: i, nested: { z: 'last', a: 'first' } },
    });
    entries.push({ ...next, id: String(100 + i) });
  }
  return entries;
}

describe('the audit hash chain', () => {
  test('hashes the documented canonical form with SHA-256', () => {
    const [first] = buildChain(1);
    expect(auditCanonicalForm(first)).toBe(
      '{"action":"import.completed","actor":"cli:auditor","entityId":"e0","entityType":"collection_run",' +
        '"occurredAt":"2026-03-01T12:00:00.000Z","payload":{"index":0,"nested":{"a":"first","z":"last"}},' +
        `"prevHash":null,"seq":1,"v":1,"workspaceId":"${WS}"}`,
    );
    expect(first.hash).toBe(createHash('sha256').update(auditCanonicalForm(first)).digest('hex'));
  });

  test('each entry links to the previous one and counts on from it', () => {
    const chain = buildChain(3);
    expect(chain.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(chain[1].prevHash).toBe(chain[0].hash);
    expect(chain[2].prevHash).toBe(chain[1].hash);
  });

  test('an intact chain verifies, in any order, and reports its head', () => {
    const chain = buildChain(4);
    const result = verifyAuditChain([...chain].reverse());
    expect(result).toEqual({
      ok: true,
      checked: 4,
      head: { seq: 4, hash: chain[3].hash },
      firstBreak: null,
    });
    expect(verifyAuditChain([])).toEqual({ ok: true, checked: 0, head: null, firstBreak: null });
  });

  test('one changed field names that entry', () => {
    const chain = buildChain(5);
    chain[2] = { ...chain[2], actor: 'someone-else' };
    const result = verifyAuditChain(chain);
    expect(result.ok).toBe(false);
    expect(result.checked).toBe(2);
    expect(result.firstBreak).toMatchObject({ reason: 'content_changed', seq: 3, entryId: '102' });
    expect(result.firstBreak?.message).toContain('entry #3 (id 102');
  });

  test('a changed payload value or timestamp is caught as well', () => {
    const chain = buildChain(3);
    const payloadChanged = chain.map((e, i) => (i === 1 ? { ...e, payload: { ...e.payload, index: 9 } } : e));
    expect(verifyAuditChain(payloadChanged).firstBreak?.entryId).toBe('101');
    const moved = chain.map((e, i) =>
      i === 0 ? { ...e, occurredAt: new Date(e.occurredAt.getTime() + 1) } : e,
    );
    expect(verifyAuditChain(moved).firstBreak?.entryId).toBe('100');
  });

  test('an entry changed and re-hashed breaks the link of the next one', () => {
    const chain = buildChain(4);
    const forged = { ...chain[1], actor: 'forger' };
    chain[1] = { ...forged, hash: hashAuditEntry(forged) };
    const result = verifyAuditChain(chain);
    expect(result.firstBreak).toMatchObject({ reason: 'link_broken', seq: 3, entryId: '102' });
  });

  test('a deleted entry is named by its number, between its neighbours', () => {
    const chain = buildChain(5);
    const result = verifyAuditChain(chain.filter((e) => e.seq !== 3));
    expect(result.firstBreak).toMatchObject({ reason: 'entry_missing', seq: 3, entryId: null });
    expect(result.firstBreak?.message).toMatch(
      /entry #3 is missing .* from entry #2 \(id 101.* to entry #4 \(id 103/,
    );
  });

  test('deleting the first entry is caught; deleting the newest only against an anchor', () => {
    const chain = buildChain(4);
    expect(verifyAuditChain(chain.slice(1)).firstBreak).toMatchObject({ reason: 'entry_missing', seq: 1 });
    const truncated = chain.slice(0, 3);
    expect(verifyAuditChain(truncated).ok).toBe(true);
    const anchor = { seq: 4, hash: chain[3].hash };
    expect(verifyAuditChain(chain, { anchor }).ok).toBe(true);
    expect(verifyAuditChain(truncated, { anchor }).firstBreak).toMatchObject({
      reason: 'anchor_mismatch',
      seq: 4,
    });
  });

  test('a repeated sequence number is named', () => {
    const chain = buildChain(3);
    const result = verifyAuditChain([...chain, { ...chain[1], id: '999' }]);
    expect(result.firstBreak).toMatchObject({ reason: 'sequence_repeated', seq: 2 });
  });

  test('an exported part of the chain verifies from its first entry on', () => {
    const chain = buildChain(6);
    expect(verifyAuditChain(chain.slice(2, 5), { segment: true }).ok).toBe(true);
    expect(verifyAuditChain(chain.slice(2, 5)).firstBreak?.reason).toBe('entry_missing');
    const tampered = chain.slice(2, 5).map((e, i) => (i === 1 ? { ...e, entityId: 'x' } : e));
    expect(verifyAuditChain(tampered, { segment: true }).firstBreak?.seq).toBe(4);
  });
});
