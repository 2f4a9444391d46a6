import { Injectable } from '@nestjs/common';
import {
  generatePassword,
  hashPassword,
  MembershipRepository,
  normalizeEmail,
  UserRepository,
  type WorkspaceEntity,
} from '#persistence';

export const DEMO_ADMIN_EMAIL = 'admin@demo.local';

export interface FirstAdmin {
  email: string;
  /** Shown once in the start-up banner; only its hash is stored. */
  password: string;
}

/**
 * On a database without any user, creates an administrator of the demo workspace so that the first `npm start`
 * can be logged in to. LEDGER_ADMIN_EMAIL / LEDGER_ADMIN_PASSWORD choose the credentials; otherwise the
 * password is generated and printed once.
 */
@Injectable()
export class FirstAdminService {
  constructor(
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
  ) {}

  async ensure(workspace: WorkspaceEntity): Promise<FirstAdmin | null> {
    if ((await this.users.count()) > 0) return null;
    const email = normalizeEmail(process.env.LEDGER_ADMIN_EMAIL || DEMO_ADMIN_EMAIL);
    const password = process.env.LEDGER_ADMIN_PASSWORD || generatePassword();
    const user = await this.users.create(email, await hashPassword(password));
    if (!user) return null;
    await this.memberships.grant(user.id, workspace.id, 'admin');
    return { email, password };
  }
}
