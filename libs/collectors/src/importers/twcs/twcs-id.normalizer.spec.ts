import { normalizeTwcsId } from './twcs-id.normalizer.js';

describe('normalizeTwcsId', () => {
  it.each([
    ['119237', '119237'],
    ['3.0', '3'],
    ['119237.0', '119237'],
    ['119237.000', '119237'],
    ['0', '0'],
    ['007', '7'],
    ['00.0', '0'],
    [' 42 ', '42'],
    ['2987950', '2987950'],
  ])('accepts %j as %j', (input, expected) => {
    expect(normalizeTwcsId(input)).toBe(expected);
  });

  it.each(['', ' ', '12a', '1.5', '3.', '.0', '-3', '+3', '1e5', '1,2', '0x10', 'AppleSupport'])(
    'rejects %j',
    (input) => {
      expect(normalizeTwcsId(input)).toBeNull();
    },
  );
});
