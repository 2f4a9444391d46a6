import { Injectable } from '@nestjs/common';
import {
  addMonths,
  demoHandoverAt,
  generateDemoSnapshots,
  generateDemoWorkspace,
  localDay,
  monthPeriod,
  monthOf,
  type DemoDataset,
} from '#domain';
import {
  AccountHolidaysRepository,
  AccountRepository,
  AssignmentRepository,
  AuditLogService,
  CadencePlanRepository,
  CostModelRepository,
  ExportFactsRepository,
  HouseStyleRepository,
  OperatorRepository,
  TwcsStagingRepository,
  WorkspaceRepository,
  type WorkspaceEntity,
} from '#persistence';
import { AttributionService } from '../attribution/attribution.service.js';
import { IncidentDetectionService } from '../detection/incident-detection.service.js';
import {
  DEMO_HOLIDAYS,
  DEMO_HOUSE_STYLES,
  demoCadencePlans,
  demoCostModels,
} from './demo-engine-settings.js';

export const DEMO_WORKSPACE_SLUG = 'demo';
export const DEMO_SOURCE = 'demo';
const DEMO_TIME_ZONE = 'Europe/Vienna';
/** Fixed: the same month always gives the same demo data. */
const DEMO_SEED = 20171011;
const STAGE_BATCH = 5000;

export interface DemoSeedResult {
  workspace: WorkspaceEntity;
  created: boolean;
  /** The last complete month of demo data: the one its report is issued for. */
  month: string;
  /** The first month of demo data (the month before `month`): its report has a "last month" to compare to. */
  firstMonth: string;
}

/**
 * Creates the demo workspace: two months of generated, clearly labelled conversations for three accounts (one
 * run by staff, one by an agency, one handed over in the middle of the second month), fed through the same staging, fact and attribution
 * pipeline as a real twcs import, with the roster set up as a person would; engagement snapshots of the
 * brand posts as a collector would have taken them; and the incidents the detection rules find in it.
 */
@Injectable()
export class DemoWorkspaceService {
  constructor(
    private readonly workspaces: WorkspaceRepository,
    private readonly accounts: AccountRepository,
    private readonly operators: OperatorRepository,
    private readonly assignments: AssignmentRepository,
    private readonly staging: TwcsStagingRepository,
    private readonly attribution: AttributionService,
    private readonly holidays: AccountHolidaysRepository,
    private readonly costModels: CostModelRepository,
    private readonly plans: CadencePlanRepository,
    private readonly houseStyles: HouseStyleRepository,
    private readonly facts: ExportFactsRepository,
    private readonly detection: IncidentDetectionService,
    private readonly audit: AuditLogService,
  ) {}

  /** Seeds the demo workspace unless it exists; `now` decides which month is the last complete one. */
  async ensure(now: Date): Promise<DemoSeedResult> {
    const month = addMonths(monthOf(now, DEMO_TIME_ZONE), -1);
    const firstMonth = addMonths(month, -1);
    const existing = await this.workspaces.findBySlug(DEMO_WORKSPACE_SLUG);
    if (existing) return { workspace: existing, created: false, month, firstMonth };

    // One stream of traffic over both months (no seam at the first of the month: conversations run across
    // it), so the report's month has a previous month to show its change against. Volume, surges and reply
    // times vary between the months as the seeded generator draws them; the handover stays in the middle of
    // the report's month, where its before/after section shows it.
    const { from } = monthPeriod(firstMonth, DEMO_TIME_ZONE);
    const reportPeriod = monthPeriod(month, DEMO_TIME_ZONE);
    const to = reportPeriod.to;
    const dataset = generateDemoWorkspace({
      seed: DEMO_SEED,
      from,
      to,
      handoverAt: demoHandoverAt(reportPeriod.from, reportPeriod.to),
    });
    const workspace = await this.workspaces.ensure(DEMO_WORKSPACE_SLUG, {
      name: 'Demo workspace (generated data)',
      timeZone: DEMO_TIME_ZONE,
      locale: 'en',
      isDemo: true,
    });
    await this.load(workspace.id, dataset);
    await this.recordSeeding(workspace.id, dataset, { from, to });
    await this.measureEngagement(workspace.id, dataset, now);
    await this.configureEngine(workspace.id, localDay(from, DEMO_TIME_ZONE));
    // The incident register and the report's risk section of the demo come from the real rules, as a
    // scheduled detection job would have found them (and the audit log says so).
    await this.detection.detect(workspace.id, { by: { actor: 'detection (demo)', at: now } });
    return { workspace, created: true, month, firstMonth };
  }

