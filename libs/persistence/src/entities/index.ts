import { AccountEntity } from './account.entity.js';
import { AssignmentEntity } from './assignment.entity.js';
import { AuditLogEntryEntity } from './audit-log-entry.entity.js';
import { CollectionRunEntity } from './collection-run.entity.js';
import { EngagementSnapshotEntity } from './engagement-snapshot.entity.js';
import { InboundItemEntity } from './inbound-item.entity.js';
import { IncidentEntity } from './incident.entity.js';
import { OperatorAliasEntity } from './operator-alias.entity.js';
import { OperatorEntity } from './operator.entity.js';
import { OperatorGroupMembershipEntity } from './operator-group-membership.entity.js';
import { OutboundItemEntity } from './outbound-item.entity.js';
import { ReportEntity } from './report.entity.js';
import { TwcsStagedRowEntity } from './twcs-staged-row.entity.js';
import { WorkspaceEntity } from './workspace.entity.js';

export {
  AccountEntity,
  AssignmentEntity,
  AuditLogEntryEntity,
  CollectionRunEntity,
  EngagementSnapshotEntity,
  InboundItemEntity,
  IncidentEntity,
  OperatorAliasEntity,
  OperatorEntity,
  OperatorGroupMembershipEntity,
  OutboundItemEntity,
  ReportEntity,
  TwcsStagedRowEntity,
  WorkspaceEntity,
};
export type { BusinessHoursWindow } from './account.entity.js';
export type { RejectedRow } from './collection-run.entity.js';
export { SnakeNamingStrategy } from './snake-naming.strategy.js';

import { ENGINE_ENTITIES } from '../engine/index.js';
import { COLLECTION_ENTITIES } from '../collection/index.js';
import { JOBS_ENTITIES } from '../jobs/index.js';
import { INCIDENTS_ENTITIES } from '../incidents/index.js';
import { ACCESS_ENTITIES } from '../access/index.js';
import { REPORTING_ENTITIES } from '../reporting/index.js';

export const ENTITIES = [
  WorkspaceEntity,
  AccountEntity,
  OperatorEntity,
  OperatorAliasEntity,
  OperatorGroupMembershipEntity,
  AssignmentEntity,
  OutboundItemEntity,
  InboundItemEntity,
  EngagementSnapshotEntity,
  IncidentEntity,
  CollectionRunEntity,
  ReportEntity,
  AuditLogEntryEntity,
  TwcsStagedRowEntity,
  ...ENGINE_ENTITIES,
  ...COLLECTION_ENTITIES,
  ...JOBS_ENTITIES,
  ...INCIDENTS_ENTITIES,
  ...ACCESS_ENTITIES,
  ...REPORTING_ENTITIES,
];
