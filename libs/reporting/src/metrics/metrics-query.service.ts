import { Injectable } from '@nestjs/common';
import {
  computeResponsiveness,
  type AccountFact,
  type AttributionSource,
  type MetricsDimension,
  type MetricsResult,
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
      this.operators.listFacts(workspaceId),
      this.assignments.listFacts(workspaceId),
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
      operators,
      assignments,
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
