import type { DataSource, EntityManager } from 'typeorm';
import { AccountEntity, type BusinessHoursWindow } from '../entities/account.entity.js';
import type { PageOf, PageRequest } from './page.util.js';

export interface AccountInput {
  platform: string;
  handle: string;
  externalId: string;
  timeZone?: string;
  businessHours?: BusinessHoursWindow[] | null;
  signaturePattern?: string | null;
}

export class AccountRepository {
  constructor(private readonly dataSource: DataSource) {}

  private get repo() {
    return this.dataSource.getRepository(AccountEntity);
  }

  listByWorkspace(workspaceId: string): Promise<AccountEntity[]> {
    return this.repo.find({ where: { workspaceId }, order: { handle: 'ASC' } });
  }

  /** One page of the workspace's accounts by handle. */
  async pageByWorkspace(workspaceId: string, page: PageRequest): Promise<PageOf<AccountEntity>> {
    const [rows, total] = await this.repo.findAndCount({
      where: { workspaceId },
      order: { handle: 'ASC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { rows, total };
  }

  findById(workspaceId: string, id: string): Promise<AccountEntity | null> {
    return this.repo.findOneBy({ workspaceId, id });
  }

  findByHandle(workspaceId: string, handle: string): Promise<AccountEntity | null> {
    return this.repo
      .createQueryBuilder('a')
      .where('a.workspace_id = :workspaceId AND lower(a.handle) = lower(:handle)', { workspaceId, handle })
      .getOne();
  }

  /** Creates the accounts that do not exist yet (by platform and external id); existing ones are kept as they are. */
  async ensureMany(workspaceId: string, accounts: AccountInput[]): Promise<void> {
    if (accounts.length === 0) return;
    await this.repo
      .createQueryBuilder()
      .insert()
      .values(
        accounts.map((a) => ({
          workspaceId,
          platform: a.platform,
          handle: a.handle,
          externalId: a.externalId,
          timeZone: a.timeZone ?? 'UTC',
          businessHours: a.businessHours ?? null,
          signaturePattern: a.signaturePattern ?? null,
        })),
      )
      .orIgnore()
      .execute();
  }

  /** Changes an account's settings; only the fields given are touched. `manager`: the caller's transaction. */
  async updateSettings(
    id: string,
    settings: Partial<
      Pick<AccountEntity, 'timeZone' | 'signaturePattern' | 'slaTargetSeconds' | 'businessHours'>
    >,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(AccountEntity).update(id, settings);
  }
}
