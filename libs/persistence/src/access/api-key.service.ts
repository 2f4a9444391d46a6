import type { DataSource } from 'typeorm';
import { AuditLogService, defaultActor } from '../incidents/audit-log.service.js';
import { generateApiKey } from './access-secrets.util.js';
import type { ApiKeyEntity } from './api-key.entity.js';
import { ApiKeyRepository } from './api-key.repository.js';

export type ApiKeyRevocation = 'revoked' | 'already_revoked' | 'not_found';

/**
 * Creating and revoking API keys, for the API and the command line alike: a key is access to a workspace's
 * data, so each change and its audit entry commit in one transaction (no key exists that the log does not
 * show). Constructed with the DataSource, like a repository.
 */
export class ApiKeyService {
  private readonly keys: ApiKeyRepository;
  private readonly audit: AuditLogService;

  constructor(private readonly dataSource: DataSource) {
    this.keys = new ApiKeyRepository(dataSource);
    this.audit = new AuditLogService(dataSource);
  }

  /** A new key; `key` is the secret, to be shown once: only its hash is stored. */
  async create(input: {
    workspaceId: string;
    name: string;
    role: string;
    /** Default: the audit log's default actor (the request's caller, LEDGER_ACTOR, or the program and user). */
    actor?: string;
  }): Promise<{ saved: ApiKeyEntity; key: string }> {
    const { key, prefix, keyHash } = generateApiKey();
    const actor = input.actor ?? defaultActor();
    const saved = await this.dataSource.transaction(async (m) => {
      const created = await this.keys.create(
        {
          workspaceId: input.workspaceId,
          name: input.name,
          role: input.role,
          prefix,
          keyHash,
          createdBy: actor,
        },
        m,
      );
      await this.audit.record(
        {
          workspaceId: input.workspaceId,
          action: 'api_key.created',
          entityType: 'api_key',
          entityId: created.id,
          actor,
          payload: { name: created.name, role: created.role, prefix: created.prefix },
        },
        m,
      );
      return created;
    });
    return { saved, key };
  }

  /** Revokes a key of this workspace. A second revoke keeps the first time and records nothing new. */
  async revoke(workspaceId: string, id: string, actor?: string): Promise<ApiKeyRevocation> {
    const key = await this.keys.findById(workspaceId, id);
    if (!key) return 'not_found';
    if (key.revokedAt) return 'already_revoked';
    return this.dataSource.transaction(async (m) => {
      if (!(await this.keys.revoke(workspaceId, id, new Date(), m))) return 'not_found';
      await this.audit.record(
        {
          workspaceId,
          action: 'api_key.revoked',
          entityType: 'api_key',
          entityId: id,
          ...(actor ? { actor } : {}),
          payload: { name: key.name, role: key.role, prefix: key.prefix },
        },
        m,
      );
      return 'revoked';
    });
  }
}
