import { Body, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiExtraModels, ApiProperty } from '@nestjs/swagger';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { Access, Endpoint } from '../auth/auth.decorators.js';
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
import {
  AssignmentDto,
  AssignmentQueryDto,
  CreateAssignmentDto,
  OperatorDto,
  SourcingGroupDto,
  UpdateOperatorDto,
} from './roster.dto.js';
import { RosterService } from './roster.service.js';

export class AssignmentCreatedDto {
  @ApiProperty({ type: AssignmentDto })
  assignment: AssignmentDto;

  @ApiProperty()
  itemsReattributed: number;
}

@WorkspaceController('', 'roster')
@ApiExtraModels(AssignmentCreatedDto)
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  @Get('operators')
  @Endpoint({
    operationId: 'listOperators',
    summary: 'Operators with group and signatures',
    permission: 'roster.read',
  })
  @ApiPageResponse(OperatorDto)
  async listOperators(
    @Access() access: WorkspaceAccess,
    @Query() query: PageQueryDto,
  ): Promise<Page<OperatorDto>> {
    const request = pageRequest(query);
    return toPage(await this.roster.pageOperators(access.workspace.id, request), request, (o) => o);
  }

  @Get('operators/:operatorId')
  @Endpoint({ operationId: 'getOperator', summary: 'One operator', permission: 'roster.read' })
  @ApiDataResponse(OperatorDto)
  async getOperator(
    @Access() access: WorkspaceAccess,
    @UuidParam('operatorId') id: string,
  ): Promise<{ data: OperatorDto }> {
    return { data: await this.roster.getOperator(access.workspace.id, id) };
  }

  @Patch('operators/:operatorId')
  @Endpoint({
    operationId: 'updateOperator',
    summary: 'Place an operator in a sourcing group',
    permission: 'roster.write',
  })
  @ApiDataResponse(OperatorDto)
  async updateOperator(
    @Access() access: WorkspaceAccess,
    @UuidParam('operatorId') id: string,
    @Body() body: UpdateOperatorDto,
  ): Promise<{ data: OperatorDto }> {
    return { data: await this.roster.setGroup(access, id, body.sourcingGroup, body.validFrom ?? new Date()) };
  }

  @Get('sourcing-groups')
  @Endpoint({
    operationId: 'listSourcingGroups',
    summary: 'Sourcing groups with their operators and accounts',
    permission: 'roster.read',
  })
  @ApiPageResponse(SourcingGroupDto)
  async listGroups(
    @Access() access: WorkspaceAccess,
    @Query() query: PageQueryDto,
  ): Promise<Page<SourcingGroupDto>> {
    const request = pageRequest(query);
    return toPage(await this.roster.pageGroups(access.workspace.id, request), request, (g) => g);
  }

  @Get('assignments')
  @Endpoint({
    operationId: 'listAssignments',
    summary: 'Who runs which account when, with shifts',
    permission: 'roster.read',
  })
  @ApiPageResponse(AssignmentDto)
  async listAssignments(
    @Access() access: WorkspaceAccess,
    @Query() query: AssignmentQueryDto,
  ): Promise<Page<AssignmentDto>> {
    const request = pageRequest(query);
    return toPage(
      await this.roster.pageAssignments(access.workspace.id, query.accountId, request),
      request,
      (a) => a,
    );
  }

  @Post('assignments')
  @Endpoint({
    operationId: 'createAssignment',
    summary: 'Assign an operator to an account (same account, operator and start: updated)',
    permission: 'roster.write',
  })
  @ApiDataResponse(AssignmentCreatedDto, 201)
  async createAssignment(
    @Access() access: WorkspaceAccess,
    @Body() body: CreateAssignmentDto,
  ): Promise<{ data: AssignmentCreatedDto }> {
    return { data: await this.roster.assign(access, body) };
  }
}
