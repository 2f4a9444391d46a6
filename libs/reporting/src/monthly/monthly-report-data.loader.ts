// Everything the monthly report rests on, loaded once: the comparison engine's facts of the month and of the
// month before, daily volume, attribution shares, operators without a group, the month's incidents and the
// collection gaps. The data fingerprint is computed over exactly this.
import { Injectable } from '@nestjs/common';
import { addMonths, monthPeriod } from '#domain';
import {
  InboundItemRepository,
  IncidentRepository,
  OperatorRepository,
  OutboundItemRepository,
  StreamRunRepository,
  type CollectionGap,
  type IncidentView,
} from '#persistence';
import { dataFingerprint } from '../archive/data-fingerprint.util.js';
import type { ComparisonFacts } from '../comparison/comparison-facts.types.js';
import { ComparisonService } from '../comparison/comparison.service.js';
import type { DailyVolumePoint } from './monthly-report.model.js';

export interface MonthlyReportData {
  month: string;
  period: { from: Date; to: Date };
  facts: ComparisonFacts;
  /** The month before, for "change against last month"; null when it holds no items at all. */
  previousFacts: ComparisonFacts | null;
  dailyVolume: DailyVolumePoint[];
  attribution: { sourcingGroup: string | null; source: string; items: number }[];
  unassignedOperators: string[];
  incidents: IncidentView[];
  gaps: CollectionGap[];
}

@Injectable()
export class MonthlyReportDataLoader {
  constructor(
    private readonly comparison: ComparisonService,
    private readonly inbound: InboundItemRepository,
    private readonly outbound: OutboundItemRepository,
    private readonly operators: OperatorRepository,
    private readonly incidents: IncidentRepository,
    private readonly streamRuns: StreamRunRepository,
  ) {}

  async load(workspace: { id: string; timeZone: string }, month: string): Promise<MonthlyReportData> {
    const period = monthPeriod(month, workspace.timeZone);
    const previousPeriod = monthPeriod(addMonths(month, -1), workspace.timeZone);
    const ref = { id: workspace.id, timeZone: workspace.timeZone };
    const [facts, previousFacts, dailyVolume, attribution, unassigned, incidents, gaps] = await Promise.all([
      this.comparison.loadFacts(ref, period),
      this.comparison.loadFacts(ref, previousPeriod),
      this.inbound.dailyVolume(workspace.id, period.from, period.to, workspace.timeZone),
      this.outbound.attributionShares(workspace.id, period.from, period.to),
      this.operators.listUnassigned(workspace.id),
      this.incidents.list(workspace.id, period),
      this.streamRuns.listGaps(workspace.id, period.from, period.to),
    ]);
    const previousHasItems =
      previousFacts.responsiveness.inbound.some((i) => i.createdAt >= previousPeriod.from) ||
      previousFacts.outbound.length > 0;
    return {
      month,
      period,
      facts,
      previousFacts: previousHasItems ? previousFacts : null,
      dailyVolume,
      attribution,
      unassignedOperators: unassigned.map((o) => o.name),
      incidents,
      gaps,
    };
  }
}

/** SHA-256 over the canonical form of everything the report's numbers rest on (see data-fingerprint.util). */
export function monthlyDataFingerprint(data: MonthlyReportData): string {
  return dataFingerprint({
    kind: 'monthly-comparison',
    month: data.month,
    period: data.period,
    facts: data.facts,
    previousFacts: data.previousFacts,
    dailyVolume: data.dailyVolume,
    attribution: data.attribution,
    unassignedOperators: data.unassignedOperators,
    incidents: data.incidents,
    gaps: data.gaps,
  });
}
