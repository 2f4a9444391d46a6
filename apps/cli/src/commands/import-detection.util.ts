// Incident detection right after an import on the command line: no worker need be running, and whoever
// imports expects the incidents of what they imported to be there when the command returns.
import { IncidentDetectionService } from '#collectors';
import type { WorkspaceEntity } from '#persistence';
import type { CliApp } from '../cli-context.js';
import { formatDuration } from '../terminal.js';
import { cliActor, table } from './incidents-cli.util.js';

/** New incidents listed after an import; the rest are counted (ledger incidents list shows them all). */
const SHOWN_INCIDENTS = 10;

export const NO_DETECT_HELP =
  'do not run the incident rules after the import (run them later: ledger incidents detect)';

/**
 * Runs the incident rules over all of the workspace's facts (an import may bring items of any age, and a new
 * attribution changes who is blamed for old ones) and prints what they found. Idempotent, like
 * `ledger incidents detect`: incidents found by an earlier run are not found again.
 */
export async function detectAfterImport(app: CliApp, workspace: WorkspaceEntity): Promise<void> {
  const started = Date.now();
  const by = cliActor();
  const run = await app.get(IncidentDetectionService).detect(workspace.id, {
    by: { at: by.at, actor: `detection (after import, ${by.actor})` },
  });
  if (!run.period) return;
  const hits = Object.entries(run.hitsByRule).map(([rule, n]) => `${rule} ${n}`);
  console.log(`\nIncident detection (${formatDuration(Date.now() - started)}; skip it with --no-detect):`);
  console.log(`  rule hits   ${hits.length ? hits.join(', ') : 'none'}`);
  console.log(
    `  incidents   ${run.created.length} new, ${run.updated.length} updated, ${run.unchanged} unchanged`,
  );
  if (run.created.length > 0) {
    console.log(
      table(
        ['new', 'severity', 'kind', 'title'],
        run.created.slice(0, SHOWN_INCIDENTS).map((c) => [c.id.slice(0, 8), c.severity, c.kind, c.title]),
      ),
    );
    if (run.created.length > SHOWN_INCIDENTS)
      console.log(`  … and ${run.created.length - SHOWN_INCIDENTS} more`);
    console.log(`  See them: npx ledger incidents list -w ${workspace.slug}`);
  }
}
