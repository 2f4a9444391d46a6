import type { Command } from 'commander';
import { registerAudit } from './audit.command.js';
import { registerIncidentsChange } from './incidents-change.command.js';
import { registerIncidentsDetect } from './incidents-detect.command.js';
import { addExportCommand } from './incidents-export.command.js';
import { registerIncidentsList } from './incidents-list.command.js';
import { registerIncidentsReport } from './incidents-report.command.js';
import { registerIncidentsSettings } from './incidents-settings.command.js';

/** Commands of the incidents feature; each command in its own file beside this one, registered here. */
export function registerIncidentsCommands(program: Command): void {
  const incidents = program
    .command('incidents')
    .description('The incident ledger: detect, list, report, contain, export (rules: docs/incidents.md)');
  registerIncidentsDetect(incidents);
  registerIncidentsList(incidents);
  addExportCommand(incidents, 'incidents');
  registerIncidentsReport(incidents);
  registerIncidentsChange(incidents);
  registerIncidentsSettings(incidents);
  registerAudit(program);
}
