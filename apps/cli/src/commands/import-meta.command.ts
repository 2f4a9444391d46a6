import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { MetaExportImportService, type MetaPlatform } from '#collectors';
import { checkTimeZone, EXPORTED_AT_HELP, runExportImport } from './export-import-cli.util.js';
import { NO_DETECT_HELP } from './import-detection.util.js';

interface MetaCommandOptions {
  detect: boolean;
  workspace: string;
  account?: string;
  platform?: MetaPlatform;
  timeZone?: string;
  exportedAt?: string;
}

export function registerImportMeta(importCommand: Command): void {
  importCommand
    .command('meta')
    .description('Import a Meta Business Suite per-post export (Facebook Page or Instagram account)')
    .argument('<file>', 'the CSV as downloaded from Meta Business Suite (Insights → Content → Export)')
    .requiredOption('-w, --workspace <slug>', 'workspace to import into (created if it does not exist)')
    .option('--account <handle>', 'the account every post belongs to (default: the Page/Account columns)')
    .option('--platform <platform>', 'facebook or instagram, when the header does not say', parsePlatform)
    .option(
      '--time-zone <iana>',
      "zone of the Publish time values (default: the account's; a new account gets the workspace's)",
    )
    .option('--exported-at <time>', EXPORTED_AT_HELP)
    .option('--no-detect', NO_DETECT_HELP)
    .addHelpText(
      'after',
      '\nEach row becomes a post of the account (created if absent), with its lifetime reactions, comments,\n' +
        'shares, views (older exports: impressions), reach and saves stored as an engagement snapshot taken at\n' +
        'the export time. Publish times (MM/DD/YYYY HH:MM) carry no zone: Meta writes them in the time zone of\n' +
        "the account, so set the account's zone first (ledger accounts set) or give --time-zone.\n" +
        'IDs that Excel turned into scientific notation (1.22158E+17) are rejected: the real id is lost.\n' +
        'Importing the same file again changes nothing.\n\n' +
        'Example:\n  npx ledger import meta posts-2024-05.csv -w acme --time-zone Europe/Vienna',
    )
    .action(async (file: string, opts: MetaCommandOptions) => {
      const timeZone = checkTimeZone(opts.timeZone);
      await runExportImport(file, opts, ({ app, workspace, exportedAt, onProgress }) =>
        app.get(MetaExportImportService).import(file, {
          workspaceId: workspace.id,
          name: path.basename(file),
          account: opts.account,
          platform: opts.platform,
          timeZone,
          exportedAt,
          onProgress,
        }),
      );
    });
}

function parsePlatform(value: string): MetaPlatform {
  const platform = value.trim().toLowerCase();
  if (platform !== 'facebook' && platform !== 'instagram')
    throw new InvalidArgumentError('use facebook or instagram');
  return platform;
}
