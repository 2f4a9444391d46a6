import { formatNumber, formatPercent } from './number.formatter.js';

describe('formatNumber', () => {
  it('groups thousands and uses the locale decimal mark', () => {
    expect(formatNumber(1234.5, 'en-GB')).toBe('1,234.5');
    expect(formatNumber(1234.5, 'de-DE')).toBe('1.234,5');
    expect(formatNumber(1234, 'de-DE')).toBe('1.234');
  });

  it('rounds to the requested decimals', () => {
    expect(formatNumber(2.345, 'en-GB')).toBe('2.3');
    expect(formatNumber(2.5, 'de-DE', 0)).toBe('3');
  });
});

describe('formatPercent', () => {
  it('prints a ratio as a percentage with one decimal', () => {
    expect(formatPercent(0.875, 'en-GB')).toBe('87.5%');
    expect(formatPercent(0.875, 'de-DE')).toBe('87,5\u00a0%');
    expect(formatPercent(1, 'de-DE')).toBe('100,0\u00a0%');
    expect(formatPercent(0.12, 'en-GB')).toBe('12.0%');
  });
});
