import { CsvRecordScanner, type CsvScannerOptions } from './csv-record.scanner.js';

type Event = ['record', number, string[], boolean] | ['broken', number, string, string];

/** Scans `chunks` in order and returns what the sink saw. */
function scan(chunks: string[], options?: CsvScannerOptions): Event[] {
  const events: Event[] = [];
  const scanner = new CsvRecordScanner(
    {
      record: (fields, line, terminated) => events.push(['record', line, fields, terminated]),
      broken: (line, reason, raw) => events.push(['broken', line, reason, raw]),
    },
    options,
  );
  for (const chunk of chunks) scanner.push(chunk);
  scanner.end();
  return events;
}

const records = (events: Event[]) => events.filter((e) => e[0] === 'record').map((e) => [e[1], e[2]]);

describe('CsvRecordScanner', () => {
  it('splits plain records and numbers their lines', () => {
    expect(records(scan(['a,b,c\n1,2,3\n4,5,6\n']))).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', '2', '3']],
      [3, ['4', '5', '6']],
    ]);
  });

  it('unescapes quoted fields with commas, doubled quotes and line breaks', () => {
    expect(records(scan(['a,b\n"x, ""y""","p\nq\nr"\nlast,1\n']))).toEqual([
      [1, ['a', 'b']],
      [2, ['x, "y"', 'p\nq\nr']],
      [5, ['last', '1']],
    ]);
  });

  it('counts line breaks in every multi-line quoted field of a record', () => {
    expect(records(scan(['"a\nb",x,"c\n\nd"\nnext\n']))).toEqual([
      [1, ['a\nb', 'x', 'c\n\nd']],
      [5, ['next']],
    ]);
  });

  it('treats CRLF as a line ending and strips no other carriage return', () => {
    expect(records(scan(['a,b\r\n1,x\ry\r\n"q\r\nz",2\r\n3,4\r\n']))).toEqual([
      [1, ['a', 'b']],
      [2, ['1', 'x\ry']],
      [3, ['q\r\nz', '2']],
      [5, ['3', '4']],
    ]);
  });

  it('keeps a stray carriage return at the end of an unquoted middle field', () => {
    expect(records(scan(['a,b\r,c\n']))).toEqual([[1, ['a', 'b\r', 'c']]]);
  });

  it('strips a leading BOM and skips blank lines while counting them', () => {
    expect(records(scan(['\uFEFFa,b\n\n1,2\r\n\r\n3,4']))).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [5, ['3', '4']],
    ]);
  });

  it('reports whether the last record had a line break', () => {
    expect(scan(['a\nb']).map((e) => e[3])).toEqual([true, false]);
    expect(scan(['a\nb\n']).map((e) => e[3])).toEqual([true, true]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(records(scan([',x,\n"",,""\n']))).toEqual([
      [1, ['', 'x', '']],
      [2, ['', '', '']],
    ]);
  });

  it('keeps text after a closing quote, as pandas does', () => {
    expect(records(scan(['"a"b,c\n1,"2"3\n']))).toEqual([
      [1, ['ab', 'c']],
      [2, ['1', '23']],
    ]);
  });

  it('rejects the line of an unterminated quote at end of file and keeps what came before', () => {
    expect(scan(['a,b\n1,2\n3,"oops\n'])).toEqual([
      ['record', 1, ['a', 'b'], true],
      ['record', 2, ['1', '2'], true],
      ['broken', 3, 'unterminated quoted field (column 2) at end of file', '3,"oops'],
    ]);
  });

  it('resumes on the line after a stray opening quote', () => {
    expect(scan(['a,b\n1,"x\n2,y\n3,z\n'])).toEqual([
      ['record', 1, ['a', 'b'], true],
      ['broken', 2, 'unterminated quoted field (column 2) at end of file', '1,"x'],
      ['record', 3, ['2', 'y'], true],
      ['record', 4, ['3', 'z'], true],
    ]);
  });

  it('gives up on a record longer than maxRecordChars and resumes on its next line', () => {
    const events = scan(['a,b\n1,"open\n', '2,y\n', 'x'.repeat(10), '\n3,z\n'], { maxRecordChars: 20 });
    expect(events.filter((e) => e[0] === 'broken').map((e) => e[1])).toEqual([2]);
    expect(records(events)).toEqual([
      [1, ['a', 'b']],
      [3, ['2', 'y']],
      [4, ['x'.repeat(10)]],
      [5, ['3', 'z']],
    ]);
  });

  it('skips a single line longer than maxRecordChars even when it spans chunks', () => {
    const events = scan(['a\n', '"' + 'x'.repeat(30), 'y'.repeat(30), 'z\nb\n'], { maxRecordChars: 20 });
    expect(events.map((e) => [e[0], e[1]])).toEqual([
      ['record', 1],
      ['broken', 2],
      ['record', 3],
    ]);
  });

  it('splits on the delimiter it is given and keeps commas inside fields then', () => {
    expect(records(scan(['a;"b;c";d,e\n1;2;3\n'], { delimiter: ';' }))).toEqual([
      [1, ['a', 'b;c', 'd,e']],
      [2, ['1', '2', '3']],
    ]);
    expect(records(scan(['a\t"x"y\tz\n'], { delimiter: '\t' }))).toEqual([[1, ['a', 'xy', 'z']]]);
  });

  it('gives the same result wherever the input is cut into chunks', () => {
    const text = '\uFEFFid,"t"\r\n1,"a ""q""\r\nb"\r\n2,x\ry\r\n\r\n3,"c",\n4,"d"e\n5,"z""';
    const whole = scan([text]);
    expect(whole.length).toBeGreaterThan(5);
    for (let cut = 1; cut < text.length; cut++) {
      expect(scan([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
    expect(scan([...text])).toEqual(whole);
  });
});
