import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { mergeMap, Observable } from 'rxjs';
import { AuditLogService, withAuditActor, type AuditActorScope } from '#persistence';
import { isApiRequest, type LedgerRequest, type WorkspaceAccess } from '../auth/access-context.js';
import { OPERATION_KEY, PERMISSION_KEY } from '../auth/auth.decorators.js';

/**
 * Every request in a workspace runs with its caller (`user:<email>` or `api-key:<id>`) as the actor of the
 * audit entries written while it is served, so that imports, issued reports and credentials changes name the
 * person or key behind them. A state-changing API call that wrote no entry of its own (a job started, a cost
 * model changed) gets one here, `api.<operationId>`, with its path parameters and the names (never the values)
 * of the fields it was given: nothing an API caller changes goes unrecorded.
 */
@Injectable()
export class RequestAuditInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditLogService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<LedgerRequest>();
    const access = req.access;
    if (!access) return next.handle();
    const permission = this.reflector.get<string | undefined>(PERMISSION_KEY, context.getHandler());
    const operation = this.reflector.get<string | undefined>(OPERATION_KEY, context.getHandler());
    const changes = isApiRequest(req) && req.method !== 'GET' && operation && !permission?.endsWith('.read');
    return new Observable((subscriber) =>
      withAuditActor(access.actor, (scope) =>
        next
          .handle()
          .pipe(
            mergeMap(async (value) => {
              if (changes && scope.recorded === 0)
                await this.recordCall(req, access, operation, value, scope);
              return value;
            }),
          )
          .subscribe(subscriber),
      ),
    );
  }

  private async recordCall(
    req: LedgerRequest,
    access: WorkspaceAccess,
    operationId: string,
    value: unknown,
    scope: AuditActorScope,
  ): Promise<void> {
    const params = Object.fromEntries(
      Object.entries(req.params ?? {})
        .filter(([k]) => k !== 'workspace')
        .map(([k, v]) => [k, String(v)]),
    );
    const data = (value as { data?: { id?: unknown } } | undefined)?.data;
    const entityId: string | null =
      typeof data?.id === 'string' ? data.id : (Object.values(params)[0] ?? null);
    const body: unknown = req.body;
    await this.audit.record({
      workspaceId: access.workspace.id,
      action: `api.${operationId}`,
      entityType: 'api_call',
      entityId,
      actor: scope.actor,
      payload: {
        method: req.method,
        route: (req.route as { path?: string } | undefined)?.path ?? req.path,
        params,
        fields: body && typeof body === 'object' ? Object.keys(body).sort() : [],
      },
    });
  }
}
