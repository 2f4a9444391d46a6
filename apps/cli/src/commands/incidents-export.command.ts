import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, IncidentExportService, type ExportFormat } from '#collectors';
import { withApp } from '../cli-context.js';
import { parsePeriod, type PeriodOptions } from './incidents-cli.util.js';

type ExportOptions = PeriodOptions & { workspace: string; format: ExportFormat; out?: string };

/** `incidents export` and `audit export`: the same options, a different table. */
export function addExportCommand(parent: Command, what: 'incidents' | 'audit'): void {
  parent
    .command('export')
    .description(
      what === 'incidents'
        ? 'Incidents of a period as CSV or JSON (JSON with each timeline)'
        : 'Audit log entries of a period as CSV or JSON, with every hashed field (verifiable: audit verify --file)',
    )
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--from <date>', 'first day, YYYY-MM-DD (default: all)')
    .option('--to <date>', 'last day, inclusive (default: all)')
    .option('--month <YYYY-MM>', 'a calendar month instead of --from/--to')
    .addOption(new Option('--format <format>', 'file format').choices([...EXPORT_FORMATS]).default('csv'))
    .option('--out <file>', 'write to this file (default: standard output)')
    .addHelpText(
      'after',
      `\nExample:\n  npx ledger ${what} export --workspace acme --month 2017-10 --format json --out ${what}-2017-10.json`,
    )
    .action(async (opts: ExportOptions) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const { from, to } = parsePeriod(opts, workspace.timeZone);
        const service = app.get(IncidentExportService);
        const period = { workspace: { id: workspace.id, slug: workspace.slug }, from, to };
        const text =
          what === 'incidents'
            ? await service.incidentsExport(period, opts.format)
            : await service.auditExport(period, opts.format);
        if (!opts.out) {
          process.stdout.write(text);
          return;
        }
        fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
        fs.writeFileSync(opts.out, text);
        console.error(`Wrote ${path.resolve(opts.out)}`);
      });
    });
}
