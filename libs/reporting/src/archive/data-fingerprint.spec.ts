import { dataFingerprint } from './data-fingerprint.util.js';

class Row {
  constructor(
    readonly id: string,
    readonly at: Date,
  ) {}
}

describe('dataFingerprint', () => {
  const facts = {
    inbound: [
      { id: 'a', at: new Date('2025-04-01T10:00:00Z'), tags: ['x', 'y'] },
      { id: 'b', at: new Date('2025-04-02T10:00:00Z'), tags: [] },
    ],
    settings: { weights: { cost: 0.25, risk: 0.2 } },
  };

  it('is SHA-256 hex and the same for the same facts', () => {
    expect(dataFingerprint(facts)).toMatch(/^[0-9a-f]{64}$/);
    expect(dataFingerprint(structuredClone(facts))).toBe(dataFingerprint(facts));
  });

  it('does not depend on row order or key order: the same set of facts, the same fingerprint', () => {
    const shuffled = {
      settings: { weights: { risk: 0.2, cost: 0.25 } },
      inbound: [facts.inbound[1], { tags: ['y', 'x'], at: facts.inbound[0].at, id: 'a' }],
    };
    expect(dataFingerprint(shuffled)).toBe(dataFingerprint(facts));
  });

  it('changes when one fact changes, by a millisecond or a character', () => {
    const later = structuredClone(facts);
    later.inbound[1].at = new Date(later.inbound[1].at.getTime() + 1);
    expect(dataFingerprint(later)).not.toBe(dataFingerprint(facts));
    const renamed = structuredClone(facts);
    renamed.inbound[0].id = 'A';
    expect(dataFingerprint(renamed)).not.toBe(dataFingerprint(facts));
    expect(dataFingerprint({ ...facts, extra: null })).not.toBe(dataFingerprint(facts));
  });

  it('reads entities (class instances) as their plain data', () => {
    const at = new Date('2025-04-01T10:00:00Z');
    expect(dataFingerprint({ rows: [new Row('a', at)] })).toBe(
      dataFingerprint({ rows: [{ id: 'a', at: '2025-04-01T10:00:00.000Z' }] }),
    );
  });
});
