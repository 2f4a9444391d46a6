// The access feature's share of the data layer: users, memberships (user × workspace × role), API keys and
// sessions, registered with the DataSource and PersistenceModule through the arrays below.
import type { DataSource, MigrationInterface } from 'typeorm';
import { AccessControl1795797705459 } from './1795797705459-access-control.migration.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { ApiKeyRepository } from './api-key.repository.js';
import { ApiKeyService } from './api-key.service.js';
import { MembershipEntity } from './membership.entity.js';
import { MembershipRepository } from './membership.repository.js';
import { SessionEntity } from './session.entity.js';
import { SessionRepository } from './session.repository.js';
import { UserEntity } from './user.entity.js';
import { UserRepository } from './user.repository.js';

export { ApiKeyEntity, MembershipEntity, SessionEntity, UserEntity };
export { ApiKeyRepository, ApiKeyService, MembershipRepository, SessionRepository, UserRepository };
export type { ApiKeyRevocation } from './api-key.service.js';
export type { NewApiKey } from './api-key.repository.js';
export type { MemberView, MembershipView } from './membership.repository.js';
export * from './access-secrets.util.js';

type EntityClass = new () => object;
type MigrationClass = new () => MigrationInterface;

/** Entity classes of this feature (registered with the DataSource). */
export const ACCESS_ENTITIES: EntityClass[] = [UserEntity, MembershipEntity, ApiKeyEntity, SessionEntity];

/** Migration classes of this feature (TypeORM runs all migrations in timestamp order). */
export const ACCESS_MIGRATIONS: MigrationClass[] = [AccessControl1795797705459];

/** Repository classes of this feature: each is constructed with the DataSource and provided by PersistenceModule. */
export const ACCESS_REPOSITORIES: (new (dataSource: DataSource) => object)[] = [
  UserRepository,
  MembershipRepository,
  ApiKeyRepository,
  ApiKeyService,
  SessionRepository,
];
