import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvCell, csvText, renderCsvLines } from './csv-cell.util.js';

describe('a CSV cell opened in a spreadsheet', () => {
  test('a formula in text is written as text: a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
    expect(csvCell('+43 1 234')).toBe("'+43 1 234");
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tindented')).toBe("'\tindented");
  });

  test('numbers, a lone dash and ordinary text are written as they are', () => {
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('+3e2')).toBe('+3e2');
    expect(csvCell('-')).toBe('-');
    expect(csvCell("'Tis the season")).toBe("'Tis the season");
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  test('an apostrophe already in front of a formula gets a second one, so that reading back is exact', () => {
    expect(csvCell("'=1+1")).toBe("''=1+1");
    expect(csvText("''=1+1")).toBe("'=1+1");
    expect(csvText("'=1+1")).toBe('=1+1');
  });

  test('any text survives writing, parsing and csvText unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 4 }), (cells) => {
        // A last fixed column: a record of one empty cell is an empty line, which no CSV can tell apart.
        const headers = [...['h', 'i', 'j', 'k'].slice(0, cells.length), 'end'];
        const text = renderCsvLines(headers, [[...cells, 'end']], '\r\n');
        const [header, record] = parse(text) as string[][];
        expect(header).toEqual(headers);
        expect(record.slice(0, -1).map(csvText)).toEqual(cells);
      }),
      { numRuns: 500 },
    );
  });
});
