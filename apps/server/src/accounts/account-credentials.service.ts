import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { AccountConnectionService, CREDENTIAL_FIELDS, CredentialKeyError } from '#collectors';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { AccountsService, fieldError } from './accounts.service.js';
import type { CredentialsStoredDto, PutCredentialsDto } from './credentials.dto.js';

/**
 * Stores an account's platform credentials through the same service as `ledger account connect`: sealed
 * with LEDGER_CREDENTIALS_KEY, audited by field names only. Without a usable key the answer is a 503 that
 * says how to configure one; the secret is never echoed, in answers or errors.
 */
@Injectable()
export class AccountCredentialsService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly connections: AccountConnectionService,
  ) {}

  async put(
    access: WorkspaceAccess,
    accountId: string,
    input: PutCredentialsDto,
  ): Promise<CredentialsStoredDto> {
    const account = await this.accounts.get(access.workspace.id, accountId);
    const fields = CREDENTIAL_FIELDS[account.platform] ?? { secret: ['token'], settings: [] };
    const given = Object.entries(input).filter(([, v]) => v !== undefined) as [string, string][];
    for (const [name] of given)
      if (!fields.secret.includes(name) && !fields.settings.includes(name))
        throw fieldError(
          name,
          `${name} is not used by ${account.platform} accounts (they take: ${[...fields.secret, ...fields.settings].join(', ')})`,
        );
    const primary = fields.secret[0];
    if (input[primary as keyof PutCredentialsDto] === undefined)
      throw fieldError(primary, `${primary} is required for ${account.platform} accounts`);
    for (const name of fields.required ?? [])
      if (input[name as keyof PutCredentialsDto] === undefined)
        throw fieldError(name, `${name} is required for ${account.platform} accounts`);
    const secret = Object.fromEntries(given.filter(([k]) => fields.secret.includes(k)));
    const settings = Object.fromEntries(
      given.filter(([k]) => fields.settings.includes(k)).map(([k, v]) => [k, v.replace(/\/$/, '')]),
    );
    try {
      await this.connections.connect({
        workspaceId: access.workspace.id,
        platform: account.platform,
        handle: account.handle,
        externalId: account.externalId,
        settings,
        secret,
      });
    } catch (error) {
      if (error instanceof CredentialKeyError)
        throw new ServiceUnavailableException({ code: 'credentials_key_missing', message: error.message });
      throw error;
    }
    const stored = await this.connections.describe(account.id);
    return {
      accountId: account.id,
      secretFields: Object.keys(secret).sort(),
      settings: stored?.settings ?? settings,
      keyId: stored?.keyId ?? '',
    };
  }
}