  private async load(workspaceId: string, dataset: DemoDataset): Promise<void> {
    await this.accounts.ensureMany(
      workspaceId,
      dataset.accounts.map((a) => ({
        platform: a.platform,
        handle: a.handle,
        externalId: a.handle,
        timeZone: a.timeZone,
        businessHours: a.businessHours,
        signaturePattern: a.signaturePattern,
      })),
    );
    const accountIds = new Map(
      (await this.accounts.listByWorkspace(workspaceId)).map((a) => [a.handle, a.id]),
    );
    const accountId = (handle: string) => {
      const id = accountIds.get(handle);
      if (!id) throw new Error(`Demo data names account ${handle}, which was not created`);
      return id;
    };
    await this.operators.upsertMany(
      workspaceId,
      dataset.operators.map((o) => ({ name: o.name, sourcingGroup: o.sourcingGroup })),
    );
    await this.operators.upsertAliases(
      workspaceId,
      dataset.operators.flatMap((o) =>
        o.accountHandles.map((handle) => ({
          accountId: accountId(handle),
          signature: o.alias,
          operatorName: o.name,
        })),
      ),
    );
    await this.assignments.upsertMany(
      workspaceId,
      dataset.assignments.map((a) => ({
        accountId: accountId(a.accountHandle),
        operatorName: a.operatorName,
        validFrom: a.from,
        validTo: a.to,
        shifts: a.shifts,
      })),
    );
    for (let i = 0; i < dataset.tweets.length; i += STAGE_BATCH) {
      await this.staging.stage(workspaceId, dataset.tweets.slice(i, i + STAGE_BATCH));
    }
    for (const platform of new Set(dataset.accounts.map((a) => a.platform))) {
      await this.staging.materialize(workspaceId, platform, DEMO_SOURCE);
    }
    await this.attribution.attributeWorkspace(workspaceId);
  }

  /**
   * The demo's data and roster arrive as a real import and a roster import would, and the audit log says so
   * in the same words (`import.completed`, `roster.imported`), marked as generated.
   */
  private async recordSeeding(
    workspaceId: string,
    dataset: DemoDataset,
    period: { from: Date; to: Date },
  ): Promise<void> {
    const actor = 'demo (generated data)';
    await this.audit.record({
      workspaceId,
      action: 'import.completed',
      entityType: 'workspace',
      entityId: workspaceId,
      actor,
      payload: {
        source: DEMO_SOURCE,
        generated: true,
        seed: DEMO_SEED,
        period: { from: period.from.toISOString(), to: period.to.toISOString() },
        accounts: dataset.accounts.map((a) => `${a.platform}:${a.handle}`),
        items: dataset.tweets.length,
      },
    });
    const groups = new Map(dataset.operators.map((o) => [o.name, o.sourcingGroup]));
    await this.audit.record({
      workspaceId,
      action: 'roster.imported',
      entityType: 'workspace',
      entityId: workspaceId,
      actor,
      payload: {
        source: DEMO_SOURCE,
        generated: true,
        operators: dataset.operators.length,
        assignments: dataset.assignments.map((a) => ({
          account: a.accountHandle,
          operator: a.operatorName,
          sourcingGroup: groups.get(a.operatorName) ?? null,
          validFrom: a.from,
          validTo: a.to ?? null,
        })),
      },
    });
  }

  /** Engagement snapshots of the brand posts, as a collector would have taken them up to `now`. */
  private async measureEngagement(workspaceId: string, dataset: DemoDataset, now: Date): Promise<void> {
    const accountIds = new Map(
      (await this.accounts.listByWorkspace(workspaceId)).map((a) => [a.handle, a.id]),
    );
    const byTime = new Map<number, ReturnType<typeof generateDemoSnapshots>>();
    for (const snapshot of generateDemoSnapshots(dataset, { seed: DEMO_SEED, until: now })) {
      const list = byTime.get(snapshot.capturedAt.getTime()) ?? [];
      list.push(snapshot);
      byTime.set(snapshot.capturedAt.getTime(), list);
    }
    for (const [capturedAt, snapshots] of byTime) {
      await this.facts.upsertSnapshots(
        workspaceId,
        new Date(capturedAt),
        snapshots.map((s) => ({
          accountId: accountIds.get(s.accountHandle)!,
          externalId: s.tweetId,
          impressions: s.impressions,
          reach: s.reach,
          reactions: s.reactions,
          replies: s.replies,
          reposts: s.reposts,
          quotes: s.quotes,
          saves: null,
          clicks: null,
        })),
      );
    }
  }

  /** Holidays, cost models, the agency's cadence and house styles: what the comparison engine reads. */
  private async configureEngine(workspaceId: string, firstDay: string): Promise<void> {
    const accountIds = new Map(
      (await this.accounts.listByWorkspace(workspaceId)).map((a) => [a.handle, a.id]),
    );
    const accountId = (handle: string) => {
      const id = accountIds.get(handle);
      if (!id) throw new Error(`Demo settings name account ${handle}, which was not created`);
      return id;
    };
    for (const [handle, calendar] of Object.entries(DEMO_HOLIDAYS))
      await this.holidays.set(workspaceId, accountId(handle), calendar);
    for (const model of demoCostModels(firstDay)) await this.costModels.upsert(workspaceId, model);
    for (const plan of demoCadencePlans(accountId, firstDay)) await this.plans.set(workspaceId, plan);
    for (const [handle, style] of Object.entries(DEMO_HOUSE_STYLES))
      await this.houseStyles.set(workspaceId, accountId(handle), style);
  }
}
