// The incident ledger's services wired on a test database, as CollectorsModule wires them, for the detection
// specs; and the acting person of the Chrysler case at a given minute.
import {
  AccountRepository,
  AssignmentRepository,
  AuditLogRepository,
  AuditLogService,
  IncidentFactsRepository,
  IncidentRepository,
  IncidentSettingsRepository,
  IncidentTimelineRepository,
  OperatorRepository,
  type OpenDatabase,
} from '#persistence';
import { DetectionFactsLoader } from './detection-facts.loader.js';
import { IncidentActionsService } from './incident-actions.service.js';
import { IncidentDetectionService } from './incident-detection.service.js';
import { IncidentExportService } from './incident-export.service.js';
import { IncidentLedgerService } from './incident-ledger.service.js';
import { IncidentSettingsService } from './incident-settings.service.js';

export function incidentServices(db: OpenDatabase) {
  const ds = db.dataSource;
  const incidents = new IncidentRepository(ds);
  const timeline = new IncidentTimelineRepository(ds);
  const audit = new AuditLogService(ds);
  const settings = new IncidentSettingsRepository(ds);
  const loader = new DetectionFactsLoader(
    new AccountRepository(ds),
    new OperatorRepository(ds),
    new AssignmentRepository(ds),
    new IncidentFactsRepository(ds),
    settings,
  );
  const ledger = new IncidentLedgerService(ds, incidents, timeline, audit);
  return {
    incidents,
    timeline,
    audit,
    ledger,
    detection: new IncidentDetectionService(loader, incidents, ledger),
    actions: new IncidentActionsService(ds, incidents, timeline, audit),
    settings: new IncidentSettingsService(ds, settings, audit),
    exports: new IncidentExportService(incidents, timeline, new AuditLogRepository(ds)),
  };
}

/** The auditor acting on 10 March 2011 at 09:<minutes> UTC. */
export const by = (minutes: number) => ({
  actor: 'cli:auditor',
  at: new Date(Date.UTC(2011, 2, 10, 9, minutes)),
});
