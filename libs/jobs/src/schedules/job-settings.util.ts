import {
  DEFAULT_ENGAGEMENT_CURVE,
  validateEngagementCurve,
  type EngagementCurveStep,
} from './engagement-curve.util.js';

export type ReportFileFormat = 'html' | 'pdf';

/** A workspace's schedule, every value resolved. */
export interface JobSettings {
  collectionEnabled: boolean;
  mentionsEveryMinutes: number;
  postsEveryMinutes: number;
  engagementCurve: EngagementCurveStep[];
  incidentsEveryMinutes: number;
  monthlyReportEnabled: boolean;
  reportFormats: ReportFileFormat[];
}

/** The product defaults: mentions every 5 minutes, posts every 15, incidents every 15, reports in both formats. */
export const DEFAULT_JOB_SETTINGS: JobSettings = {
  collectionEnabled: true,
  mentionsEveryMinutes: 5,
  postsEveryMinutes: 15,
  engagementCurve: DEFAULT_ENGAGEMENT_CURVE,
  incidentsEveryMinutes: 15,
  monthlyReportEnabled: true,
  reportFormats: ['html', 'pdf'],
};

/** Stored overrides (null: the default) as the job_settings table holds them. */
export type JobSettingsOverrideValues = {
  [K in keyof JobSettings]?: (K extends 'reportFormats' ? string[] : JobSettings[K]) | null;
};

export function resolveJobSettings(overrides: JobSettingsOverrideValues | null | undefined): JobSettings {
  const o = overrides ?? {};
  const formats = o.reportFormats ?? DEFAULT_JOB_SETTINGS.reportFormats;
  return {
    collectionEnabled: o.collectionEnabled ?? DEFAULT_JOB_SETTINGS.collectionEnabled,
    mentionsEveryMinutes: o.mentionsEveryMinutes ?? DEFAULT_JOB_SETTINGS.mentionsEveryMinutes,
    postsEveryMinutes: o.postsEveryMinutes ?? DEFAULT_JOB_SETTINGS.postsEveryMinutes,
    engagementCurve: o.engagementCurve ?? DEFAULT_JOB_SETTINGS.engagementCurve,
    incidentsEveryMinutes: o.incidentsEveryMinutes ?? DEFAULT_JOB_SETTINGS.incidentsEveryMinutes,
    monthlyReportEnabled: o.monthlyReportEnabled ?? DEFAULT_JOB_SETTINGS.monthlyReportEnabled,
    // Unknown formats in a stored row are dropped rather than stopping the schedule.
    reportFormats: formats.some((f) => f === 'html' || f === 'pdf')
      ? parseReportFormats(formats.filter((f) => f === 'html' || f === 'pdf'))
      : DEFAULT_JOB_SETTINGS.reportFormats,
  };
}

export function parseReportFormats(formats: readonly string[]): ReportFileFormat[] {
  const bad = formats.filter((f) => f !== 'html' && f !== 'pdf');
  if (bad.length > 0 || formats.length === 0) {
    throw new Error(`report formats: expected html and/or pdf, got "${formats.join(',')}"`);
  }
  return [...new Set(formats)] as ReportFileFormat[];
}

/**
 * Settings as stored may have been written by hand: an unusable value falls back to its default (and is
 * named), so that one workspace's mistake never stops the schedules of all the others.
 */
export function usableJobSettings(settings: JobSettings): { settings: JobSettings; problems: string[] } {
  const problems: string[] = [];
  const fixed = { ...settings };
  for (const key of ['mentionsEveryMinutes', 'postsEveryMinutes', 'incidentsEveryMinutes'] as const) {
    if (!Number.isInteger(fixed[key]) || fixed[key] < 1) {
      problems.push(
        `${key} ${fixed[key]} is not a whole number of minutes: using ${DEFAULT_JOB_SETTINGS[key]}`,
      );
      fixed[key] = DEFAULT_JOB_SETTINGS[key];
    }
  }
  try {
    validateEngagementCurve(fixed.engagementCurve);
  } catch (error) {
    problems.push(`${(error as Error).message}: using the default curve`);
    fixed.engagementCurve = DEFAULT_ENGAGEMENT_CURVE;
  }
  return { settings: fixed, problems };
}
