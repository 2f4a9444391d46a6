import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MembershipRepository } from '#persistence';
import type { Principal, WorkspaceAccess } from '../auth/access-context.js';
import { Access, CurrentPrincipal, Endpoint } from '../auth/auth.decorators.js';
import { AuthService } from '../auth/auth.service.js';
import { permissionsOf } from '../auth/permissions.js';
import { ApiDataResponse, ApiPageResponse, paginate, PageQueryDto, type Page } from '../http/pagination.js';
import { ApiCommonErrors, WorkspaceController } from '../http/workspace-controller.js';
import { MeDto, MemberDto, WorkspaceDto, WorkspaceSummaryDto } from './workspaces.dto.js';

@Controller('api/v1')
@ApiTags('workspaces')
@ApiCommonErrors()
export class MeController {
  constructor(private readonly auth: AuthService) {}

  @Get('me')
  @Endpoint({ operationId: 'getMe', summary: 'Who is calling, and the workspaces it may act in' })
  @ApiDataResponse(MeDto)
  async me(@CurrentPrincipal() principal: Principal): Promise<{ data: MeDto }> {
    const workspaces = (await this.auth.workspacesOf(principal)).map(toSummary);
    return {
      data:
        principal.kind === 'user'
          ? { kind: 'user', email: principal.email, workspaces }
          : { kind: 'api-key', keyName: principal.keyName, workspaces },
    };
  }

  @Get('workspaces')
  @Endpoint({
    operationId: 'listWorkspaces',
    summary: 'The workspaces the caller may act in (an API key: its own)',
  })
  @ApiPageResponse(WorkspaceSummaryDto)
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: PageQueryDto,
  ): Promise<Page<WorkspaceSummaryDto>> {
    return paginate((await this.auth.workspacesOf(principal)).map(toSummary), query);
  }
}

@WorkspaceController('', 'workspaces')
export class WorkspacesController {
  constructor(private readonly memberships: MembershipRepository) {}

  @Get()
  @Endpoint({
    operationId: 'getWorkspace',
    summary: 'One workspace and what the caller may do in it',
    permission: 'workspace.read',
  })
  @ApiDataResponse(WorkspaceDto)
  get(@Access() access: WorkspaceAccess): { data: WorkspaceDto } {
    const w = access.workspace;
    return {
      data: {
        id: w.id,
        slug: w.slug,
        name: w.name,
        isDemo: w.isDemo,
        timeZone: w.timeZone,
        locale: w.locale,
        createdAt: w.createdAt,
        role: access.role,
        permissions: permissionsOf(access.role),
      },
    };
  }

  @Get('members')
  @Endpoint({
    operationId: 'listMembers',
    summary: 'People with access to the workspace and their roles',
    permission: 'members.read',
  })
  @ApiPageResponse(MemberDto)
  async members(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<MemberDto>> {
    return paginate(await this.memberships.listMembers(access.workspace.id), query);
  }
}

function toSummary(m: {
  workspaceSlug: string;
  workspaceName: string;
  isDemo: boolean;
  role: string;
}): WorkspaceSummaryDto {
  return { slug: m.workspaceSlug, name: m.workspaceName, isDemo: m.isDemo, role: m.role };
}
