import { Injectable, NotFoundException } from '@nestjs/common';
import { AttributionService } from '#collectors';
import { groupAtResolver } from '#domain';
import {
  AccountRepository,
  AssignmentRepository,
  AuditLogService,
  OperatorRepository,
  type OperatorAliasEntity,
  type OperatorEntity,
  type PageOf,
  type PageRequest,
} from '#persistence';
import { DataSource } from 'typeorm';
import type { WorkspaceAccess } from '../auth/access-context.js';
import { fieldError } from '../accounts/accounts.service.js';
import type { AssignmentDto, CreateAssignmentDto, OperatorDto, SourcingGroupDto } from './roster.dto.js';

const UNASSIGNED = 'unassigned';

/** Who runs what and when: operators, their groups, assignments with shifts. Always within one workspace. */
@Injectable()
export class RosterService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly attribution: AttributionService,
    private readonly audit: AuditLogService,
  ) {}

  async listOperators(workspaceId: string): Promise<OperatorDto[]> {
    const [operators, aliases] = await Promise.all([
      this.operators.listByWorkspace(workspaceId),
      this.operators.listAliases(workspaceId),
    ]);
    return operators.map((o) => toOperatorDto(o, aliases));
  }

  /** One page of operators, paged by the database, with the signatures of that page's operators. */
  async pageOperators(workspaceId: string, page: PageRequest): Promise<PageOf<OperatorDto>> {
    const { rows, total } = await this.operators.pageByWorkspace(workspaceId, page);
    const aliases = await this.operators.listAliasesOf(
      workspaceId,
      rows.map((o) => o.id),
    );
    return { rows: rows.map((o) => toOperatorDto(o, aliases)), total };
  }

  async getOperator(workspaceId: string, id: string): Promise<OperatorDto> {
    const operator = await this.operators.findById(workspaceId, id);
    if (!operator) throw new NotFoundException(`No operator ${id}`);
    return toOperatorDto(operator, await this.operators.listAliasesOf(workspaceId, [id]));
  }

  /**
   * Moves an operator to a group from `validFrom` on ("from now on" when the caller gives no date): items
   * before it keep the group the person was in then, so history is not relabelled. An operator placed in a
   * group for the first time (seen in a signature, never placed) is in it for their whole past.
   */
  async setGroup(
    access: WorkspaceAccess,
    id: string,
    sourcingGroup: string,
    validFrom: Date,
  ): Promise<OperatorDto> {
    const workspaceId = access.workspace.id;
    const operator = await this.getOperator(workspaceId, id);
    // The change and its audit entry commit together.
    await this.dataSource.transaction(async (m) => {
      const [changed] = await this.operators.recordGroups(
        workspaceId,
        [{ operatorName: operator.name, group: sourcingGroup, from: validFrom }],
        m,
      );
      if (changed)
        await this.audit.record(
          {
            workspaceId,
            action: 'operator.group_changed',
            entityType: 'operator',
            entityId: id,
            actor: access.actor,
            payload: {
              name: operator.name,
              from: operator.sourcingGroup,
              to: sourcingGroup,
              // The first group covers the whole past: no date then.
              validFrom: changed.before.length === 0 ? null : validFrom.toISOString(),
            },
          },
          m,
        );
    });
    return this.getOperator(workspaceId, id);
  }

  /** One page of sourcing groups, counted and paged by the database. */
  async pageGroups(workspaceId: string, page: PageRequest): Promise<PageOf<SourcingGroupDto>> {
    const { rows, total } = await this.operators.pageSourcingGroups(workspaceId, page);
    return { total, rows: rows.map((g) => ({ ...g, group: g.group ?? UNASSIGNED })) };
  }

  async listAssignments(workspaceId: string, accountId?: string): Promise<AssignmentDto[]> {
    const [assignments, accounts, operators] = await Promise.all([
      this.assignments.listByWorkspace(workspaceId),
      this.accounts.listByWorkspace(workspaceId),
      this.operators.listFacts(workspaceId),
    ]);
    const accountById = new Map(accounts.map((a) => [a.id, a]));
    const operatorById = new Map(operators.map((o) => [o.id, o]));
    // The group the operator was in when the assignment began, as pageByWorkspace shows it.
    const groupAt = groupAtResolver(operators);
    return assignments
      .filter((a) => accountId === undefined || a.accountId === accountId)
      .map((a) => ({
        id: a.id,
        accountId: a.accountId,
        accountHandle: accountById.get(a.accountId)?.handle ?? '',
        operatorId: a.operatorId,
        operatorName: operatorById.get(a.operatorId)?.name ?? '',
        sourcingGroup: groupAt(a.operatorId, a.validFrom),
        validFrom: a.validFrom,
        validTo: a.validTo,
        shifts: a.shifts,
      }));
  }

  /** One page of assignments (of one account, if given), paged by the database. */
  pageAssignments(workspaceId: string, accountId: string | undefined, page: PageRequest) {
    return this.assignments.pageByWorkspace(workspaceId, { accountId }, page);
  }

  /** Adds (or, for the same account, operator and start, updates) an assignment, then re-attributes. */
  async assign(
    access: WorkspaceAccess,
    input: CreateAssignmentDto,
  ): Promise<{ assignment: AssignmentDto; itemsReattributed: number }> {
    const workspaceId = access.workspace.id;
    const [account, operator] = await Promise.all([
      this.accounts.findById(workspaceId, input.accountId),
      this.operators.findById(workspaceId, input.operatorId),
    ]);
    if (!account) throw fieldError('accountId', `accountId: no account ${input.accountId} in this workspace`);
    if (!operator)
      throw fieldError('operatorId', `operatorId: no operator ${input.operatorId} in this workspace`);
    if (input.validTo && input.validTo <= input.validFrom)
      throw fieldError('validTo', 'validTo must be after validFrom');
    const bad = (input.shifts ?? []).findIndex((w) => w.startMinute >= w.endMinute);
    if (bad >= 0) throw fieldError(`shifts[${bad}]`, `shifts[${bad}].startMinute must be before endMinute`);
    // The assignment and its audit entry commit together; re-attribution follows from what was stored.
    await this.dataSource.transaction(async (m) => {
      const id = await this.assignments.upsertOne(
        workspaceId,
        {
          accountId: input.accountId,
          operatorName: operator.name,
          validFrom: input.validFrom,
          validTo: input.validTo ?? null,
          shifts: input.shifts ?? null,
        },
        m,
      );
      await this.audit.record(
        {
          workspaceId,
          action: 'assignment.saved',
          entityType: 'assignment',
          entityId: id,
          actor: access.actor,
          payload: {
            account: account.handle,
            operator: operator.name,
            validFrom: input.validFrom,
            validTo: input.validTo ?? null,
            // Plain objects: the audit log's canonical form takes no class instances (the DTO's windows are).
            shifts:
              input.shifts?.map(({ day, startMinute, endMinute }) => ({ day, startMinute, endMinute })) ??
              null,
          },
        },
        m,
      );
    });
    const attribution = await this.attribution.attributeWorkspace(workspaceId);
    const [assignment] = (
      await this.assignments.pageByWorkspace(
        workspaceId,
        { accountId: input.accountId, operatorId: input.operatorId, validFrom: input.validFrom },
        { limit: 1, offset: 0 },
      )
    ).rows;
    if (!assignment) throw new Error('The assignment just written was not found');
    return { assignment, itemsReattributed: attribution.itemsChanged };
  }
}

function toOperatorDto(o: OperatorEntity, aliases: OperatorAliasEntity[]): OperatorDto {
  return {
    id: o.id,
    name: o.name,
    sourcingGroup: o.sourcingGroup,
    signatures: aliases
      .filter((a) => a.operatorId === o.id)
      .map((a) => ({ accountId: a.accountId, signature: a.signature })),
  };
}
