// The collection feature's share of the data layer: its entities, migrations and repositories, registered with the
// DataSource and PersistenceModule through the arrays below. Add classes here; nothing outside this folder.
import type { DataSource, MigrationInterface } from 'typeorm';
import { CollectionSchema1795797785017 } from './1795797785017-collection-schema.migration.js';
import { AccountConnectionEntity } from './account-connection.entity.js';
import { AccountConnectionRepository } from './account-connection.repository.js';
import { AccountProfileSnapshotEntity } from './account-profile-snapshot.entity.js';
import { AccountProfileSnapshotRepository } from './account-profile-snapshot.repository.js';
import { CollectionWindowEntity } from './collection-window.entity.js';
import { EngagementBreakdownEntity } from './engagement-breakdown.entity.js';
import { EngagementSnapshotRepository } from './engagement-snapshot.repository.js';
import { OutboundCaptureEntity } from './outbound-capture.entity.js';
import { OutboundCaptureRepository } from './outbound-capture.repository.js';
import { StreamCursorEntity } from './stream-cursor.entity.js';
import { StreamCursorRepository } from './stream-cursor.repository.js';
import { StreamRunRepository } from './stream-run.repository.js';

export {
  AccountConnectionEntity,
  AccountConnectionRepository,
  AccountProfileSnapshotEntity,
  AccountProfileSnapshotRepository,
  CollectionWindowEntity,
  EngagementBreakdownEntity,
  EngagementSnapshotRepository,
  OutboundCaptureEntity,
  OutboundCaptureRepository,
  StreamCursorEntity,
  StreamCursorRepository,
  StreamRunRepository,
};
export type { SealedSecret } from './account-connection.repository.js';
export type { ProfileReading } from './account-profile-snapshot.repository.js';
export type { EngagementReading } from './engagement-snapshot.repository.js';
export type { DeletionEvidence, FirstSeenOutbound } from './outbound-capture.repository.js';
export type { HighWaterMark } from './stream-cursor.repository.js';
export type { CollectionGap, StreamRunOutcome, StreamRunRow } from './stream-run.repository.js';

type EntityClass = new () => object;
type MigrationClass = new () => MigrationInterface;

/** Entity classes of this feature (registered with the DataSource). */
export const COLLECTION_ENTITIES: EntityClass[] = [
  AccountConnectionEntity,
  StreamCursorEntity,
  OutboundCaptureEntity,
  CollectionWindowEntity,
  AccountProfileSnapshotEntity,
  EngagementBreakdownEntity,
];

/** Migration classes of this feature (TypeORM runs all migrations in timestamp order). */
export const COLLECTION_MIGRATIONS: MigrationClass[] = [CollectionSchema1795797785017];

/** Repository classes of this feature: each is constructed with the DataSource and provided by PersistenceModule. */
export const COLLECTION_REPOSITORIES: (new (dataSource: DataSource) => object)[] = [
  AccountConnectionRepository,
  StreamCursorRepository,
  OutboundCaptureRepository,
  EngagementSnapshotRepository,
  AccountProfileSnapshotRepository,
  StreamRunRepository,
];
