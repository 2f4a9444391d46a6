// The engine feature's share of the data layer: its entities, migrations and repositories, registered with the
// DataSource and PersistenceModule through the arrays below. Add classes here; nothing outside this folder.
import type { DataSource, MigrationInterface } from 'typeorm';
import { EngineSettings1795800295015 } from './1795800295015-engine-settings.migration.js';
import { AccountHolidaysEntity } from './account-holidays.entity.js';
import { AccountHolidaysRepository } from './account-holidays.repository.js';
import { CadencePlanEntity } from './cadence-plan.entity.js';
import { CadencePlanRepository } from './cadence-plan.repository.js';
import { CostModelEntity } from './cost-model.entity.js';
import { CostModelRepository } from './cost-model.repository.js';
import { EngineFactsRepository } from './engine-facts.repository.js';
import { HouseStyleEntity } from './house-style.entity.js';
import { HouseStyleRepository } from './house-style.repository.js';
import { ScorecardSettingsEntity } from './scorecard-settings.entity.js';
import { ScorecardSettingsRepository } from './scorecard-settings.repository.js';

export {
  AccountHolidaysEntity,
  CadencePlanEntity,
  CostModelEntity,
  HouseStyleEntity,
  ScorecardSettingsEntity,
};
export {
  AccountHolidaysRepository,
  CadencePlanRepository,
  CostModelRepository,
  EngineFactsRepository,
  HouseStyleRepository,
  ScorecardSettingsRepository,
};
export type { StoredCadencePlan } from './cadence-plan.repository.js';
export type { StoredCostModel } from './cost-model.repository.js';
export type { EngineOutboundRow } from './engine-facts.repository.js';
export type { HouseStyleSettings } from './house-style.repository.js';
export type { ScorecardSettings } from './scorecard-settings.repository.js';

type EntityClass = new () => object;
type MigrationClass = new () => MigrationInterface;

/** Entity classes of this feature (registered with the DataSource). */
export const ENGINE_ENTITIES: EntityClass[] = [
  AccountHolidaysEntity,
  CostModelEntity,
  CadencePlanEntity,
  HouseStyleEntity,
  ScorecardSettingsEntity,
];

/** Migration classes of this feature (TypeORM runs all migrations in timestamp order). */
export const ENGINE_MIGRATIONS: MigrationClass[] = [EngineSettings1795800295015];

/** Repository classes of this feature: each is constructed with the DataSource and provided by PersistenceModule. */
export const ENGINE_REPOSITORIES: (new (dataSource: DataSource) => object)[] = [
  AccountHolidaysRepository,
  CostModelRepository,
  CadencePlanRepository,
  HouseStyleRepository,
  ScorecardSettingsRepository,
  EngineFactsRepository,
];
