import {
  computeResponsivenessOf,
  localDay,
  rowIdentities,
  UNASSIGNED_GROUP_LABEL,
  type FirstResponse,
  type ResponsivenessInput,
} from '#domain';
import type { ReportBranding } from '../branding/report-branding.model.js';
import { firstResponsesOf } from '../comparison/item-groups.util.js';
import type { ReportArchiveRef } from '../report-document.js';
import { buildEngineSections, type EngineSectionInputs } from './engine/engine-sections.builder.js';
import type {
  AttributionShare,
  DailyVolumePoint,
  FrtDistribution,
  MonthlyReportModel,
  ReportLocale,
} from './monthly-report.model.js';

export interface MonthlyReportInputs {
  workspace: { name: string; slug: string; timeZone: string; isDemo: boolean };
  branding: ReportBranding;
  archive: ReportArchiveRef | null;
  locale: ReportLocale;
  month: string;
  generatedAt: Date;
  facts: Omit<ResponsivenessInput, 'dimension'>;
  dailyVolume: DailyVolumePoint[];
  attribution: { sourcingGroup: string | null; source: string; items: number }[];
  unassignedOperators: string[];
  /** The comparison engine's results and what they rest on; absent: no engine sections. */
  engine?: Omit<EngineSectionInputs, 'frtDistributions'>;
}

/** Pure: the facts of a month in, the model the monthly template renders out. */
export function buildMonthlyReportModel(inputs: MonthlyReportInputs): MonthlyReportModel {
  const { facts } = inputs;
  // Items paired with their first replies once for the three dimensions and the chart (a month of a
  // large workspace holds a million items); the comparison engine's matching of the same facts is reused.
  const firstResponses = firstResponsesOf(facts.inbound, facts.outbound);
  const byGroup = computeResponsivenessOf({ ...facts, dimension: 'group' }, firstResponses);
  const byOperator = computeResponsivenessOf({ ...facts, dimension: 'operator' }, firstResponses);
  const byAccount = computeResponsivenessOf({ ...facts, dimension: 'account' }, firstResponses);
  const total = byAccount.total;
  const frtDistributions = frtDistributionsByGroup(facts, firstResponses);
  return {
    workspace: {
      name: inputs.workspace.name,
      slug: inputs.workspace.slug,
      timeZone: inputs.workspace.timeZone,
    },
    branding: inputs.branding,
    archive: inputs.archive,
    isDemo: inputs.workspace.isDemo,
    locale: inputs.locale,
    month: inputs.month,
    periodFrom: facts.from,
    periodTo: facts.to,
    generatedAt: inputs.generatedAt,
    summary: {
      inbound: total.inbound,
      answered: total.answered,
      outbound: total.outbound,
      medianFrtSeconds: total.frt.median,
      responseRate: total.responseRate.rate,
      accounts: facts.accounts.length,
      operators: byOperator.rows.filter((r) => r.key !== 'unknown').length,
    },
    byGroup: byGroup.rows,
    byOperator: byOperator.rows,
    byAccount: byAccount.rows,
    frtDistributions,
    dailyVolume: everyDay(inputs.dailyVolume, facts.from, facts.to, inputs.workspace.timeZone),
    attribution: attributionShares(inputs.attribution),
    unassignedOperators: inputs.unassignedOperators,
    engine: inputs.engine ? buildEngineSections({ ...inputs.engine, frtDistributions }) : null,
  };
}

/** Calendar FRT observations per sourcing group of the responder, for the distribution chart. */
function frtDistributionsByGroup(
  facts: Omit<ResponsivenessInput, 'dimension'>,
  firstResponses: readonly FirstResponse[],
): FrtDistribution[] {
  const identities = rowIdentities('group', facts);
  const from = facts.from.getTime();
  const to = facts.to.getTime();
  const byLabel = new Map<string, number[]>();
  for (const response of firstResponses) {
    const received = response.inbound.createdAt.getTime();
    if (received < from || received >= to || !response.countsInFrt || response.responseSeconds === null)
      continue;
    const label = identities.forInbound(response).label;
    const values = byLabel.get(label) ?? [];
    values.push(response.responseSeconds);
    byLabel.set(label, values);
  }
  return [...byLabel.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([label, values]) => ({ label, values }));
}

/** One point per local day of the period, zero where nothing happened: gaps in a chart must be visible. */
function everyDay(points: DailyVolumePoint[], from: Date, to: Date, timeZone: string): DailyVolumePoint[] {
  const known = new Map(points.map((p) => [p.day, p]));
  const days: DailyVolumePoint[] = [];
  // Step by 6 hours so a 23- or 25-hour DST day is neither skipped nor counted twice.
  for (let t = from.getTime(); t < to.getTime(); t += 6 * 3600_000) {
    const day = localDay(new Date(t), timeZone);
    if (days.length === 0 || days[days.length - 1].day !== day)
      days.push(known.get(day) ?? { day, inbound: 0, outbound: 0 });
  }
  return days;
}

function attributionShares(rows: MonthlyReportInputs['attribution']): AttributionShare[] {
  const total = rows.reduce((sum, r) => sum + r.items, 0);
  return rows.map((r) => ({
    sourcingGroup: r.sourcingGroup ?? UNASSIGNED_GROUP_LABEL,
    source: r.source,
    items: r.items,
    share: total === 0 ? 0 : r.items / total,
  }));
}
