import fc from 'fast-check';
import { canonicalJson, toCanonicalValue } from './canonical-json.util.js';

describe('canonicalJson', () => {
  test('sorts keys at every depth, drops undefined, writes instants as ISO UTC', () => {
    const value = {
      zeta: 1,
      alpha: { b: [3, undefined, 'x'], a: true },
      when: new Date('2011-03-09T22:40:00+01:00'),
      gone: undefined,
      none: null,
    };
    expect(canonicalJson(value)).toBe(
      '{"alpha":{"a":true,"b":[3,null,"x"]},"none":null,"when":"2011-03-09T21:40:00.000Z","zeta":1}',
    );
  });

  test('the order keys were written in does not matter', () => {
    expect(canonicalJson({ a: 1, b: { c: 2, d: 3 } })).toBe(canonicalJson({ b: { d: 3, c: 2 }, a: 1 }));
  });

  test('refuses what JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(/no JSON form/);
    expect(() => canonicalJson({ n: 1n })).toThrow(/bigint/);
    expect(() => canonicalJson({ d: new Date('nope') })).toThrow(/invalid date/);
    expect(() => canonicalJson({ m: new Map() })).toThrow(/plain objects/);
  });

  test('what is stored reads back to the same canonical form (a jsonb round trip is a JSON round trip)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const stored = toCanonicalValue(value);
        expect(canonicalJson(JSON.parse(JSON.stringify(stored)))).toBe(canonicalJson(value));
      }),
    );
  });
});
