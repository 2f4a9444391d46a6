import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiOperation, ApiSecurity } from '@nestjs/swagger';
import type { LedgerRequest, Principal, WorkspaceAccess } from './access-context.js';
import { PERMISSIONS, type Permission } from './permissions.js';

export const PUBLIC_KEY = 'ledger:public';
export const PERMISSION_KEY = 'ledger:permission';
export const OPERATION_KEY = 'ledger:operation';

export interface EndpointOptions {
  /** Unique across the API: generated clients name their methods after it. */
  operationId: string;
  summary: string;
  /** What the caller's role must allow; omitted for routes any authenticated caller may use. */
  permission?: Permission;
  /** No authentication at all (login, health). */
  public?: boolean;
  description?: string;
}

/** One decorator per route: the OpenAPI operation and the access rule, so neither can be forgotten. */
export function Endpoint(options: EndpointOptions): MethodDecorator {
  const rule = options.public
    ? 'No authentication.'
    : options.permission
      ? `Needs \`${options.permission}\` (roles: ${PERMISSIONS[options.permission].roles.join(', ')}).`
      : 'Any authenticated caller.';
  const decorators: MethodDecorator[] = [
    ApiOperation({
      operationId: options.operationId,
      summary: options.summary,
      description: [options.description, rule].filter(Boolean).join('\n\n'),
    }),
  ];
  if (options.public) decorators.push(SetMetadata(PUBLIC_KEY, true));
  else decorators.push(ApiSecurity('bearer'), ApiSecurity('session'));
  if (options.permission) decorators.push(SetMetadata(PERMISSION_KEY, options.permission));
  decorators.push(SetMetadata(OPERATION_KEY, options.operationId));
  return applyDecorators(...decorators);
}

/** A page route (not in the API document) that needs a permission in the `:workspace` of its URL. */
export function Requires(permission: Permission): MethodDecorator {
  return SetMetadata(PERMISSION_KEY, permission);
}

/** A page route that anyone may open (login). */
export function PublicRoute(): MethodDecorator {
  return SetMetadata(PUBLIC_KEY, true);
}

/** The checked workspace and role of this request (routes with a `:workspace` parameter). */
export const Access = createParamDecorator((_data: unknown, ctx: ExecutionContext): WorkspaceAccess => {
  const access = ctx.switchToHttp().getRequest<LedgerRequest>().access;
  if (!access) throw new Error('@Access() used on a route without a :workspace parameter');
  return access;
});

/** The authenticated caller. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<LedgerRequest>().principal;
  if (!principal) throw new Error('@CurrentPrincipal() used on a public route');
  return principal;
});
