// What the engine's settings and facts look like after a round trip through the database, on PGlite and on
// PostgreSQL: days stay the days they were (no time-zone shift), replacements replace, merges merge.
import {
  AccountHolidaysRepository,
  AccountProfileSnapshotRepository,
  AccountRepository,
  CadencePlanRepository,
  CostModelRepository,
  EngagementSnapshotRepository,
  EngineFactsRepository,
  HouseStyleRepository,
  OutboundItemRepository,
  ScorecardSettingsRepository,
  WorkspaceRepository,
} from '#persistence';
import { useTestDatabase } from '../../../../test/support/test-database.js';

describe('the engine settings and facts in the database', () => {
  const t = useTestDatabase();
  let workspaceId: string;
  let accountId: string;
  const repos = () => {
    const ds = t.db.dataSource;
    return {
      costs: new CostModelRepository(ds),
      plans: new CadencePlanRepository(ds),
      styles: new HouseStyleRepository(ds),
      scorecard: new ScorecardSettingsRepository(ds),
      holidays: new AccountHolidaysRepository(ds),
      facts: new EngineFactsRepository(ds),
    };
  };

  beforeAll(async () => {
    const ds = t.db.dataSource;
    workspaceId = (await new WorkspaceRepository(ds).ensure('engine', { timeZone: 'Europe/Vienna' })).id;
    const accounts = new AccountRepository(ds);
    await accounts.ensureMany(workspaceId, [
      { platform: 'x', handle: 'KaffeeKontor', externalId: 'k1', signaturePattern: '/([A-Z]{2})$' },
    ]);
    accountId = (await accounts.listByWorkspace(workspaceId))[0].id;
  });

  test('a cost model keeps its days and components; one per group and first day', async () => {
    const { costs } = repos();
    const agency = {
      group: 'agency:BrightReply',
      currency: 'EUR',
      from: '2026-10-01',
      to: '2027-01-01',
      components: [
        { kind: 'retainer' as const, perMonth: 4200 },
        { kind: 'per-item' as const, fee: 0.75, per: 'response' as const },
      ],
    };
    const created = await costs.create(workspaceId, agency);
    expect(created).toMatchObject({ ...agency, id: expect.any(String) });
    expect(await costs.create(workspaceId, { ...agency, currency: 'USD' })).toBeNull();

    const replaced = await costs.upsert(workspaceId, {
      ...agency,
      to: null,
      components: [{ kind: 'retainer', perMonth: 5000 }],
    });
    expect(replaced.created).toBe(false);
    expect(replaced.model).toMatchObject({
      id: created!.id,
      to: null,
      components: [{ kind: 'retainer', perMonth: 5000 }],
    });

    const staff = await costs.upsert(workspaceId, {
      group: 'in_house',
      currency: 'EUR',
      from: '2026-09-15',
      to: null,
      components: [{ kind: 'fte', perFtePerMonth: 5000, fteShare: 3 }],
    });
    expect(staff.created).toBe(true);
    expect((await costs.list(workspaceId)).map((m) => [m.group, m.from])).toEqual([
      ['agency:BrightReply', '2026-10-01'],
      ['in_house', '2026-09-15'],
    ]);
    // Moving the staff model onto the agency's key is refused; an unknown id is not found.
    expect(await costs.update(workspaceId, staff.model.id, { ...agency })).toBe('conflict');
    expect(await costs.update(workspaceId, '00000000-0000-4000-8000-000000000000', agency)).toBeNull();
    expect(await costs.delete(workspaceId, staff.model.id)).toBe(true);
    expect(await costs.delete(workspaceId, staff.model.id)).toBe(false);
    expect(await costs.findById(workspaceId, staff.model.id)).toBeNull();
  });

  test('a cadence plan replaces the plan of the same account, group and first day, account-wide ones too', async () => {
    const { plans } = repos();
    const plan = { accountId, group: null, from: '2026-10-01', to: null, perWeekday: [0, 1, 1, 1, 1, 1, 0] };
    expect((await plans.set(workspaceId, plan)).replaced).toBe(false);
    expect((await plans.set(workspaceId, { ...plan, perWeekday: [0, 2, 2, 2, 2, 2, 0] })).replaced).toBe(
      true,
    );
    expect(
      (await plans.set(workspaceId, { ...plan, group: 'agency:BrightReply', kinds: ['post', 'reply'] }))
        .replaced,
    ).toBe(false);
    expect(await plans.list(workspaceId)).toEqual([
      { id: expect.any(String), ...plan, perWeekday: [0, 2, 2, 2, 2, 2, 0] },
      { id: expect.any(String), ...plan, group: 'agency:BrightReply', kinds: ['post', 'reply'] },
    ]);
  });

  test('a house style comes back with the account’s signature pattern', async () => {
    const { styles } = repos();
    const style = {
      language: 'de',
      formOfAddress: 'du' as const,
      signatureRequired: true,
      emojiPolicy: 'limited' as const,
      maxEmoji: 2,
      maxReplyLength: 280,
    };
    await styles.set(workspaceId, accountId, { ...style, formOfAddress: 'Sie' });
    await styles.set(workspaceId, accountId, style);
    expect(await styles.listByWorkspace(workspaceId)).toEqual([
      { accountId, ...style, signaturePattern: '/([A-Z]{2})$' },
    ]);
  });

  test('scorecard changes merge into what was stored; reset goes back to the defaults', async () => {
    const { scorecard } = repos();
    expect(await scorecard.get(workspaceId)).toEqual({ weights: {}, thresholds: {}, severityWeights: {} });
    await scorecard.update(workspaceId, { weights: { cost: 0.4 } });
    const merged = await scorecard.update(workspaceId, {
      weights: { risk: 0.1 },
      severityWeights: { critical: 50 },
    });
    expect(merged).toEqual({
      weights: { cost: 0.4, risk: 0.1 },
      thresholds: {},
      severityWeights: { critical: 50 },
    });
    await scorecard.reset(workspaceId);
    expect((await scorecard.get(workspaceId)).weights).toEqual({});
  });

  test('holiday calendars by account; none removes it', async () => {
    const { holidays } = repos();
    await holidays.set(workspaceId, accountId, { country: 'DE', state: 'BE', closedDays: ['2026-12-24'] });
    expect(await holidays.listByWorkspace(workspaceId)).toEqual(
      new Map([[accountId, { country: 'DE', state: 'BE', closedDays: ['2026-12-24'] }]]),
    );
    await holidays.set(workspaceId, accountId, null);
    expect((await holidays.listByWorkspace(workspaceId)).size).toBe(0);
  });

  test('engine facts: deleted items stay, reposts of others carry no snapshots, followers at posting time', async () => {
    const ds = t.db.dataSource;
    const { facts } = repos();
    const item = (externalId: string, createdAt: string, kind = 'post') => ({
      externalId,
      kind,
      createdAt: new Date(createdAt),
      text: `item ${externalId}`,
      inReplyToExternalId: null,
      conversationId: null,
      platformOperatorName: null,
    });
    await new AccountProfileSnapshotRepository(ds).recordChanged(
      workspaceId,
      accountId,
      new Date('2026-10-01T00:00:00Z'),
      {
        followers: 1200,
        following: null,
        posts: null,
      },
    );
    await new OutboundItemRepository(ds).upsertCollected(workspaceId, accountId, 'test', [
      item('p1', '2026-10-02T08:00:00Z'),
      item('p2', '2026-10-03T08:00:00Z'),
      item('r1', '2026-10-03T09:00:00Z', 'reply'),
      item('late', '2026-11-01T08:00:00Z'),
    ]);
    await ds.query(`UPDATE outbound_item SET is_repost_of_other = true WHERE external_id = 'p2'`);
    await ds.query(`UPDATE outbound_item SET deleted_at = '2026-10-05T00:00:00Z' WHERE external_id = 'r1'`);
    const reading = {
      reactions: 5,
      replies: 1,
      reposts: 0,
      quotes: null,
      saves: null,
      clicks: null,
      impressions: 300,
      reach: null,
      reactionsByType: null,
    };
    await new EngagementSnapshotRepository(ds).recordChanged(
      workspaceId,
      accountId,
      new Date('2026-10-05T00:00:00Z'),
      [
        { externalId: 'p1', ...reading },
        { externalId: 'p2', ...reading },
      ],
    );

    const from = new Date('2026-10-01T00:00:00Z');
    const to = new Date('2026-11-01T00:00:00Z');
    const rows = await facts.outboundItems(workspaceId, from, to, ['post']);
    expect(
      rows.map((r) => [r.externalId, r.kind, r.isRepostOfOther, r.deletedAt !== null, r.followersAtPosting]),
    ).toEqual([
      ['p1', 'post', false, false, 1200],
      ['p2', 'post', true, false, 1200],
      ['r1', 'reply', false, true, null],
    ]);
    const snapshots = await facts.snapshots(workspaceId, from, to, ['post']);
    expect(snapshots).toEqual([
      expect.objectContaining({
        externalId: 'p1',
        reactions: 5,
        replies: 1,
        reposts: 0,
        quotes: null,
        impressions: 300,
      }),
    ]);
    expect(await facts.dataRange(workspaceId)).toEqual({
      first: new Date('2026-10-02T08:00:00Z'),
      last: new Date('2026-11-01T08:00:00Z'),
    });
  });
});
