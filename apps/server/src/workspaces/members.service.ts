import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import {
  AuditLogService,
  generatePassword,
  hashPassword,
  MembershipRepository,
  UserRepository,
  type MemberView,
} from '#persistence';
import { DataSource, type EntityManager } from 'typeorm';
import type { WorkspaceAccess } from '../auth/access-context.js';
import type { Role } from '../auth/permissions.js';

type Outcome = 'changed' | 'not_found' | 'last_admin';

/**
 * Who has access to a workspace, changed by its admins: add a person (a new user gets a generated password,
 * shown once, as with `ledger users add`), change a role, remove. A workspace always keeps an admin. Each
 * change and its audit entry are written in one transaction.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly audit: AuditLogService,
  ) {}

  async add(
    access: WorkspaceAccess,
    email: string,
    role: Role,
  ): Promise<{ member: MemberView; userCreated: boolean; password?: string }> {
    const workspaceId = access.workspace.id;
    let user = await this.users.findByEmail(email);
    let password: string | undefined;
    if (!user) {
      password = generatePassword();
      // null: created at the same moment by someone else; that user is taken as found.
      user =
        (await this.users.create(email, await hashPassword(password))) ??
        (await this.users.findByEmail(email));
      if (!user) throw new Error(`the user ${email} was neither created nor found`);
    }
    const existing = await this.memberships.findMember(workspaceId, user.id);
    if (existing)
      throw new ConflictException({
        code: 'conflict',
        message: `${existing.email} is already ${existing.role} in this workspace: change the role with PATCH …/members/${user.id}`,
      });
    const userCreated = password !== undefined;
    const userId = user.id;
    const userEmail = user.email;
    await this.dataSource.transaction(async (m) => {
      await this.memberships.grant(userId, workspaceId, role, m);
      await this.record(m, access, 'member.added', userId, { email: userEmail, role, userCreated });
    });
    const member = (await this.memberships.findMember(workspaceId, userId))!;
    return { member, userCreated, ...(password ? { password } : {}) };
  }

  async changeRole(access: WorkspaceAccess, userId: string, role: Role): Promise<MemberView> {
    const workspaceId = access.workspace.id;
    const before = await this.mustFind(workspaceId, userId);
    const outcome = await this.memberships.changeRole(workspaceId, userId, role, async (m, from) => {
      if (from !== role)
        await this.record(m, access, 'member.role_changed', userId, { email: before.email, from, to: role });
    });
    this.check(outcome, userId, before, 'demote');
    return (await this.memberships.findMember(workspaceId, userId))!;
  }

  async remove(access: WorkspaceAccess, userId: string): Promise<void> {
    const before = await this.mustFind(access.workspace.id, userId);
    const outcome = await this.memberships.remove(access.workspace.id, userId, (m, role) =>
      this.record(m, access, 'member.removed', userId, { email: before.email, role }),
    );
    this.check(outcome, userId, before, 'remove');
  }

  private async mustFind(workspaceId: string, userId: string): Promise<MemberView> {
    const member = await this.memberships.findMember(workspaceId, userId);
    if (!member) throw new NotFoundException(`No member ${userId}`);
    return member;
  }

  private check(outcome: Outcome, userId: string, member: MemberView, verb: string): void {
    if (outcome === 'not_found') throw new NotFoundException(`No member ${userId}`);
    if (outcome === 'last_admin')
      throw new ConflictException({
        code: 'last_admin',
        message: `${member.email} is the workspace's last admin: make someone else admin before you ${verb} them`,
      });
  }

  private async record(
    m: EntityManager,
    access: WorkspaceAccess,
    action: string,
    userId: string,
    payload: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(
      {
        workspaceId: access.workspace.id,
        action,
        entityType: 'membership',
        entityId: userId,
        actor: access.actor,
        payload,
      },
      m,
    );
  }
}
