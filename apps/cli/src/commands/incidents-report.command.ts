import fs from 'node:fs';
import path from 'node:path';
import { Argument, Command, Option } from 'commander';
import {
  findRosterGroup,
  operatorGroupAt,
  INCIDENT_KINDS,
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  type IncidentKind,
  type IncidentSeverity,
  type IncidentStatus,
} from '#domain';
import { IncidentActionsService, IncidentLedgerService, type EvidenceFile } from '#collectors';
import {
  AccountRepository,
  AssignmentRepository,
  IncidentRepository,
  OperatorRepository,
  type WorkspaceEntity,
} from '#persistence';
import { CliError, withApp, type CliApp } from '../cli-context.js';
import { cliActor, resolveIncident } from './incidents-cli.util.js';

interface ReportOptions {
  workspace: string;
  kind: IncidentKind;
  severity: IncidentSeverity;
  title: string;
  description?: string;
  occurredAt?: string;
  account?: string;
  item?: string;
  operator?: string;
  evidence?: string[];
}

export function registerIncidentsReport(incidents: Command): void {
  incidents
    .command('report-manual')
    .description('Report an incident the rules cannot see (a leak, a complaint), with evidence files')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .addOption(
      new Option('--kind <kind>', 'what happened').choices([...INCIDENT_KINDS]).makeOptionMandatory(),
    )
    .addOption(
      new Option('--severity <severity>', 'how bad').choices([...INCIDENT_SEVERITIES]).makeOptionMandatory(),
    )
    .requiredOption('--title <text>', 'one line')
    .option('--description <text>', 'what happened, in full')
    .option('--occurred-at <instant>', 'when it happened, ISO 8601 (default: now)')
    .option('--account <handle>', 'the account concerned')
    .option(
      '--item <id>',
      "the published item's platform id (needs --account): joins the item's incident if it has one",
    )
    .option(
      '--operator <name>',
      'the operator concerned (their sourcing group is recorded with the incident)',
    )
    .option(
      '--evidence <file...>',
      'files to attach (screenshots, exports, mails); their SHA-256 goes into the audit log',
    )
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger incidents report-manual -w acme --kind data_leak --severity high \\\n' +
        '    --title "Customer address posted in a reply" --account AcmeSupport --item 1234567890 --evidence screenshot.png',
    )
    .action(async (opts: ReportOptions) => {
      const evidence = (opts.evidence ?? []).map(readEvidence);
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const by = cliActor();
        const occurredAt = opts.occurredAt ? parseInstant(opts.occurredAt) : by.at;
        if (occurredAt > by.at)
          throw new CliError(
            `--occurred-at: ${opts.occurredAt} is in the future (now ${by.at.toISOString()}): an incident is reported after it happened`,
          );
        const who = await resolveWho(app, workspace, opts, occurredAt);
        const result = await app.get(IncidentLedgerService).reportManual(
          workspace.id,
          {
            kind: opts.kind,
            severity: opts.severity,
            title: opts.title,
            description: opts.description ?? null,
            occurredAt,
            itemExternalId: opts.item ?? null,
            evidence,
            ...who,
          },
          by,
        );
        console.log(
          result.merged
            ? `Added to incident ${result.id}, which the ledger already had for this item`
            : `Reported incident ${result.id}`,
        );
        for (const file of evidence)
          console.log(`  evidence ${file.fileName} (${file.content.length} bytes)`);
      });
    });

  incidents
    .command('status')
    .description('Contain, resolve, dismiss or reopen an incident')
    .argument('<id>', 'incident id or its first characters')
    .addArgument(new Argument('<status>', 'new status').choices([...INCIDENT_STATUSES]))
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .option('--note <text>', 'why, for the timeline')
    .action(async (id: string, status: IncidentStatus, opts: { workspace: string; note?: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const incident = await resolveIncident(app, workspace, id);
        const updated = await app
          .get(IncidentActionsService)
          .changeStatus(workspace.id, incident.id, status, { ...cliActor(), note: opts.note ?? null });
        console.log(`Incident ${updated.id}: ${incident.status} → ${updated.status}`);
      });
    });

  incidents
    .command('comment')
    .description('Add a comment to an incident’s timeline')
    .argument('<id>', 'incident id or its first characters')
    .argument('<text>', 'the comment')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (id: string, text: string, opts: { workspace: string }) => {
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const incident = await resolveIncident(app, workspace, id);
        await app.get(IncidentActionsService).comment(workspace.id, incident.id, text, cliActor());
        console.log(`Commented on incident ${incident.id}`);
      });
    });

  incidents
    .command('attach')
    .description('Attach an evidence file to an incident')
    .argument('<id>', 'incident id or its first characters')
    .argument('<file>', 'the file')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .action(async (id: string, file: string, opts: { workspace: string }) => {
      const evidence = readEvidence(file);
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const incident = await resolveIncident(app, workspace, id);
        const stored = await app
          .get(IncidentActionsService)
          .attachEvidence(workspace.id, incident.id, evidence, cliActor());
        console.log(`Attached ${stored.fileName} to incident ${incident.id}\n  sha256 ${stored.sha256}`);
      });
    });
}

/** The account, operator and sourcing group a report names, frozen as they are at the time it occurred. */
async function resolveWho(app: CliApp, workspace: WorkspaceEntity, opts: ReportOptions, occurredAt: Date) {
  if (opts.item && !opts.account) throw new CliError('--item needs --account: item ids are per account');
  const account = opts.account
    ? await app.get(AccountRepository).findByHandle(workspace.id, opts.account.replace(/^@/, ''))
    : null;
  if (opts.account && !account) throw new CliError(`No account "${opts.account}" in "${workspace.slug}"`);
  if (
    account &&
    opts.item &&
    !(await app.get(IncidentRepository).publishedItemExists(workspace.id, account.id, opts.item))
  )
    throw new CliError(
      `--item: @${account.handle} has published no item with the id "${opts.item}" in "${workspace.slug}" ` +
        '(the platform id of a post or reply the ledger has collected or imported)',
    );
  const operators = await app.get(OperatorRepository).listFacts(workspace.id);
  const operator = opts.operator
    ? operators.find((o) => o.name.toLowerCase() === opts.operator!.toLowerCase())
    : null;
  if (opts.operator && !operator) throw new CliError(`No operator "${opts.operator}" in "${workspace.slug}"`);
  // The group the operator was in when it occurred, not the group today.
  let sourcingGroup = operator ? operatorGroupAt(operators, operator.id, occurredAt) : null;
  if (!operator && account) {
    const assignments = await app.get(AssignmentRepository).listFacts(workspace.id);
    sourcingGroup = findRosterGroup({ operators, assignments }, account.id, occurredAt, account.timeZone);
  }
  return { accountId: account?.id ?? null, operatorId: operator?.id ?? null, sourcingGroup };
}

function parseInstant(value: string): Date {
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(date.getTime()))
    throw new CliError(
      `--occurred-at: expected an ISO 8601 instant such as 2026-03-09T22:40:00Z, got "${value}"`,
    );
  return date;
}

const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.json': 'application/json',
  '.html': 'text/html',
  '.eml': 'message/rfc822',
  '.mp4': 'video/mp4',
};

function readEvidence(file: string): EvidenceFile {
  if (!fs.existsSync(file)) throw new CliError(`File not found: ${path.resolve(file)}`);
  return {
    fileName: path.basename(file),
    mediaType: MEDIA_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    content: fs.readFileSync(file),
  };
}
