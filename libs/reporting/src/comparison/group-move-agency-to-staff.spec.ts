// The audit's reproduction, through the database: Mara Lindqvist worked @NordBank for agency:BrightReply;
// a later roster moves her to staff from 1 December. Her October items must stay the agency's everywhere a
// group is attributed (incident detection, the engine's per-group counts, the monthly per-group and
// per-operator tables, the audit report's frozen group), and Lena, who moved on 16 October, is split.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AttributionService,
  DetectionFactsLoader,
  IncidentDetectionService,
  IncidentLedgerService,
  RosterImportService,
} from '#collectors';
import {
  AccountHolidaysRepository,
  AccountRepository,
  AssignmentRepository,
  AuditLogService,
  CadencePlanRepository,
  CollectionRunRepository,
  CostModelRepository,
  EngineFactsRepository,
  HouseStyleRepository,
  InboundItemRepository,
  IncidentFactsRepository,
  IncidentRepository,
  IncidentSettingsRepository,
  IncidentTimelineRepository,
  OperatorRepository,
  OutboundItemRepository,
  ScorecardSettingsRepository,
  WorkspaceRepository,
} from '#persistence';
import type { DataSource } from 'typeorm';
import { useTestDatabase } from '../../../../test/support/test-database.js';
import { MetricsQueryService } from '../metrics/metrics-query.service.js';
import { ComparisonService } from './comparison.service.js';

const ZONE = 'Europe/Stockholm';
const AGENCY = 'agency:BrightReply';
const OCTOBER = { from: new Date('2026-09-30T22:00:00Z'), to: new Date('2026-10-31T23:00:00Z') };
const DECEMBER = { from: new Date('2026-11-30T23:00:00Z'), to: new Date('2026-12-31T23:00:00Z') };
const OFFENSIVE = 'Honestly no one here knows how to fucking drive';

/** Answered questions on @NordBank: [day, signature]; each reply 5 minutes after its question. */
const REPLIES: [string, string][] = [
  ['2026-10-06', 'ML'],
  ['2026-10-07', 'ML'],
  ['2026-10-08', 'ML'],
  ['2026-10-12', 'LN'],
  ['2026-10-13', 'LN'],
  ['2026-10-14', 'EK'],
  ['2026-10-19', 'LN'],
  ['2026-10-20', 'LN'],
  ['2026-12-03', 'ML'],
  ['2026-12-04', 'ML'],
];
/** Offensive posts (one incident each): [id, day, signature]. */
const POSTS: [string, string, string][] = [
  ['post-mara', '2026-10-09', 'ML'],
  ['post-lena-before', '2026-10-10', 'LN'],
  ['post-lena-after', '2026-10-21', 'LN'],
];

// Lena's move is known from the start; Mara's arrives with the second roster.
const ROSTER_SEPTEMBER = [
  'account,signature,operator,group,from,to',
  `NordBank,ML,Mara Lindqvist,${AGENCY},2026-09-01,`,
  `NordBankHelp,,Mara Lindqvist,${AGENCY},2026-09-01,`,
  `NordBank,LN,Lena Nyberg,${AGENCY},2026-09-01,2026-10-16`,
  'NordBank,LN,Lena Nyberg,in_house,2026-10-16,',
  'NordBank,EK,Erik Karlsson,in_house,2026-09-01,',
];
const ROSTER_NOVEMBER = [
  ...ROSTER_SEPTEMBER.slice(0, 1),
  `NordBank,ML,Mara Lindqvist,${AGENCY},2026-09-01,2026-12-01`,
  'NordBank,ML,Mara Lindqvist,in_house,2026-12-01,',
];

function rosterFile(lines: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-')), 'roster.csv');
  fs.writeFileSync(file, lines.join('\n'));
  return file;
}

