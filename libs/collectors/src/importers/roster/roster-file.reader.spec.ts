import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RosterFileError } from './roster-file.error.js';
import { parseRoster, readRosterFile, rosterFormatOf } from './roster-file.reader.js';
import type { RosterEntry } from './roster.types.js';

const EXAMPLES = fileURLToPath(new URL('./examples/', import.meta.url));
const CSV_HEADER = 'account,signature,operator,group,from,to,shifts';
const withoutLines = (entries: RosterEntry[]) => entries.map(({ line: _line, ...rest }) => rest);

describe('readRosterFile', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'roster-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the YAML example', async () => {
    const { entries, rejected } = await readRosterFile(join(EXAMPLES, 'roster.example.yaml'));
    expect(rejected).toEqual([]);
    expect(entries).toHaveLength(9);
    expect(entries[0]).toMatchObject({
      account: 'AppleSupport',
      signature: null,
      operator: 'Apple support desk',
      sourcingGroup: 'in_house',
      from: '2017-01-01',
      to: null,
    });
    expect(entries[0].shifts).toHaveLength(7);
    expect(entries.find((e) => e.signature === 'HP')).toEqual({
      line: 43,
      account: 'VirginTrains',
      signature: 'HP',
      operator: 'Agent HP',
      sourcingGroup: 'agency:CallCo',
      from: '2017-09-01',
      to: '2017-12-01',
      shifts: [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: 360, endMinute: 840 })),
    });
  });

  it('reads the CSV example to the same entries as the YAML one', async () => {
    const yaml = await readRosterFile(join(EXAMPLES, 'roster.example.yaml'));
    const csv = await readRosterFile(join(EXAMPLES, 'roster.example.csv'));
    expect(csv.rejected).toEqual([]);
    expect(withoutLines(csv.entries)).toEqual(withoutLines(yaml.entries));
    expect(csv.entries.map((e) => e.line)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('chooses the format by extension and refuses others', async () => {
    expect(rosterFormatOf('a/roster.YML')).toBe('yaml');
    expect(rosterFormatOf('roster.Csv')).toBe('csv');
    expect(() => rosterFormatOf('roster.xlsx')).toThrow(RosterFileError);
    const path = join(dir, 'roster.yml');
    writeFileSync(path, '- {account: O2, operator: Ann, group: in_house, from: 2017-10-01}\n');
    expect((await readRosterFile(path)).entries.map((e) => e.account)).toEqual(['O2']);
  });
});

describe('parseRoster (CSV)', () => {
  const csv = (...rows: string[]) => parseRoster([CSV_HEADER, ...rows].join('\n'), 'csv', 'r.csv');

  it('keeps good rows and rejects bad ones with line and field', () => {
    const { entries, rejected } = csv(
      'O2,,Ann,in_house,2017-10-01,,',
      'O2,,Bob,agency:,2017-10-01,,',
      'O2,,Cy,contractor,2017-10-01,,',
      ',,,in_house,2017-10-01,,',
      'O2,,Dee,in_house,2017-02-30,,',
      'O2,,Eve,in_house,2017-10-01,2017-10-01,',
      'O2,,Fay,in_house,2017-10-01,,mon-fri 9-5',
      'O2,,Gus,in_house',
      '@UPSHelp,UH,Hal,agency: Parcel People ,2017-10-01T00:00:00Z,2018-01-01,',
    );
    expect(entries.map((e) => [e.line, e.account, e.operator, e.sourcingGroup, e.from, e.to])).toEqual([
      [2, 'O2', 'Ann', 'in_house', '2017-10-01', null],
      [10, 'UPSHelp', 'Hal', 'agency:Parcel People', '2017-10-01', '2018-01-01'],
    ]);
    expect(rejected.map(({ line, field }) => [line, field])).toEqual([
      [3, 'group'],
      [4, 'group'],
      [5, 'account'],
      [5, 'operator'],
      [6, 'from'],
      [7, 'to'],
      [8, 'shifts'],
      [9, 'entry'],
    ]);
    expect(rejected[1].reason).toBe('group "contractor" is neither in_house nor agency:<name>');
    expect(rejected[4].reason).toBe('from "2017-02-30" is not a calendar date');
    expect(rejected[6].reason).toContain('start "9" is not a time');
    expect(rejected[7].reason).toBe('expected 7 columns, found 4');
  });

  it('maps columns by name, lets optional ones out, and skips comments and empty rows', () => {
    const { entries } = parseRoster(
      '# who is who\nfrom,group,operator,account\n2017-10-01,in_house,Ann,O2\n,,,\n# more\n',
      'csv',
    );
    expect(entries).toEqual([
      {
        line: 3,
        account: 'O2',
        signature: null,
        operator: 'Ann',
        sourcingGroup: 'in_house',
        from: '2017-10-01',
        to: null,
        shifts: null,
      },
    ]);
  });

  it('rejects a datetime that is not midnight: roster periods are whole days', () => {
    const { rejected } = csv('O2,,Ann,in_house,2017-10-01T12:30:00Z,,');
    expect(rejected).toEqual([
      { line: 2, field: 'from', reason: expect.stringContaining('a datetime is accepted only at 00:00') },
    ]);
  });

  it('reads a roster saved with semicolons (Excel under a European locale), comments first', () => {
    const { entries, rejected } = parseRoster(
      '# who ran O2\naccount;signature;operator;group;from;to;shifts\nO2;AN;Ann;in_house;2017-10-01;;\n',
      'csv',
      'r.csv',
    );
    expect(rejected).toEqual([]);
    expect(entries).toEqual([
      expect.objectContaining({ account: 'O2', signature: 'AN', operator: 'Ann', sourcingGroup: 'in_house' }),
    ]);
  });

  it('throws RosterFileError for a header without the required columns, or with unknown ones', () => {
    expect(() => parseRoster('account,operator,from\nO2,Ann,2017-10-01\n', 'csv', 'r.csv')).toThrow(
      /r\.csv: cannot read roster: missing column\(s\) group; found header: account,operator,from/,
    );
    expect(() => parseRoster('account,sigature,operator,group,from\n', 'csv')).toThrow(
      /unknown column\(s\) "sigature"/,
    );
    expect(() => parseRoster('', 'csv')).toThrow(/no header line/);
  });

  it('rejects a signature given to two operators of one account over overlapping periods', () => {
    const { entries, rejected } = csv(
      'VirginTrains,MM,Agent MM,agency:CallCo,2017-09-01,2017-12-01,',
      'virgintrains,MM,Someone else,in_house,2017-11-01,,',
      'VirginTrains,MM,Successor,in_house,2017-12-01,,',
      'VirginTrains,MM,Agent MM,agency:CallCo,2017-09-01,2017-12-01,sat 09:00-13:00',
      'O2,MM,Other account,in_house,2017-09-01,,',
      'VirginTrains,,Team A,in_house,2017-09-01,,',
      'VirginTrains,,Team B,in_house,2017-09-01,,',
      'VirginTrains,MM,Agent MM,agency:CallCo,2017-09-01,,',
    );
    expect(entries.map((e) => e.operator)).toEqual([
      'Agent MM',
      'Successor',
      'Agent MM',
      'Other account',
      'Team A',
      'Team B',
    ]);
    expect(rejected).toEqual([
      {
        line: 3,
        field: 'signature',
        reason:
          'signature MM on virgintrains already belongs to Agent MM (line 2) from 2017-09-01 to 2017-12-01; the periods overlap',
      },
      {
        line: 9,
        field: 'signature',
        reason:
          'signature MM on VirginTrains already belongs to Successor (line 4) from 2017-12-01 to open end; the periods overlap',
      },
    ]);
  });
});

describe('parseRoster (YAML)', () => {
  it('reports each bad field on its own line and keeps the good entries', () => {
    const { entries, rejected } = parseRoster(
      [
        '- account: O2', //                                   1
        '  operator: Ann',
        '  group: in_house',
        '  from: 2017-10-01',
        '- account: Tesco', //                                5
        '  operator: Bob',
        '  group: agency',
        '  from: 2017-13-01',
        '  shifts:',
        '    - { days: [mon], start: "09:00", end: "17:00" }', // 10
        '    - { days: [funday], start: "09:00", end: "17:00" }',
        '- just text', //                                     12
        '- account: Tesco',
        '  sigature: MM',
        '  operator: Cy', //                                  15
        '  group: in_house',
        '  from: 2017-10-01',
        '- account: Tesco',
        '  operator: [a, b]',
        '  group: in_house', //                               20
        '  from: 2017-10-01',
        '  shifts: {days: mon}',
      ].join('\n'),
      'yaml',
      'r.yaml',
    );
    expect(entries.map((e) => [e.line, e.operator])).toEqual([[1, 'Ann']]);
    expect(rejected.map(({ line, field }) => [line, field])).toEqual([
      [7, 'group'],
      [8, 'from'],
      [9, 'shifts'],
      [12, 'entry'],
      [14, 'entry'],
      [19, 'operator'],
      [22, 'shifts'],
    ]);
    expect(rejected[2].reason).toContain('shifts rule 2: "funday" is not a day');
    expect(rejected[4].reason).toContain('unknown field "sigature"');
    expect(rejected[5].reason).toBe('operator must be text, got a list');
  });

  it('keeps times, dates and numeric signatures as text (YAML 1.2 core schema)', () => {
    const { entries, rejected } = parseRoster(
      '- {account: O2, signature: 42, operator: 7, group: in_house, from: 2017-10-01, to: 2018-01-01,\n' +
        '   shifts: [{days: mon-fri, start: 09:00, end: 17:30}]}\n',
      'yaml',
    );
    expect(rejected).toEqual([]);
    expect(entries[0]).toMatchObject({
      signature: '42',
      operator: '7',
      from: '2017-10-01',
      to: '2018-01-01',
    });
    expect(entries[0].shifts![0]).toEqual({ day: 1, startMinute: 540, endMinute: 1050 });
  });

  it('reads an empty document as an empty roster', () => {
    expect(parseRoster('# nobody yet\n', 'yaml')).toEqual({ entries: [], rejected: [] });
  });

  it('throws RosterFileError for YAML that does not parse or is not a list', () => {
    expect(() => parseRoster('- account: [\n', 'yaml', 'r.yaml')).toThrow(
      /r\.yaml: cannot read roster: .*line/,
    );
    expect(() => parseRoster('account: O2\n', 'yaml', 'r.yaml')).toThrow(/must be a list of entries/);
  });
});
