import { useTestDatabase } from '../../../../test/support/test-database.js';
import { epochMsSql, instantOrNull } from './epoch-ms.util.js';

describe('instants read as epoch milliseconds', () => {
  const t = useTestDatabase();

  test('give the same Date as the driver parsing the timestamptz, microseconds and zones included', async () => {
    const rows: { parsed: Date; ms: number }[] = await t.db.dataSource.query(
      `SELECT v AS parsed, ${epochMsSql('v')} AS ms FROM unnest($1::timestamptz[]) AS v`,
      [
        [
          '2026-10-25 00:59:59.999999+00',
          '2026-03-29 02:30:00.123456+02',
          '2011-03-09 22:40:00.0005-05',
          '1999-12-31 23:59:59.9999995+00',
          '2017-10-31 23:00:00+00',
        ],
      ],
    );
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(instantOrNull(row.ms)).toEqual(row.parsed);
  });

  test('NULL stays NULL', async () => {
    const [row]: { ms: number | null }[] = await t.db.dataSource.query(
      `SELECT ${epochMsSql('NULL::timestamptz')} AS ms`,
    );
    expect(instantOrNull(row.ms)).toBeNull();
  });
});
