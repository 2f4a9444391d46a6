// The hand-worked month of comparison.fixtures.ts stored through the repositories and read back by
// ComparisonService: the database path gives the numbers the pure builder gives, with the account's hours,
// holidays and SLA, attribution by roster, a repost left out, and an incident in its frozen group.
import { AttributionService } from '#collectors';
import { IN_HOUSE } from '#domain';
import {
  AccountHolidaysRepository,
  AccountRepository,
  AssignmentRepository,
  CadencePlanRepository,
  CostModelRepository,
  EngineFactsRepository,
  HouseStyleRepository,
  InboundItemRepository,
  IncidentRepository,
  OperatorRepository,
  OutboundItemRepository,
  ScorecardSettingsRepository,
  WorkspaceRepository,
} from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { MetricsQueryService } from '../metrics/metrics-query.service.js';
import { ComparisonService } from './comparison.service.js';
import {
  ACCOUNT,
  AGENCY,
  ASSIGNMENTS,
  hourlyConversation,
  monthFacts,
  OPERATORS,
  PERIOD,
  ZONE,
} from './comparison.fixtures.js';

describe('ComparisonService on the database', () => {
  const t = useTestDatabase();
  let service: ComparisonService;
  let workspace: { id: string; timeZone: string };

  beforeAll(async () => {
    const ds = t.db.dataSource;
    const accounts = new AccountRepository(ds);
    const operators = new OperatorRepository(ds);
    const assignments = new AssignmentRepository(ds);
    const inbound = new InboundItemRepository(ds);
    const outbound = new OutboundItemRepository(ds);
    const holidays = new AccountHolidaysRepository(ds);
    const costs = new CostModelRepository(ds);
    workspace = await new WorkspaceRepository(ds).ensure('vienna', { timeZone: ZONE });

    await accounts.ensureMany(workspace.id, [
      {
        platform: 'x',
        handle: ACCOUNT.handle,
        externalId: 'ww',
        timeZone: ZONE,
        businessHours: [...ACCOUNT.businessHours!],
      },
    ]);
    const accountId = (await accounts.listByWorkspace(workspace.id))[0].id;
    await holidays.set(workspace.id, accountId, ACCOUNT.holidays!);
    await operators.upsertMany(
      workspace.id,
      OPERATORS.map((o) => ({ name: o.name, sourcingGroup: o.sourcingGroup })),
    );
    const nameOf = new Map(OPERATORS.map((o) => [o.id, o.name]));
    await assignments.upsertMany(
      workspace.id,
      ASSIGNMENTS.map((a) => ({
        accountId,
        operatorName: nameOf.get(a.operatorId)!,
        validFrom: a.from,
        validTo: a.to,
        shifts: null,
      })),
    );
    const month = hourlyConversation();
    await inbound.upsertCollected(
      workspace.id,
      accountId,
      'test',
      month.inbound.map((i) => ({
        externalId: i.externalId,
        kind: 'reply',
        authorExternalId: 'customer',
        createdAt: i.createdAt,
        text: 'Wo bleibt mein Wasser?',
        inReplyToExternalId: null,
        conversationId: null,
        actionable: true,
      })),
    );
    const reply = (externalId: string, createdAt: Date, inReplyTo: string | null, kind = 'reply') => ({
      externalId,
      kind,
      createdAt,
      text: 'Danke für deine Nachricht, wir kümmern uns darum.',
      inReplyToExternalId: inReplyTo,
      conversationId: null,
      platformOperatorName: null,
    });
    await outbound.upsertCollected(workspace.id, accountId, 'test', [
      ...month.outbound.map((o) => reply(o.externalId, o.createdAt, o.inReplyToExternalId)),
      reply('repost-1', new Date('2026-10-20T10:00:00Z'), null, 'post'),
    ]);
    // A repost of someone else's post (an importer that keeps reposts marks them): in no count but volume.
    await ds.query(`UPDATE outbound_item SET is_repost_of_other = true WHERE external_id = 'repost-1'`);
    await new AttributionService(accounts, operators, assignments, outbound).attributeWorkspace(workspace.id);
    await costs.upsert(workspace.id, monthFacts().costModels[0]);
    await costs.upsert(workspace.id, monthFacts().costModels[1]);
    await new IncidentRepository(ds).insert({
      workspaceId: workspace.id,
      accountId,
      kind: 'wrong_account',
      severity: 'high',
      status: 'open',
      title: 'Posted to the wrong account',
      description: null,
      occurredAt: new Date('2026-10-20T12:00:00Z'),
      detectedAt: new Date('2026-10-20T12:05:00Z'),
      containedAt: new Date('2026-10-20T12:20:00Z'),
      operatorId: null,
      sourcingGroup: AGENCY,
      subjectKey: null,
      rules: [],
      hits: [],
      windowFrom: null,
      windowTo: null,
      evidence: {},
      reportedBy: null,
    });

    service = new ComparisonService(
      new MetricsQueryService(accounts, operators, assignments, inbound, outbound, holidays),
      new EngineFactsRepository(ds),
      new IncidentRepository(ds),
      costs,
      new CadencePlanRepository(ds),
      new HouseStyleRepository(ds),
      new ScorecardSettingsRepository(ds),
    );
  });

  test('the account arrives with its hours, holidays and SLA: 145 agency items on weekends and the holiday', async () => {
    const report = await service.compare(workspace, PERIOD, { resamples: 200 });
    expect(report.accounts).toEqual([
      expect.objectContaining({
        handle: ACCOUNT.handle,
        hasBusinessHours: true,
        holidayCalendar: 'AT-9',
        slaTargetSeconds: 3600,
      }),
    ]);
    const agency = report.responsiveness.byGroup.find((row) => row.key === AGENCY)!.summary;
    expect(agency.byStratum.weekend.inbound).toBe(145);
    expect(report.comparisons[0].overall.responsiveness.volume).toEqual({ baseline: 360, challenger: 385 });
  });

  test('replies attributed by the roster give the hand-worked comparison; the repost counts only as volume', async () => {
    const report = await service.compare(workspace, PERIOD, { resamples: 200 });
    const overall = report.comparisons[0].overall;
    expect(overall.responsiveness.metrics[0].stratified.difference).toMatchObject({ value: 1200 });
    // 744 replies in the period plus the repost: the agency published 385 items, 384 of them replies.
    expect(report.volume.byGroup.find((row) => row.key === AGENCY)!.summary.published).toBe(385);
    expect(report.engagement.total.summary.repostsOfOthersExcluded).toBe(1);
    expect(report.tone.style.total.summary.unchecked).toBe(744);
    expect(overall.cost.outboundItems).toBe(745);
  });

  test('the incident counts for the group frozen on it: 1 per 385 agency items', async () => {
    const report = await service.compare(workspace, PERIOD, { resamples: 200 });
    const risk = (group: string) => report.risk.byGroup.find((row) => row.key === group)!.summary;
    expect(risk(AGENCY)).toMatchObject({ incidents: 1, outbound: 385 });
    expect(risk(AGENCY).ratePer1000).toBeCloseTo(1000 / 385, 9);
    expect(risk(IN_HOUSE)).toMatchObject({ incidents: 0, outbound: 360 });
    expect(risk(AGENCY).timeToContain.median).toBe(900);
  });

  test('all data is every local day from the first item to the last (the last reply falls on 1 November)', async () => {
    expect(await service.dataPeriod(workspace)).toEqual({
      from: PERIOD.from,
      to: new Date('2026-11-01T23:00:00Z'),
    });
  });
});
