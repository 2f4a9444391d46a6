import { Injectable, NotFoundException } from '@nestjs/common';
import { AttributionService } from '#collectors';
import { AccountRepository, AssignmentRepository, OperatorRepository } from '#persistence';
import { fieldError } from '../accounts/accounts.service.js';
import type { AssignmentDto, CreateAssignmentDto, OperatorDto, SourcingGroupDto } from './roster.dto.js';

const UNASSIGNED = 'unassigned';

/** Who runs what and when: operators, their groups, assignments with shifts. Always within one workspace. */
@Injectable()
export class RosterService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly attribution: AttributionService,
  ) {}

  async listOperators(workspaceId: string): Promise<OperatorDto[]> {
    const [operators, aliases] = await Promise.all([
      this.operators.listByWorkspace(workspaceId),
      this.operators.listAliases(workspaceId),
    ]);
    return operators.map((o) => ({
      id: o.id,
      name: o.name,
      sourcingGroup: o.sourcingGroup,
      signatures: aliases
        .filter((a) => a.operatorId === o.id)
        .map((a) => ({ accountId: a.accountId, signature: a.signature })),
    }));
  }

  async getOperator(workspaceId: string, id: string): Promise<OperatorDto> {
    const found = (await this.listOperators(workspaceId)).find((o) => o.id === id);
    if (!found) throw new NotFoundException(`No operator ${id}`);
    return found;
  }

  async setGroup(workspaceId: string, id: string, sourcingGroup: string): Promise<OperatorDto> {
    const operator = await this.getOperator(workspaceId, id);
    await this.operators.upsertMany(workspaceId, [{ name: operator.name, sourcingGroup }]);
    return this.getOperator(workspaceId, id);
  }

  async listGroups(workspaceId: string): Promise<SourcingGroupDto[]> {
    const [operators, assignments] = await Promise.all([
      this.listOperators(workspaceId),
      this.listAssignments(workspaceId),
    ]);
    const groups = new Map<string, { operators: number; accounts: Set<string> }>();
    for (const o of operators) {
      const key = o.sourcingGroup ?? UNASSIGNED;
      const g = groups.get(key) ?? { operators: 0, accounts: new Set<string>() };
      g.operators += 1;
      groups.set(key, g);
    }
    for (const a of assignments) groups.get(a.sourcingGroup ?? UNASSIGNED)?.accounts.add(a.accountHandle);
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, g]) => ({ group, operators: g.operators, accounts: [...g.accounts].sort() }));
  }

  async listAssignments(workspaceId: string, accountId?: string): Promise<AssignmentDto[]> {
    const [assignments, accounts, operators] = await Promise.all([
      this.assignments.listByWorkspace(workspaceId),
      this.accounts.listByWorkspace(workspaceId),
      this.operators.listByWorkspace(workspaceId),
    ]);
    const accountById = new Map(accounts.map((a) => [a.id, a]));
    const operatorById = new Map(operators.map((o) => [o.id, o]));
    return assignments
      .filter((a) => accountId === undefined || a.accountId === accountId)
      .map((a) => ({
        id: a.id,
        accountId: a.accountId,
        accountHandle: accountById.get(a.accountId)?.handle ?? '',
        operatorId: a.operatorId,
        operatorName: operatorById.get(a.operatorId)?.name ?? '',
        sourcingGroup: operatorById.get(a.operatorId)?.sourcingGroup ?? null,
        validFrom: a.validFrom,
        validTo: a.validTo,
        shifts: a.shifts,
      }));
  }

  /** Adds (or, for the same account, operator and start, updates) an assignment, then re-attributes. */
  async assign(
    workspaceId: string,
    input: CreateAssignmentDto,
  ): Promise<{ assignment: AssignmentDto; itemsReattributed: number }> {
    const [accounts, operators] = await Promise.all([
      this.accounts.listByWorkspace(workspaceId),
      this.operators.listByWorkspace(workspaceId),
    ]);
    if (!accounts.some((a) => a.id === input.accountId))
      throw fieldError('accountId', `accountId: no account ${input.accountId} in this workspace`);
    const operator = operators.find((o) => o.id === input.operatorId);
    if (!operator)
      throw fieldError('operatorId', `operatorId: no operator ${input.operatorId} in this workspace`);
    if (input.validTo && input.validTo <= input.validFrom)
      throw fieldError('validTo', 'validTo must be after validFrom');
    const bad = (input.shifts ?? []).findIndex((w) => w.startMinute >= w.endMinute);
    if (bad >= 0) throw fieldError(`shifts[${bad}]`, `shifts[${bad}].startMinute must be before endMinute`);
    await this.assignments.upsertMany(workspaceId, [
      {
        accountId: input.accountId,
        operatorName: operator.name,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
        shifts: input.shifts ?? null,
      },
    ]);
    const attribution = await this.attribution.attributeWorkspace(workspaceId);
    const assignment = (await this.listAssignments(workspaceId, input.accountId)).find(
      (a) => a.operatorId === input.operatorId && a.validFrom.getTime() === input.validFrom.getTime(),
    );
    if (!assignment) throw new Error('The assignment just written was not found');
    return { assignment, itemsReattributed: attribution.itemsChanged };
  }
}
