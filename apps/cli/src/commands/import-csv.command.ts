import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { MappedCsvImportService, readColumnMapping } from '#collectors';
import { CliError } from '../cli-context.js';
import { EXPORTED_AT_HELP, runExportImport } from './export-import-cli.util.js';
import { NO_DETECT_HELP } from './import-detection.util.js';

export function registerImportCsv(importCommand: Command): void {
  importCommand
    .command('csv')
    .description("Import any tool's CSV export through a column mapping file (inbound and outbound items)")
    .argument('<file>', 'the CSV file')
    .requiredOption(
      '--mapping <file>',
      'YAML column mapping: which column is the id, the time, the direction …',
    )
    .requiredOption('-w, --workspace <slug>', 'workspace to import into (created if it does not exist)')
    .option('--exported-at <time>', EXPORTED_AT_HELP)
    .option('--no-detect', NO_DETECT_HELP)
    .addHelpText(
      'after',
      '\nThe mapping names the CSV column of each role (id, created_at, direction, text, author, in_reply_to,\n' +
        'conversation, account, account_id, platform, operator, kind, and counts such as reactions), how\n' +
        'created_at is written (iso, twitter, unix, unix_ms, or a pattern such as "DD.MM.YYYY HH:mm") and in\n' +
        'which time zone, and which cell values mean inbound and outbound. Every key is explained in\n' +
        'libs/collectors/src/importers/mapped-csv/examples/mapping.example.yaml.\n' +
        'Importing the same file again changes nothing.\n\n' +
        'Example:\n  npx ledger import csv inbox.csv --mapping inbox.mapping.yaml -w acme',
    )
    .action(async (file: string, opts: { workspace: string; mapping: string; exportedAt?: string }) => {
      if (!fs.existsSync(opts.mapping))
        throw new CliError(`Mapping file not found: ${path.resolve(opts.mapping)}`);
      const mapping = await readColumnMapping(opts.mapping).catch((error: Error) => {
        throw new CliError(error.message);
      });
      await runExportImport(file, opts, ({ app, workspace, exportedAt, onProgress }) =>
        app.get(MappedCsvImportService).import(file, {
          workspaceId: workspace.id,
          name: path.basename(file),
          mapping,
          exportedAt,
          onProgress,
        }),
      );
    });
}
