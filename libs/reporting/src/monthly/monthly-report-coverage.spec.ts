// The completeness section of a month that came from a file import: the twcs sample covers three days of
// October 2017 and records no collection windows, so the report must print the span the data covers and say
// that the rest of the month has no data, instead of claiming no window is missing.
import type { INestApplicationContext } from '@nestjs/common';
import { TwcsImportService } from '#collectors';
import { WorkspaceRepository, type WorkspaceEntity } from '#persistence';
import { sharedDataFile } from '../../../../test/support/shared-data.js';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { PdfRenderer } from '../pdf/pdf-renderer.js';
import { reportingContext } from '../reporting.test-helper.js';
import { MonthlyReportService } from './monthly-report.service.js';

const now = new Date('2026-11-02T07:00:00Z');
/** The completeness section's text, from its heading to the platform limits (failure messages stay short). */
const text = (html: string) =>
  html
    .slice(html.lastIndexOf('<h3>', html.indexOf('<ul class="limits">')), html.indexOf('<ul class="limits">'))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');

describe('the completeness of an imported month', () => {
  const t = useTestDatabase();
  let app: INestApplicationContext;
  let monthly: MonthlyReportService;
  let workspace: WorkspaceEntity;

  beforeAll(async () => {
    app = await reportingContext(t.db);
    monthly = app.get(MonthlyReportService);
    workspace = await app.get(WorkspaceRepository).ensure('twcs-sample');
    await app
      .get(TwcsImportService)
      .import(sharedDataFile('twcs/sample.csv'), { workspaceId: workspace.id, name: 'sample.csv' });
  }, 60_000);

  afterAll(async () => {
    await app?.get(PdfRenderer).close();
    await app?.close();
  });

  test('prints the span each account covers, the import that fed it, and no claim of completeness', async () => {
    const model = await monthly.buildModel(workspace, '2017-10', 'en', now);
    const completeness = model.engine!.completeness;
    expect(completeness.anyCollected).toBe(false);
    expect(completeness.coverage.length).toBe(model.summary.accounts);
    const withData = completeness.coverage.filter((line) => line.items > 0);
    expect(withData.length).toBeGreaterThan(0);
    for (const line of withData) {
      expect(line).toMatchObject({ feed: 'import', sources: ['import:twcs'], leavesGap: true });
      // The sample holds 10 to 12 October 2017 (UTC).
      expect(line.firstItem!.getTime()).toBeGreaterThanOrEqual(Date.parse('2017-10-10T00:00:00Z'));
      expect(line.lastItem!.getTime()).toBeLessThan(Date.parse('2017-10-13T00:00:00Z'));
    }
    expect(completeness.importRuns).toEqual([
      expect.objectContaining({ source: 'import:twcs', file: 'sample.csv', accountHandle: null }),
    ]);

    const html = await monthly.renderHtml(model);
    const en = text(html);
    expect(en).not.toContain('No collection window of this month is missing or incomplete.');
    expect(en).toContain('No account of this report is collected from a platform API');
    expect(en).toMatch(
      /file import X · import:twcs 1[0-2] Oct 2017, \d\d:\d\d – 1[0-2] Oct 2017, \d\d:\d\d \d+ no data/,
    );
    expect(en).toMatch(/import:twcs sample\.csv all accounts in the file/);

    const de = text(await monthly.renderHtml(await monthly.buildModel(workspace, '2017-10', 'de', now)));
    expect(de).toContain('Kein Konto dieses Berichts wird über die API einer Plattform erfasst');
    expect(de).toMatch(
      /Datei-Import X · import:twcs 1[0-2]\.10\.2017, \d\d:\d\d – 1[0-2]\.10\.2017, \d\d:\d\d \d+ keine Daten/,
    );
    expect(de).toContain('keine Daten (nicht erfasst');
  }, 60_000);
});
