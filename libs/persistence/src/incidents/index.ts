// The incidents feature's share of the data layer: its entities, migrations and repositories, registered with the
// DataSource and PersistenceModule through the arrays below. Add classes here; nothing outside this folder.
import type { DataSource, MigrationInterface } from 'typeorm';
import { IncidentLedger1795798227022 } from './1795798227022-incident-ledger.migration.js';
import { IncidentTimelineAppendOnly1795802400418 } from './1795802400418-incident-timeline-append-only.migration.js';
import { AllowedApplicationEntity } from './allowed-application.entity.js';
import { IncidentEventEntity } from './incident-event.entity.js';
import { IncidentEvidenceEntity } from './incident-evidence.entity.js';
import { IncidentRuleSettingsEntity } from './incident-rule-settings.entity.js';
import { IncidentWordEntity } from './incident-word.entity.js';
import { AuditLogRepository } from './audit-log.repository.js';
import { AuditLogService } from './audit-log.service.js';
import { IncidentFactsRepository } from './incident-facts.repository.js';
import { IncidentSettingsRepository } from './incident-settings.repository.js';
import { IncidentTimelineRepository } from './incident-timeline.repository.js';
import { IncidentRepository } from './incident.repository.js';
import { LedgerReconciliationRepository } from './ledger-reconciliation.repository.js';

export {
  AllowedApplicationEntity,
  IncidentEventEntity,
  IncidentEvidenceEntity,
  IncidentRuleSettingsEntity,
  IncidentWordEntity,
};
export {
  AuditLogRepository,
  AuditLogService,
  IncidentFactsRepository,
  IncidentRepository,
  IncidentSettingsRepository,
  IncidentTimelineRepository,
  LedgerReconciliationRepository,
};
export { defaultActor, type AuditRecord } from './audit-log.service.js';
export { currentAuditScope, withAuditActor, type AuditActorScope } from './audit-actor.context.js';
export type { IncidentChange, IncidentFilter, IncidentView, NewIncident } from './incident.repository.js';
export type { EvidenceFileView, IncidentEventView } from './incident-timeline.repository.js';
export type { WorkspaceWord } from './incident-settings.repository.js';
export type { Queryable } from './queryable.util.js';

type EntityClass = new () => object;
type MigrationClass = new () => MigrationInterface;

/** Entity classes of this feature (registered with the DataSource). */
export const INCIDENTS_ENTITIES: EntityClass[] = [
  IncidentEventEntity,
  IncidentEvidenceEntity,
  IncidentRuleSettingsEntity,
  IncidentWordEntity,
  AllowedApplicationEntity,
];

/** Migration classes of this feature (TypeORM runs all migrations in timestamp order). */
export const INCIDENTS_MIGRATIONS: MigrationClass[] = [
  IncidentLedger1795798227022,
  IncidentTimelineAppendOnly1795802400418,
];

/** Repository classes of this feature: each is constructed with the DataSource and provided by PersistenceModule. */
export const INCIDENTS_REPOSITORIES: (new (dataSource: DataSource) => object)[] = [
  AuditLogRepository,
  AuditLogService,
  IncidentRepository,
  IncidentTimelineRepository,
  IncidentSettingsRepository,
  IncidentFactsRepository,
];
