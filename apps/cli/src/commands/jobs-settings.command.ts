import { Option, type Command } from 'commander';
import {
  DEFAULT_JOB_SETTINGS,
  formatEngagementCurve,
  JobSettingsService,
  parseEngagementCurve,
  parseReportFormats,
} from '#jobs';
import type { JobSettingsOverrides } from '#persistence';
import { CliError, withApp } from '../cli-context.js';

interface SettingsOptions {
  workspace: string;
  collection?: 'on' | 'off';
  mentionsEvery?: string;
  postsEvery?: string;
  engagementCurve?: string;
  incidentsEvery?: string;
  reports?: 'on' | 'off';
  reportFormats?: string;
  reset?: boolean;
}

/** `ledger jobs settings -w W [...]`: a workspace's schedule; without options it prints it. */
export function registerJobsSettings(jobs: Command): void {
  jobs
    .command('settings')
    .description("Show or change a workspace's schedule: collection intervals, engagement curve, reports")
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .addOption(
      new Option('--collection <on|off>', 'scheduled collection and incident detection').choices([
        'on',
        'off',
      ]),
    )
    .option(
      '--mentions-every <minutes>',
      `collect what the accounts receive (default ${DEFAULT_JOB_SETTINGS.mentionsEveryMinutes})`,
    )
    .option(
      '--posts-every <minutes>',
      `collect what the accounts publish (default ${DEFAULT_JOB_SETTINGS.postsEveryMinutes})`,
    )
    .option(
      '--engagement-curve <steps>',
      `snapshot schedule by post age, until:every (default ${formatEngagementCurve(DEFAULT_JOB_SETTINGS.engagementCurve)})`,
    )
    .option(
      '--incidents-every <minutes>',
      `run the incident rules (default ${DEFAULT_JOB_SETTINGS.incidentsEveryMinutes})`,
    )
    .addOption(new Option('--reports <on|off>', 'the monthly report on the 1st').choices(['on', 'off']))
    .option('--report-formats <list>', 'html, pdf or html,pdf (default html,pdf)')
    .option('--reset', 'back to the defaults for everything')
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger jobs settings -w acme --mentions-every 2 --engagement-curve 6h:15m,48h:2h,7d:1d',
    )
    .action(async (opts: SettingsOptions) => {
      const overrides = opts.reset ? resetAll() : parseOverrides(opts);
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const service = app.get(JobSettingsService);
        let s = await service.current(workspace.id);
        if (Object.keys(overrides).length > 0) {
          // Stored with its jobs_settings.changed audit entry (from/to) in one transaction.
          const { settings, changes } = await service.change(workspace.id, overrides);
          s = settings;
          const changed = Object.keys(changes);
          console.log(changed.length > 0 ? `Changed: ${changed.join(', ')}.` : 'Nothing changed.');
        }
        console.log(`Schedule of ${workspace.slug} (time zone ${workspace.timeZone}):`);
        console.log(`  collection        ${s.collectionEnabled ? 'on' : 'off'}`);
        console.log(`  mentions every    ${s.mentionsEveryMinutes} min`);
        console.log(`  posts every       ${s.postsEveryMinutes} min`);
        console.log(
          `  engagement curve  ${formatEngagementCurve(s.engagementCurve)} (age:every; 48 h always included)`,
        );
        console.log(`  incidents every   ${s.incidentsEveryMinutes} min`);
        console.log(
          `  monthly report    ${s.monthlyReportEnabled ? `on, ${s.reportFormats.join(' and ')}` : 'off'}`,
        );
      });
    });
}

function parseOverrides(opts: SettingsOptions): JobSettingsOverrides {
  const o: JobSettingsOverrides = {};
  try {
    if (opts.collection) o.collectionEnabled = opts.collection === 'on';
    if (opts.mentionsEvery) o.mentionsEveryMinutes = minutes(opts.mentionsEvery, '--mentions-every');
    if (opts.postsEvery) o.postsEveryMinutes = minutes(opts.postsEvery, '--posts-every');
    if (opts.engagementCurve) o.engagementCurve = parseEngagementCurve(opts.engagementCurve);
    if (opts.incidentsEvery) o.incidentsEveryMinutes = minutes(opts.incidentsEvery, '--incidents-every');
    if (opts.reports) o.monthlyReportEnabled = opts.reports === 'on';
    if (opts.reportFormats)
      o.reportFormats = parseReportFormats(opts.reportFormats.split(',').map((f) => f.trim()));
  } catch (error) {
    throw new CliError((error as Error).message);
  }
  return o;
}

function resetAll(): JobSettingsOverrides {
  return {
    collectionEnabled: null,
    mentionsEveryMinutes: null,
    postsEveryMinutes: null,
    engagementCurve: null,
    incidentsEveryMinutes: null,
    monthlyReportEnabled: null,
    reportFormats: null,
  };
}

function minutes(value: string, option: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 7 * 24 * 60) {
    throw new Error(`${option}: whole minutes between 1 and 10080, got "${value}"`);
  }
  return n;
}
