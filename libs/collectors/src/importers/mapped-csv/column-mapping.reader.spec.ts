import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ColumnMappingError } from './column-mapping.error.js';
import { parseColumnMapping, readColumnMapping } from './column-mapping.reader.js';

const EXAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'examples', 'mapping.example.yaml');

const minimal = (extra = '') =>
  `platform: x\naccount: AcmeSupport\ncolumns:\n  id: tweet_id\n  created_at: created_at\n  direction: inbound\n${extra}`;

describe('column mappings', () => {
  test('the documented example reads as it says', async () => {
    expect(await readColumnMapping(EXAMPLE)).toEqual({
      columns: {
        id: 'Message ID',
        created_at: 'Sent at',
        direction: 'Direction',
        text: 'Message',
        author: 'From',
        in_reply_to: 'Reply to',
        conversation: 'Conversation',
        operator: 'Agent',
        reactions: 'Likes',
      },
      platform: 'facebook',
      account: 'AcmeCoffee',
      createdAtFormat: { pattern: 'DD.MM.YYYY HH:mm' },
      timeZone: 'Europe/Vienna',
      fixedDirection: null,
      inboundValues: ['received'],
      outboundValues: ['sent'],
      delimiter: 'auto',
    });
  });

  test('values stay text: True and 0 are cell values, not a boolean and a number', () => {
    const mapping = parseColumnMapping(minimal('direction:\n  inbound: [True]\n  outbound: [0]\n'));
    expect(mapping.inboundValues).toEqual(['true']);
    expect(mapping.outboundValues).toEqual(['0']);
    expect(mapping.createdAtFormat).toBe('iso');
  });

  test('a platform is named as the collectors name it', () => {
    expect(parseColumnMapping(minimal().replace('platform: x', 'platform: Twitter')).platform).toBe('x');
  });

  test.each([
    [minimal('colour: red\n'), 7, /unknown top-level key "colour"/],
    [
      minimal().replace('  id: tweet_id\n', '  id: tweet_id\n  identifier: x\n'),
      5,
      /unknown column role "identifier"/,
    ],
    [minimal('created_at:\n  time_zone: Europe/Wien\n'), 8, /"Europe\/Wien" is not an IANA time zone/],
    [minimal('created_at:\n  format: DD.MM.YYYY\n'), 8, /has no HH, mm/],
    [
      minimal('direction:\n  inbound: [yes]\n  outbound: [yes, sent]\n'),
      8,
      /yes are listed as inbound and as outbound/,
    ],
    [minimal('delimiter: pipe\n'), 7, /delimiter "pipe" is not one of/],
    ['platform: x\naccount: A\ncolumns:\n  created_at: t\n  direction: d\n', 1, /missing columns\.id/],
    [
      'account: A\ncolumns:\n  id: i\n  created_at: t\n  direction: d\n',
      1,
      /missing platform \(or columns\.platform\)/,
    ],
    ['columns: [a, b]\n', 1, /`columns:` must map roles/],
    ['columns:\n  id: [\n', 3, /flow sequence|Expected/i],
  ])('a mistake is refused with its line: %#', (text, line, message) => {
    let error: unknown;
    try {
      parseColumnMapping(text, 'map.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ColumnMappingError);
    expect((error as ColumnMappingError).line).toBe(line);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toMatch(/^map\.yaml:\d+: cannot use the column mapping: /);
  });
});
