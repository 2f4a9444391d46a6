import type { Request } from 'express';
import type { WorkspaceEntity } from '#persistence';
import type { Role } from './permissions.js';

/** Who is calling: a person logged in to the pages, or a script holding an API key. */
export type Principal =
  | { kind: 'user'; userId: string; email: string }
  | { kind: 'api-key'; keyId: string; keyName: string; workspaceId: string; role: Role };

/** The workspace a request acts in, taken from the URL and checked against the principal; never from the body. */
export interface WorkspaceAccess {
  workspace: WorkspaceEntity;
  role: Role;
  principal: Principal;
  /** How the principal appears in records it leaves behind: `user:<email>` or `api-key:<id>`. */
  actor: string;
}

export interface LedgerRequest extends Request {
  principal?: Principal;
  access?: WorkspaceAccess;
  /** How the principal authenticated: a cookie needs the Origin check on state-changing requests. */
  authenticatedBy?: 'session' | 'api-key';
}

export function actorOf(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.email}` : `api-key:${principal.keyId}`;
}

/** JSON for /api/…, HTML pages for everything else. */
export function isApiRequest(req: Request): boolean {
  return req.path.startsWith('/api/');
}
