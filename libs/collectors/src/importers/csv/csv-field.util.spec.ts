import { CsvRowFault } from './csv.types.js';
import { parseCount, parseExternalId, parseText, widthFault } from './csv-field.util.js';

describe('ids', () => {
  test('are kept as written, trimmed', () => {
    expect(parseExternalId(' 122158000000000101 ', 'Post ID')).toBe('122158000000000101');
    expect(parseExternalId('100064123456789_122158000000000101', 'Post ID')).toBe(
      '100064123456789_122158000000000101',
    );
  });

  test.each(['1.22158E+17', '1,22158E+17', '1E+17', '9.9e15'])(
    '%s (Excel scientific notation) is refused: the real id is lost',
    (value) => {
      const result = parseExternalId(value, 'Post ID') as CsvRowFault;
      expect(result).toBeInstanceOf(CsvRowFault);
      expect(result.field).toBe('Post ID');
      expect(result.reason).toMatch(/scientific notation: the file was saved by Excel.*the real id is lost/);
    },
  );

  test('an empty id is refused', () => {
    expect(parseExternalId('  ', 'Post ID')).toEqual(new CsvRowFault('Post ID is empty', 'Post ID'));
  });
});

describe('counts', () => {
  test.each([
    ['0', 0],
    ['5120', 5120],
    ['1,234', 1234],
    ['12 345 678', 12345678],
    ['42.0', 42],
    ['', null],
    ['  ', null],
  ])('%j → %j', (value, expected) => {
    expect(parseCount(value, 'Reach')).toBe(expected);
  });

  test.each(['-3', '1.5', '12.000', '1.5k', 'n/a', '1,23', '99999999999'])('%j is refused', (value) => {
    const result = parseCount(value, 'Reach');
    expect(result).toBeInstanceOf(CsvRowFault);
    expect((result as CsvRowFault).reason).toContain(JSON.stringify(value));
  });
});

describe('text', () => {
  test('keeps line breaks and emoji; refuses undecodable bytes and NUL', () => {
    expect(parseText('a\nb ☕', 'Description')).toBe('a\nb ☕');
    expect((parseText('Caf\uFFFD', 'Description') as CsvRowFault).reason).toContain('not valid UTF-8');
    expect((parseText('a\u0000b', 'Description') as CsvRowFault).reason).toContain('NUL');
  });
});

describe('record width', () => {
  test('a short last record without a line break is called truncated', () => {
    expect(widthFault(['a'], 3, false)?.reason).toBe(
      'expected 3 columns, found 1: the file ends inside this record (truncated)',
    );
    expect(widthFault(['a'], 3, true)?.reason).toBe('expected 3 columns, found 1');
    expect(widthFault(['a', 'b', 'c'], 3, false)).toBeNull();
  });
});
