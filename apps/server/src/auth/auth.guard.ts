import {
  ForbiddenException,
  Injectable,
  InternalServerErrorException,
  NotFoundException,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { LedgerRequest } from './access-context.js';
import { PERMISSION_KEY, PUBLIC_KEY } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { isSameOrigin, isStateChanging } from './origin-check.util.js';
import { can, type Permission } from './permissions.js';

export const SESSION_COOKIE = 'ledger_session';

/**
 * Every route passes here (registered as the global guard): authenticate (API key, else session cookie),
 * refuse cross-site state changes made with a cookie, resolve the `:workspace` of the URL against the caller
 * (404 when it may not see it), and check the route's permission against the caller's role in it.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const req = context.switchToHttp().getRequest<LedgerRequest>();
    await this.authenticate(req);

    if (req.authenticatedBy === 'session' && isStateChanging(req) && !isSameOrigin(req)) {
      throw new ForbiddenException({
        code: 'cross_site_request',
        message: 'This form was sent from another site (Origin does not match): refused',
      });
    }

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    const slug = req.params?.workspace;
    if (typeof slug === 'string') {
      const access = await this.auth.resolveWorkspace(req.principal!, slug);
      if (!access) throw new NotFoundException(`No workspace "${slug}"`);
      req.access = access;
      // A workspace route without a declared permission is a programming error, never an open door.
      if (!permission) throw new InternalServerErrorException(`Route ${req.path} declares no permission`);
      if (!can(access.role, permission)) {
        throw new ForbiddenException({
          code: 'forbidden',
          message: `Your role "${access.role}" in workspace "${slug}" does not allow ${permission}`,
        });
      }
    } else if (permission) {
      throw new InternalServerErrorException(`Route ${req.path} needs ${permission} but has no :workspace`);
    }
    return true;
  }

  private async authenticate(req: LedgerRequest): Promise<void> {
    const now = new Date();
    const header = req.headers.authorization;
    if (header !== undefined) {
      // A wrong key is an error even when a session cookie came along: scripts must learn their key is bad.
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = match ? await this.auth.fromApiKey(match[1], now) : null;
      if (!principal) throw new UnauthorizedException('The API key is not valid (unknown or revoked)');
      req.principal = principal;
      req.authenticatedBy = 'api-key';
      return;
    }
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    const principal = typeof token === 'string' ? await this.auth.fromSession(token, now) : null;
    if (!principal)
      throw new UnauthorizedException('Log in, or send an API key as "Authorization: Bearer <key>"');
    req.principal = principal;
    req.authenticatedBy = 'session';
  }
}
