import { Command, Option } from 'commander';
import {
  AuditLogRepository,
  AuditLogService,
  IncidentRepository,
  IncidentTimelineRepository,
} from '#persistence';
import { withApp } from '../cli-context.js';
import {
  isoMinute,
  parsePeriod,
  resolveIncident,
  splitList,
  table,
  type PeriodOptions,
} from './incidents-cli.util.js';

export function registerIncidentsList(incidents: Command): void {
  incidents
    .command('list')
    .description('The incidents of a period: severity, status, kind, operator and sourcing group')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--from <date>', 'first day, YYYY-MM-DD (default: all)')
    .option('--to <date>', 'last day, inclusive (default: all)')
    .option('--month <YYYY-MM>', 'a calendar month instead of --from/--to')
    .option(
      '--status <list>',
      'only these statuses: open, contained, resolved, dismissed, merged (merged duplicates are listed)',
    )
    .option('--kind <list>', 'only these kinds, e.g. offensive_content,wrong_account')
    .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table'))
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger incidents list --workspace acme --month 2017-10 --status open,contained',
    )
    .action(
      async (
        opts: PeriodOptions & { workspace: string; status?: string; kind?: string; format: 'table' | 'json' },
      ) => {
        await withApp(async (app) => {
          const workspace = await app.workspace(opts.workspace);
          const { from, to } = parsePeriod(opts, workspace.timeZone);
          const list = await app.get(IncidentRepository).list(workspace.id, {
            from,
            to,
            statuses: splitList(opts.status),
            kinds: splitList(opts.kind),
          });
          if (opts.format === 'json') {
            console.log(JSON.stringify(list, null, 2));
            return;
          }
          if (list.length === 0) {
            console.log(`No incidents in "${workspace.slug}" for this period.`);
            return;
          }
          console.log(
            table(
              ['id', 'occurred', 'account', 'severity', 'status', 'kind', 'operator', 'group', 'title'],
              list.map((i) => [
                i.id.slice(0, 8),
                isoMinute(i.occurredAt),
                i.accountHandle ?? '',
                i.severity,
                i.status,
                i.kind,
                i.operatorName ?? '',
                i.sourcingGroup ?? '',
                i.title,
              ]),
            ),
          );
        });
      },
    );

  incidents
    .command('show')
    .description('One incident: its timeline, evidence, rule hits and the audit entries that prove them')
    .argument('<id>', 'incident id or its first characters')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .action(async (idOrPrefix: string, opts: { workspace: string; format: 'text' | 'json' }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const incident = await resolveIncident(app, workspace, idOrPrefix);
        const timeline = app.get(IncidentTimelineRepository);
        const [events, files, audit, mismatches] = await Promise.all([
          timeline.listEvents([incident.id]),
          timeline.listEvidence([incident.id]),
          app.get(AuditLogRepository).listForEntities(workspace.id, 'incident', [incident.id]),
          app.get(AuditLogService).reconcileIncidents(workspace.id, [incident.id]),
        ]);
        if (opts.format === 'json') {
          const integrity = { matchesAuditLog: mismatches.length === 0, mismatches };
          console.log(
            JSON.stringify({ incident, timeline: events, evidenceFiles: files, audit, integrity }, null, 2),
          );
          return;
        }
        const i = incident;
        console.log(`${i.title}\n`);
        const facts: [string, string][] = [
          ['id', i.id],
          ['kind', i.kind],
          ['severity', i.severity],
          ['status', i.status],
          ['account', i.accountHandle ?? ''],
          ['operator', i.operatorName ?? ''],
          ['sourcing group', i.sourcingGroup ?? ''],
          ['occurred', isoMinute(i.occurredAt)],
          ['detected', isoMinute(i.detectedAt)],
          ['contained', isoMinute(i.containedAt)],
          ['resolved', isoMinute(i.resolvedAt)],
          ['rules', i.rules.join(', ')],
          ['reported by', i.reportedBy ?? ''],
        ];
        for (const [k, v] of facts) if (v) console.log(`  ${k.padEnd(15)} ${v}`);
        if (i.description) console.log(`\n  ${i.description}`);
        const item = i.evidence.item as { text?: string } | undefined;
        if (item?.text) console.log(`\nCaptured text:\n  ${item.text}`);
        console.log('\nTimeline:');
        for (const e of events)
          console.log(`  ${isoMinute(e.at)}  ${e.type.padEnd(9)} ${e.actor}: ${e.body ?? ''}`);
        if (files.length) console.log('\nEvidence files:');
        for (const f of files)
          console.log(`  ${f.fileName} (${f.mediaType}, ${f.sizeBytes} bytes) sha256 ${f.sha256}`);
        console.log('\nAudit log:');
        for (const a of audit)
          console.log(
            `  #${a.seq} ${isoMinute(a.occurredAt)} ${a.action} by ${a.actor}  ${a.hash.slice(0, 16)}…`,
          );
        // The rows above are checked against the entries: a change made behind the log's back shows here.
        if (mismatches.length === 0)
          console.log('\nIntegrity: the incident, timeline and evidence match the audit log');
        else {
          console.log('\nINTEGRITY: DOES NOT MATCH THE AUDIT LOG (changed outside the ledger):');
          for (const m of mismatches) console.log(`  ${m.field}: log says ${m.log}, table says ${m.table}`);
          process.exitCode = 1;
        }
      });
    });
}
