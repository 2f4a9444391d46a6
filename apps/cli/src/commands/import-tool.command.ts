import path from 'node:path';
import type { Command } from 'commander';
import { ToolExportImportService } from '#collectors';
import { checkTimeZone, EXPORTED_AT_HELP, runExportImport } from './export-import-cli.util.js';
import { NO_DETECT_HELP } from './import-detection.util.js';

interface ToolCommandOptions {
  detect: boolean;
  workspace: string;
  platform?: string;
  account?: string;
  timeZone?: string;
  exportedAt?: string;
}

export function registerImportTool(importCommand: Command): void {
  importCommand
    .command('tool')
    .description(
      'Import a publishing tool export with a "Sent by" column (e.g. Sprout Social Post Performance)',
    )
    .argument('<file>', 'CSV with at least Post ID, Date and Sent by (and Network, Profile)')
    .requiredOption('-w, --workspace <slug>', 'workspace to import into (created if it does not exist)')
    .option(
      '--platform <platform>',
      'platform of rows without a Network (x, facebook, instagram, linkedin …)',
    )
    .option('--account <handle>', 'account of rows without a Profile')
    .option(
      '--time-zone <iana>',
      "zone of dates without an offset (default: the account's; a new account gets the workspace's)",
    )
    .option('--exported-at <time>', EXPORTED_AT_HELP)
    .option('--no-detect', NO_DETECT_HELP)
    .addHelpText(
      'after',
      '\nEach row becomes a post of its profile (an account, created if absent). The "Sent by" person is\n' +
        'credited with the post (attribution source "tool"); a name no operator has yet becomes an operator\n' +
        'awaiting a sourcing group (ledger roster import). Rows without a sender are attributed by signature\n' +
        'or roster. Counts (impressions, reach, reactions, comments, shares, saves, link clicks) are stored as\n' +
        'an engagement snapshot taken at the export time. Importing the same file again changes nothing.\n\n' +
        'Example:\n  npx ledger import tool sprout-post-performance.csv -w acme',
    )
    .action(async (file: string, opts: ToolCommandOptions) => {
      const timeZone = checkTimeZone(opts.timeZone);
      await runExportImport(file, opts, ({ app, workspace, exportedAt, onProgress }) =>
        app.get(ToolExportImportService).import(file, {
          workspaceId: workspace.id,
          name: path.basename(file),
          platform: opts.platform,
          account: opts.account,
          timeZone,
          exportedAt,
          onProgress,
        }),
      );
    });
}
