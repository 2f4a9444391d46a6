import { Injectable } from '@nestjs/common';
import {
  computeResponsiveness,
  type AccountFact,
  type AssignmentFact,
  type AttributionSource,
  type MetricsDimension,
  type MetricsResult,
  type OperatorFact,
  type ResponsivenessInput,
} from '#domain';
import {
  AccountHolidaysRepository,
  AccountRepository,
  AssignmentRepository,
  InboundItemRepository,
  OperatorRepository,
  OutboundItemRepository,
} from '#persistence';

export type ResponsivenessFacts = Omit<ResponsivenessInput, 'dimension'>;

/** Loads the facts of a period through the repositories and hands them to the pure metric calculators. */
@Injectable()
export class MetricsQueryService {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly inbound: InboundItemRepository,
    private readonly outbound: OutboundItemRepository,
    private readonly holidays: AccountHolidaysRepository,
  ) {}

  async loadFacts(workspaceId: string, from: Date, to: Date): Promise<ResponsivenessFacts> {
    const [accounts, holidays, operators, assignments, inbound, outbound, dataEnd] = await Promise.all([
      this.accounts.listByWorkspace(workspaceId),
      this.holidays.listByWorkspace(workspaceId),
      this.operators.listByWorkspace(workspaceId),
      this.assignments.listByWorkspace(workspaceId),
      this.inbound.listFacts(workspaceId, from, to),
      this.outbound.listFacts(workspaceId, from, to),
      this.inbound.dataEnd(workspaceId),
    ]);
    return {
      from,
      to,
      // No data at all: nothing is undecided, so the period end serves.
      dataEnd: dataEnd ?? to,
      accounts: accounts.map((a): AccountFact => ({
        id: a.id,
        handle: a.handle,
        platform: a.platform,
        timeZone: a.timeZone,
        signaturePattern: a.signaturePattern,
        // The account's clocks: business-hours FRT, SLA deadlines and time strata read these.
        businessHours: a.businessHours,
        holidays: holidays.get(a.id) ?? null,
        slaTargetSeconds: a.slaTargetSeconds,
      })),
      operators: operators.map((o): OperatorFact => ({
        id: o.id,
        name: o.name,
        sourcingGroup: o.sourcingGroup,
      })),
      assignments: assignments.map((a): AssignmentFact => ({
        accountId: a.accountId,
        operatorId: a.operatorId,
        from: a.validFrom,
        to: a.validTo,
        shifts: a.shifts,
      })),
      inbound,
      outbound: outbound.map((o) => ({ ...o, attributionSource: o.attributionSource as AttributionSource })),
    };
  }

  async responsiveness(
    workspaceId: string,
    from: Date,
    to: Date,
    dimension: MetricsDimension,
  ): Promise<MetricsResult> {
    return computeResponsiveness({ ...(await this.loadFacts(workspaceId, from, to)), dimension });
  }
}
