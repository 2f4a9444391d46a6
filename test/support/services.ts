// Wires the real services on a test database the way the Nest modules do, without an application context.
import { AttributionService, RosterImportService, TwcsImportService } from '#collectors';
import {
  AccountRepository,
  AssignmentRepository,
  AuditLogService,
  CollectionRunRepository,
  InboundItemRepository,
  OperatorRepository,
  OutboundItemRepository,
  ReportRepository,
  TwcsStagingRepository,
  WorkspaceRepository,
  type OpenDatabase,
} from '#persistence';

export function repositoriesFor(db: OpenDatabase) {
  const ds = db.dataSource;
  return {
    workspaces: new WorkspaceRepository(ds),
    accounts: new AccountRepository(ds),
    operators: new OperatorRepository(ds),
    assignments: new AssignmentRepository(ds),
    staging: new TwcsStagingRepository(ds),
    outbound: new OutboundItemRepository(ds),
    inbound: new InboundItemRepository(ds),
    runs: new CollectionRunRepository(ds),
    reports: new ReportRepository(ds),
    audit: new AuditLogService(ds),
  };
}

export function servicesFor(db: OpenDatabase) {
  const r = repositoriesFor(db);
  const attribution = new AttributionService(r.accounts, r.operators, r.assignments, r.outbound);
  const twcsImport = new TwcsImportService(r.runs, r.staging, attribution, r.audit);
  const rosterImport = new RosterImportService(
    db.dataSource,
    r.accounts,
    r.operators,
    r.assignments,
    r.runs,
    attribution,
    r.audit,
  );
  return { ...r, attribution, twcsImport, rosterImport };
}