function services(ds: DataSource) {
  const accounts = new AccountRepository(ds);
  const operators = new OperatorRepository(ds);
  const assignments = new AssignmentRepository(ds);
  const inbound = new InboundItemRepository(ds);
  const outbound = new OutboundItemRepository(ds);
  const audit = new AuditLogService(ds);
  const incidents = new IncidentRepository(ds);
  const attribution = new AttributionService(accounts, operators, assignments, outbound);
  const metrics = new MetricsQueryService(
    accounts,
    operators,
    assignments,
    inbound,
    outbound,
    new AccountHolidaysRepository(ds),
  );
  return {
    accounts,
    operators,
    inbound,
    outbound,
    incidents,
    metrics,
    roster: new RosterImportService(
      ds,
      accounts,
      operators,
      assignments,
      new CollectionRunRepository(ds),
      attribution,
      audit,
    ),
    detection: new IncidentDetectionService(
      new DetectionFactsLoader(
        accounts,
        operators,
        assignments,
        new IncidentFactsRepository(ds),
        new IncidentSettingsRepository(ds),
      ),
      incidents,
      new IncidentLedgerService(ds, incidents, new IncidentTimelineRepository(ds), audit),
    ),
    comparison: new ComparisonService(
      metrics,
      new EngineFactsRepository(ds),
      incidents,
      new CostModelRepository(ds),
      new CadencePlanRepository(ds),
      new HouseStyleRepository(ds),
      new ScorecardSettingsRepository(ds),
    ),
  };
}

