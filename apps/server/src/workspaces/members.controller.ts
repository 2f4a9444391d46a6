import { Body, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse } from '@nestjs/swagger';
import { MembershipRepository } from '#persistence';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
import { ApiErrorDto } from '../http/api-error.js';
import {
  ApiDataResponse,
  ApiPageResponse,
  pageRequest,
  PageQueryDto,
  toPage,
  type Page,
} from '../http/pagination.js';
import { UuidParam } from '../http/uuid-param.js';
import { WorkspaceController } from '../http/workspace-controller.js';
import { AddedMemberDto, AddMemberDto, ChangeMemberRoleDto } from './members.dto.js';
import { MembersService } from './members.service.js';
import { MemberDto } from './workspaces.dto.js';

const LAST_ADMIN = 'last_admin: the workspace would be left without an admin';

@WorkspaceController('members', 'workspaces')
export class MembersController {
  constructor(
    private readonly memberships: MembershipRepository,
    private readonly members: MembersService,
  ) {}

  @Get()
  @Endpoint({
    operationId: 'listMembers',
    summary: 'People with access to the workspace and their roles',
    permission: 'members.read',
  })
  @ApiPageResponse(MemberDto)
  async list(@Access() access: WorkspaceAccess, @Query() query: PageQueryDto): Promise<Page<MemberDto>> {
    const request = pageRequest(query);
    return toPage(await this.memberships.pageMembers(access.workspace.id, request), request, (m) => m);
  }

  @Post()
  @Endpoint({
    operationId: 'addMember',
    summary: 'Give a person a role in the workspace; a new user gets a generated password, shown once',
    permission: 'members.write',
  })
  @ApiDataResponse(AddedMemberDto, 201)
  @ApiConflictResponse({ type: ApiErrorDto, description: 'conflict: already a member' })
  async add(
    @Access() access: WorkspaceAccess,
    @Body() body: AddMemberDto,
  ): Promise<{ data: AddedMemberDto }> {
    return { data: await this.members.add(access, body.email, body.role) };
  }

  @Patch(':userId')
  @Endpoint({
    operationId: 'changeMemberRole',
    summary: "Change a member's role (the last admin stays admin)",
    permission: 'members.write',
  })
  @ApiDataResponse(MemberDto)
  @ApiConflictResponse({ type: ApiErrorDto, description: LAST_ADMIN })
  async changeRole(
    @Access() access: WorkspaceAccess,
    @UuidParam('userId') userId: string,
    @Body() body: ChangeMemberRoleDto,
  ): Promise<{ data: MemberDto }> {
    return { data: await this.members.changeRole(access, userId, body.role) };
  }

  @Delete(':userId')
  @HttpCode(204)
  @Endpoint({
    operationId: 'removeMember',
    summary: 'Take a person’s access to the workspace away (not from the last admin)',
    permission: 'members.write',
  })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiConflictResponse({ type: ApiErrorDto, description: LAST_ADMIN })
  async remove(@Access() access: WorkspaceAccess, @UuidParam('userId') userId: string): Promise<void> {
    await this.members.remove(access, userId);
  }
}
