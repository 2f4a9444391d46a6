import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ReportBrandingEntity, WorkspaceEntity } from '#persistence';
import type { Principal, WorkspaceAccess } from '../auth/access-context.js';
import { Access, CurrentPrincipal, Endpoint } from '../auth/auth.decorators.js';
import { AuthService } from '../auth/auth.service.js';
import { permissionsOf } from '../auth/permissions.js';
import { ApiDataResponse, ApiPageResponse, paginate, PageQueryDto, type Page } from '../http/pagination.js';
import { ApiCommonErrors, WorkspaceController } from '../http/workspace-controller.js';
import { toBrandingDto, UpdateWorkspaceDto } from './workspace-settings.dto.js';
import { WorkspaceSettingsService } from './workspace-settings.service.js';
import { MeDto, WorkspaceDto, WorkspaceSummaryDto } from './workspaces.dto.js';

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
  constructor(private readonly settings: WorkspaceSettingsService) {}

  @Get()
  @Endpoint({
    operationId: 'getWorkspace',
    summary: 'One workspace, its settings and branding, and what the caller may do in it',
    permission: 'workspace.read',
  })
  @ApiDataResponse(WorkspaceDto)
  async get(@Access() access: WorkspaceAccess): Promise<{ data: WorkspaceDto }> {
    return {
      data: toWorkspaceDto(access, access.workspace, await this.settings.readBranding(access.workspace.id)),
    };
  }

  @Patch()
  @Endpoint({
    operationId: 'updateWorkspace',
    summary: 'Change the name, time zone, language or report branding',
    description:
      'Fields not given are left as they are; a branding field set to null goes back to its default.',
    permission: 'workspace.write',
  })
  @ApiDataResponse(WorkspaceDto)
  async update(
    @Access() access: WorkspaceAccess,
    @Body() body: UpdateWorkspaceDto,
  ): Promise<{ data: WorkspaceDto }> {
    const { workspace, branding } = await this.settings.update(access, body);
    return { data: toWorkspaceDto(access, workspace, branding) };
  }
}

function toWorkspaceDto(
  access: WorkspaceAccess,
  w: WorkspaceEntity,
  branding: ReportBrandingEntity | null,
): WorkspaceDto {
  return {
    id: w.id,
    slug: w.slug,
    name: w.name,
    isDemo: w.isDemo,
    timeZone: w.timeZone,
    locale: w.locale,
    createdAt: w.createdAt,
    role: access.role,
    permissions: permissionsOf(access.role),
    branding: toBrandingDto(branding),
  };
}

function toSummary(m: {
  workspaceSlug: string;
  workspaceName: string;
  isDemo: boolean;
  role: string;
}): WorkspaceSummaryDto {
  return { slug: m.workspaceSlug, name: m.workspaceName, isDemo: m.isDemo, role: m.role };
}