describe('a roster moves Mara from the agency to staff from 1 December', () => {
  const t = useTestDatabase();
  let workspace: { id: string; name: string; slug: string; timeZone: string };

  /** What the engine counts per group over a period: items published, and inbound items it is responsible for. */
  async function engineCounts(period: { from: Date; to: Date }) {
    const s = services(t.db.dataSource);
    const engine = await s.comparison.breakdowns(workspace, period);
    const counts = (rows: { key: string; summary: unknown }[], field: string) =>
      Object.fromEntries(rows.map((r) => [r.key, (r.summary as Record<string, number>)[field]]));
    return {
      published: counts(engine.volume.byGroup, 'published'),
      responsibleFor: counts(
        engine.responsiveness.byGroup.map((r) => ({ key: r.key, summary: r.summary.all })),
        'inbound',
      ),
    };
  }

  beforeAll(async () => {
    const s = services(t.db.dataSource);
    const ws = await new WorkspaceRepository(t.db.dataSource).ensure('nordbank', { timeZone: ZONE });
    workspace = { id: ws.id, name: ws.name, slug: ws.slug, timeZone: ws.timeZone };
    await s.accounts.ensureMany(ws.id, [
      { platform: 'x', handle: 'NordBank', externalId: 'nb', timeZone: ZONE },
      { platform: 'x', handle: 'NordBankHelp', externalId: 'nbh', timeZone: ZONE },
    ]);
    const [bank, help] = ['NordBank', 'NordBankHelp'].map(
      async (handle) => (await s.accounts.findByHandle(ws.id, handle))!.id,
    );
    const question = (externalId: string, createdAt: Date) => ({
      externalId,
      kind: 'reply',
      authorExternalId: 'customer',
      createdAt,
      text: 'Where is my card?',
      inReplyToExternalId: null,
      conversationId: null,
      actionable: true,
    });
    await s.inbound.upsertCollected(
      ws.id,
      await bank,
      'test',
      REPLIES.map(([day], i) => question(`q${i}`, new Date(`${day}T10:00:00Z`))),
    );
    // Nobody answers @NordBankHelp, where only Mara is assigned: the agency's item while she was there.
    await s.inbound.upsertCollected(ws.id, await help, 'test', [
      question('help-q', new Date('2026-10-22T10:00:00Z')),
    ]);
    await s.outbound.upsertCollected(ws.id, await bank, 'test', [
      ...REPLIES.map(([day, signature], i) => ({
        externalId: `r${i}`,
        kind: 'reply',
        createdAt: new Date(`${day}T10:05:00Z`),
        text: `Your card is on its way ^${signature}`,
        inReplyToExternalId: `q${i}`,
        conversationId: null,
        platformOperatorName: null,
      })),
      ...POSTS.map(([externalId, day, signature]) => ({
        externalId,
        kind: 'post',
        createdAt: new Date(`${day}T12:00:00Z`),
        text: `${OFFENSIVE} ^${signature}`,
        inReplyToExternalId: null,
        conversationId: null,
        platformOperatorName: null,
      })),
    ]);
  });

  test('the first roster: October as it was, with Lena split at her move on 16 October', async () => {
    const s = services(t.db.dataSource);
    const result = await s.roster.import(rosterFile(ROSTER_SEPTEMBER), {
      workspaceId: workspace.id,
      name: 'september.csv',
    });
    expect(result.rejections).toEqual([]);
    expect(await engineCounts(OCTOBER)).toEqual({
      // Mara 3 replies + post, Lena 2 replies + post before the 16th; Lena 2 + post after, Erik 1.
      published: { [AGENCY]: 7, in_house: 4 },
      // Each answered question counts for its responder's group then; @NordBankHelp's for Mara's agency.
      responsibleFor: { [AGENCY]: 6, in_house: 3 },
    });
  });

  test("the later roster moves Mara from 1 December: October's per-group counts do not change", async () => {
    const s = services(t.db.dataSource);
    const before = await engineCounts(OCTOBER);
    await s.roster.import(rosterFile(ROSTER_NOVEMBER), { workspaceId: workspace.id, name: 'november.csv' });

    const mara = (await s.operators.listFacts(workspace.id)).find((o) => o.name === 'Mara Lindqvist')!;
    expect(mara.sourcingGroup).toBe('in_house');
    expect(mara.memberships).toEqual([
      { operatorId: mara.id, group: AGENCY, from: null, to: new Date('2026-11-30T23:00:00Z') },
      { operatorId: mara.id, group: 'in_house', from: new Date('2026-11-30T23:00:00Z'), to: null },
    ]);
    expect(await engineCounts(OCTOBER)).toEqual(before);
    // December is hers as staff.
    expect(await engineCounts(DECEMBER)).toEqual({
      published: { in_house: 2 },
      responsibleFor: { in_house: 2 },
    });
  });

  test('detection over October after the move attributes her incident to the agency; Lena is split', async () => {
    const s = services(t.db.dataSource);
    await s.detection.detect(workspace.id, {
      ...OCTOBER,
      by: { actor: 'cli:auditor', at: new Date('2026-12-02T09:00:00Z') },
    });
    const incidents = await s.incidents.list(workspace.id);
    const groupOf = (externalId: string) =>
      incidents.filter((i) => i.subjectKey?.endsWith(`:${externalId}`)).map((i) => i.sourcingGroup);
    // What the incident audit report shows as the group at the time: the group frozen on the incident.
    expect(groupOf('post-mara')).toEqual([AGENCY]);
    expect(groupOf('post-lena-before')).toEqual([AGENCY]);
    expect(groupOf('post-lena-after')).toEqual(['in_house']);
  });

  test("the monthly tables put Mara's October in the agency's row and split Lena's into two rows", async () => {
    const s = services(t.db.dataSource);
    const byGroup = await s.metrics.responsiveness(workspace.id, OCTOBER.from, OCTOBER.to, 'group');
    expect(Object.fromEntries(byGroup.rows.map((r) => [r.key, r.outbound]))).toEqual({
      [AGENCY]: 7,
      in_house: 4,
    });
    const byOperator = await s.metrics.responsiveness(workspace.id, OCTOBER.from, OCTOBER.to, 'operator');
    const rows = byOperator.rows
      .filter((r) => r.label !== 'unknown')
      .map((r) => [r.label, r.sourcingGroup, r.outbound])
      .sort((a, b) => String(a).localeCompare(String(b)));
    expect(rows).toEqual([
      ['Erik Karlsson', 'in_house', 1],
      ['Lena Nyberg', AGENCY, 3],
      ['Lena Nyberg', 'in_house', 3],
      ['Mara Lindqvist', AGENCY, 4],
    ]);
  });

  test('the group placed through the API path applies from its instant on: earlier items keep theirs', async () => {
    const s = services(t.db.dataSource);
    const [changed] = await t.db.dataSource.transaction((m) =>
      s.operators.recordGroups(
        workspace.id,
        [{ operatorName: 'Erik Karlsson', group: 'agency:Other', from: new Date('2026-12-04T00:00:00Z') }],
        m,
      ),
    );
    expect(changed.before).toEqual([{ group: 'in_house', from: null, to: null }]);
    const erik = (await s.operators.listFacts(workspace.id)).find((o) => o.name === 'Erik Karlsson')!;
    expect(await s.operators.groupAt(workspace.id, erik.id, new Date('2026-10-14T10:05:00Z'))).toBe(
      'in_house',
    );
    expect(await s.operators.groupAt(workspace.id, erik.id, new Date('2026-12-04T00:00:00Z'))).toBe(
      'agency:Other',
    );
    expect((await engineCounts(OCTOBER)).published).toEqual({ [AGENCY]: 7, in_house: 4 });
  });
});
