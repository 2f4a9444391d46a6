import { Argument, type Command } from 'commander';
import { INCIDENT_KINDS, INCIDENT_SEVERITIES, type IncidentKind, type IncidentSeverity } from '#domain';
import { IncidentActionsService, IncidentMergeError } from '#collectors';
import { CliError, withApp } from '../cli-context.js';
import { cliActor, resolveIncident } from './incidents-cli.util.js';

interface ChangeOptions {
  workspace: string;
  reason: string;
}

/**
 * `ledger incidents severity|kind`: a person corrects what detection or a report said, with the reason on the
 * record (timeline and audit log). Detection leaves a field a person set as it is (docs/incidents.md).
 * `ledger incidents merge`: a person merges a duplicate the rules did not recognise into the incident kept.
 */
export function registerIncidentsChange(incidents: Command): void {
  incidents
    .command('severity')
    .description(
      'Set an incident’s severity (up or down), with the reason; detection will not change it again',
    )
    .argument('<id>', 'incident id or its first characters')
    .addArgument(new Argument('<severity>', 'new severity').choices([...INCIDENT_SEVERITIES]))
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .requiredOption('--reason <text>', 'why, for the timeline and the audit log (required)')
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger incidents severity 3f2a critical -w acme --reason "customer data in the reply"',
    )
    .action(async (id: string, severity: IncidentSeverity, opts: ChangeOptions) => {
      await change(id, opts, 'severity', (actions, workspaceId, incidentId) =>
        actions.setSeverity(workspaceId, incidentId, severity, { ...cliActor(), reason: opts.reason }),
      );
    });

  incidents
    .command('kind')
    .description(
      'Set an incident’s kind (what happened), with the reason; detection will not rename it again',
    )
    .argument('<id>', 'incident id or its first characters')
    .addArgument(new Argument('<kind>', 'new kind').choices([...INCIDENT_KINDS]))
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .requiredOption('--reason <text>', 'why, for the timeline and the audit log (required)')
    .action(async (id: string, kind: IncidentKind, opts: ChangeOptions) => {
      await change(id, opts, 'kind', (actions, workspaceId, incidentId) =>
        actions.setKind(workspaceId, incidentId, kind, { ...cliActor(), reason: opts.reason }),
      );
    });

  incidents
    .command('merge')
    .description(
      'Merge a duplicate incident into the one kept, with the reason: the duplicate becomes "merged", ' +
        'the kept one takes its severity if higher, and detection sends later hits on the duplicate to it',
    )
    .argument('<keepId>', 'the incident to keep (id or its first characters)')
    .argument('<duplicateId>', 'the duplicate (id or its first characters)')
    .requiredOption('-w, --workspace <slug>', 'workspace')
    .requiredOption('--reason <text>', 'why, for both timelines and the audit log (required)')
    .addHelpText(
      'after',
      '\nExample:\n  npx ledger incidents merge 3f2a 9c41 -w acme --reason "the same post, reported twice"',
    )
    .action(async (keepId: string, duplicateId: string, opts: ChangeOptions) => {
      if (!opts.reason.trim()) throw new CliError('--reason: give the reason for the merge, for the record');
      await withApp(async (app) => {
        const workspace = await app.workspace(opts.workspace);
        const keep = await resolveIncident(app, workspace, keepId);
        const duplicate = await resolveIncident(app, workspace, duplicateId);
        try {
          const kept = await app
            .get(IncidentActionsService)
            .merge(workspace.id, keep.id, duplicate.id, { ...cliActor(), reason: opts.reason });
          console.log(`Merged incident ${duplicate.id} into ${kept.id} (status merged)`);
          if (kept.severity !== keep.severity)
            console.log(
              `Incident ${kept.id}: severity ${keep.severity} → ${kept.severity} (the duplicate's)`,
            );
        } catch (error) {
          if (error instanceof IncidentMergeError)
            throw new CliError(
              `${error.field === 'keepId' ? '<keepId>' : '<duplicateId>'}: ${error.message}`,
            );
          throw error;
        }
      });
    });
}

async function change(
  id: string,
  opts: ChangeOptions,
  field: 'severity' | 'kind',
  apply: (
    actions: IncidentActionsService,
    workspaceId: string,
    incidentId: string,
  ) => Promise<{ id: string; severity: string; kind: string }>,
): Promise<void> {
  if (!opts.reason.trim()) throw new CliError('--reason: give the reason for the change, for the record');
  await withApp(async (app) => {
    const workspace = await app.workspace(opts.workspace);
    const incident = await resolveIncident(app, workspace, id);
    const updated = await apply(app.get(IncidentActionsService), workspace.id, incident.id);
    console.log(
      updated[field] === incident[field]
        ? `Incident ${updated.id}: ${field} is already ${updated[field]}, nothing changed`
        : `Incident ${updated.id}: ${field} ${incident[field]} → ${updated[field]}`,
    );
  });
}
