import { Injectable } from '@nestjs/common';
import {
  ApiKeyRepository,
  generateSessionToken,
  hashPassword,
  MembershipRepository,
  SessionRepository,
  sha256Hex,
  UserRepository,
  verifyPassword,
  WorkspaceRepository,
  type MembershipView,
  type UserEntity,
} from '#persistence';
import { actorOf, type Principal, type WorkspaceAccess } from './access-context.js';
import { isRole } from './permissions.js';

const SESSION_HOURS = Number(process.env.LEDGER_SESSION_HOURS ?? 12);

/** Logins, sessions, API keys, and the one decision of which workspace a principal may act in. */
@Injectable()
export class AuthService {
  /** Compared against when the e-mail is unknown, so a wrong address costs the same time as a wrong password. */
  private readonly decoyHash = hashPassword('decoy password that matches nothing');

  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly memberships: MembershipRepository,
    private readonly apiKeys: ApiKeyRepository,
    private readonly workspaces: WorkspaceRepository,
  ) {}

  /** A new session token for correct credentials, else null. */
  async login(
    email: string,
    password: string,
    now: Date,
  ): Promise<{ token: string; user: UserEntity; expiresAt: Date } | null> {
    const user = await this.users.findByEmail(email);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash));
    if (!user || !ok) return null;
    const { token, tokenHash } = generateSessionToken();
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
    await this.sessions.create(user.id, tokenHash, expiresAt);
    await this.sessions.deleteExpired(now);
    return { token, user, expiresAt };
  }

  async logout(token: string): Promise<void> {
    await this.sessions.delete(sha256Hex(token));
  }

  async fromSession(token: string, now: Date): Promise<Principal | null> {
    const session = await this.sessions.findValid(sha256Hex(token), now);
    if (!session) return null;
    const user = await this.users.findById(session.userId);
    return user ? { kind: 'user', userId: user.id, email: user.email } : null;
  }

  async fromApiKey(key: string, now: Date): Promise<Principal | null> {
    const found = await this.apiKeys.findActiveByHash(sha256Hex(key));
    if (!found || !isRole(found.role)) return null;
    await this.apiKeys.touch(found.id, now);
    return {
      kind: 'api-key',
      keyId: found.id,
      keyName: found.name,
      workspaceId: found.workspaceId,
      role: found.role,
    };
  }

  /** The workspaces the principal may act in, with its role in each. */
  async workspacesOf(principal: Principal): Promise<MembershipView[]> {
    if (principal.kind === 'user') return this.memberships.listForUser(principal.userId);
    const workspace = await this.workspaces.findById(principal.workspaceId);
    return workspace
      ? [
          {
            workspaceId: workspace.id,
            workspaceSlug: workspace.slug,
            workspaceName: workspace.name,
            isDemo: workspace.isDemo,
            role: principal.role,
          },
        ]
      : [];
  }

  /**
   * The principal's access to the workspace with this slug, or null: for a workspace that does not exist and
   * for one the principal may not see alike, so that the answer leaks nothing about other workspaces.
   */
  async resolveWorkspace(principal: Principal, slug: string): Promise<WorkspaceAccess | null> {
    const workspace = await this.workspaces.findBySlug(slug);
    if (!workspace) return null;
    let role: string | undefined;
    if (principal.kind === 'api-key') {
      role = principal.workspaceId === workspace.id ? principal.role : undefined;
    } else {
      role = (await this.memberships.find(principal.userId, workspace.id))?.role;
    }
    if (!isRole(role)) return null;
    return { workspace, role, principal, actor: actorOf(principal) };
  }
}
