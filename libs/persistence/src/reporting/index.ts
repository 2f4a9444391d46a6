// The reporting feature's share of the data layer: the report archive's look-ups, branding, delivery settings,
// recipients and delivery records, registered with the DataSource and PersistenceModule through the arrays
// below. The report table itself is core (entities/report.entity.ts); its archive columns come from the
// migration here.
import type { DataSource, MigrationInterface } from 'typeorm';
import { ReportArchiveAndDelivery1795801027900 } from './1795801027900-report-archive-and-delivery.migration.js';
import { ReportArchiveCopies1795820143907 } from './1795820143907-report-archive-copies.migration.js';
import { ReportArchiveRepository } from './report-archive.repository.js';
import { ReportBrandingEntity } from './report-branding.entity.js';
import { ReportBrandingRepository } from './report-branding.repository.js';
import { ReportDeliverySettingsEntity } from './report-delivery-settings.entity.js';
import { ReportDeliverySettingsRepository } from './report-delivery-settings.repository.js';
import { ReportDeliveryEntity } from './report-delivery.entity.js';
import { ReportDeliveryRepository } from './report-delivery.repository.js';
import { ReportRecipientEntity } from './report-recipient.entity.js';

export { ReportBrandingEntity, ReportDeliveryEntity, ReportDeliverySettingsEntity, ReportRecipientEntity };
export {
  ReportArchiveRepository,
  ReportBrandingRepository,
  ReportDeliveryRepository,
  ReportDeliverySettingsRepository,
};
export type { ArchivedReportInput, ReportFileFormat, ReportFileMatch } from './report-archive.repository.js';
export type { ReportBrandingChange } from './report-branding.repository.js';
export type { ReportDeliverySettings } from './report-delivery-settings.repository.js';
export type { DeliveryOutcome } from './report-delivery.repository.js';

type EntityClass = new () => object;
type MigrationClass = new () => MigrationInterface;

/** Entity classes of this feature (registered with the DataSource). */
export const REPORTING_ENTITIES: EntityClass[] = [
  ReportBrandingEntity,
  ReportDeliverySettingsEntity,
  ReportRecipientEntity,
  ReportDeliveryEntity,
];

/** Migration classes of this feature (TypeORM runs all migrations in timestamp order). */
export const REPORTING_MIGRATIONS: MigrationClass[] = [
  ReportArchiveAndDelivery1795801027900,
  ReportArchiveCopies1795820143907,
];

/** Repository classes of this feature: each is constructed with the DataSource and provided by PersistenceModule. */
export const REPORTING_REPOSITORIES: (new (dataSource: DataSource) => object)[] = [
  ReportArchiveRepository,
  ReportBrandingRepository,
  ReportDeliverySettingsRepository,
  ReportDeliveryRepository,
];
