import { createHash } from 'node:crypto';
import { canonicalJson } from '#domain';
import { dataFingerprint, DATA_FINGERPRINT_VERSION } from './data-fingerprint.util.js';

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

describe('dataFingerprint, computed in one pass', () => {
  // The definition it must keep: the canonical JSON of the facts as JSON data, every array sorted by its
  // elements' canonical forms (the first implementation, kept here as the reference).
  function reference(facts: Record<string, unknown>): string {
    const plain = JSON.parse(
      JSON.stringify(facts, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
    );
    const asSets = (value: unknown): unknown => {
      if (Array.isArray(value))
        return value
          .map(asSets)
          .map((element) => ({ element, key: canonicalJson(element) }))
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
          .map(({ element }) => element);
      if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asSets(v)]));
      return value;
    };
    const text = canonicalJson({ v: DATA_FINGERPRINT_VERSION, facts: asSets(plain) });
    return createHash('sha256').update(text, 'utf8').digest('hex');
  }

  it('equals the canonical form with sorted sets, for entities, dates, nesting, odd keys and values', () => {
    const at = new Date('2025-04-01T10:00:00.123Z');
    const facts = {
      rows: [new Row('b', at), new Row('a', at), new Row('ä', new Date(0))],
      nested: [
        [3, 1, 2],
        [[{ z: 1, a: [true, false, null] }], []],
        { '': 'empty key', é: 'accent', A: 'upper', a: 'lower', '\u{1F600}': 'astral' },
      ],
      numbers: [0, -0, 1e21, 1.5e-7, -3.25, NaN, Infinity],
      strings: ['"quoted"', 'line\nbreak', '\u2028', 'b', 'B', ''],
      skipped: { gone: undefined, fn: () => 1, kept: 0 },
      holes: [undefined, null],
      big: 12345678901234567890n,
    };
    expect(dataFingerprint(facts)).toBe(reference(facts));
  });

  it('equals it on a larger random set of facts', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const rows = Array.from({ length: 2000 }, (_, i) => ({
      id: String(Math.floor(random() * 500)),
      at: new Date(1_700_000_000_000 + Math.floor(random() * 1e9)),
      text: random() < 0.1 ? null : `post ${i} ${random().toString(36)}`,
      shifts: random() < 0.5 ? [] : [{ day: Math.floor(random() * 7), startMinute: 540, endMinute: 1020 }],
    }));
    expect(dataFingerprint({ rows, settings: { weights: [0.25, 0.2] } })).toBe(
      reference({ rows, settings: { weights: [0.25, 0.2] } }),
    );
  });
});
