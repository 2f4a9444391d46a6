import { Command, Option } from 'commander';
import { IncidentDetectionService } from '#collectors';
import { withApp } from '../cli-context.js';
import { formatDuration } from '../terminal.js';
import { cliActor, parsePeriod, table, type PeriodOptions } from './incidents-cli.util.js';

export function registerIncidentsDetect(incidents: Command): void {
  incidents
    .command('detect')
    .description('Run the incident rules over the facts and record what they find (new incidents, new hits)')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--from <date>', 'first day, YYYY-MM-DD in the workspace time zone (default: all data)')
    .option('--to <date>', 'last day, inclusive (default: all data)')
    .option('--month <YYYY-MM>', 'a calendar month instead of --from/--to')
    .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table'))
    .addHelpText(
      'after',
      '\nRules: deleted within 15 minutes, outside shift or assignment, wrong account, SLA breach streaks, backlog\n' +
        'surges, content (word lists), engagement anomalies; thresholds: ledger incidents settings. Running it\n' +
        'twice changes nothing; hits on an item that already has an incident are added to that incident.\n\n' +
        'Example:\n  npx ledger incidents detect --workspace acme --month 2017-10',
    )
    .action(async (opts: PeriodOptions & { workspace: string; format: 'table' | 'json' }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const period = parsePeriod(opts, workspace.timeZone);
        const started = Date.now();
        const by = cliActor();
        const run = await app.get(IncidentDetectionService).detect(workspace.id, {
          from: period.bounded ? period.from : undefined,
          to: period.bounded ? period.to : undefined,
          by: { at: by.at, actor: `detection (${by.actor})` },
        });
        if (opts.format === 'json') {
          console.log(JSON.stringify(run, null, 2));
          return;
        }
        if (!run.period) {
          console.log(`No items in "${workspace.slug}" yet: nothing to detect.`);
          return;
        }
        const hits = Object.entries(run.hitsByRule).map(([rule, n]) => `${rule} ${n}`);
        console.log(
          `Incident detection for "${workspace.slug}", ${run.period.from.toISOString()} to ${run.period.to.toISOString()}, ${formatDuration(Date.now() - started)}`,
        );
        console.log(`  rule hits   ${hits.length ? hits.join(', ') : 'none'}`);
        console.log(
          `  incidents   ${run.created.length} new, ${run.updated.length} updated, ${run.unchanged} unchanged`,
        );
        if (run.created.length > 0)
          console.log(
            table(
              ['new', 'severity', 'kind', 'title'],
              run.created.map((c) => [c.id.slice(0, 8), c.severity, c.kind, c.title]),
            ),
          );
        for (const u of run.updated) console.log(`  updated ${u.id.slice(0, 8)}: ${u.changes.join('; ')}`);
      });
    });
}
