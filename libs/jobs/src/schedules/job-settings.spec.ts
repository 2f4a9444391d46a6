import { DEFAULT_JOB_SETTINGS, resolveJobSettings, usableJobSettings } from './job-settings.util.js';

describe('a workspace schedule', () => {
  test('a workspace without overrides gets the defaults; an override replaces just its own value', () => {
    expect(resolveJobSettings(null)).toEqual(DEFAULT_JOB_SETTINGS);
    const chosen = resolveJobSettings({
      mentionsEveryMinutes: 2,
      reportFormats: ['html'],
      postsEveryMinutes: null,
    });
    expect(chosen).toEqual({ ...DEFAULT_JOB_SETTINGS, mentionsEveryMinutes: 2, reportFormats: ['html'] });
  });

  test('values written by hand that cannot be used fall back to the default and are named', () => {
    const stored = resolveJobSettings({
      mentionsEveryMinutes: 0,
      engagementCurve: [{ untilHours: 24, everyMinutes: 60 }],
      reportFormats: ['docx', 'pdf'],
    });
    expect(stored.reportFormats).toEqual(['pdf']);
    const { settings, problems } = usableJobSettings(stored);
    expect(settings.mentionsEveryMinutes).toBe(DEFAULT_JOB_SETTINGS.mentionsEveryMinutes);
    expect(settings.engagementCurve).toEqual(DEFAULT_JOB_SETTINGS.engagementCurve);
    expect(problems).toEqual([
      expect.stringContaining('mentionsEveryMinutes 0'),
      expect.stringContaining('48 hours'),
    ]);
  });
});
