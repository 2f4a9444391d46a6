// The Chrysler case (9 March 2011) rebuilt as the facts a collector would have stored: an agency employee
// running @ChryslerAutos posts a profane tweet at 23:10 Detroit time, after the agency's evening shift; the
// post is reposted 80 times and noticed deleted 20 minutes later. Written through the same repositories the
// X collector uses (items, first-seen capture with the publishing application, engagement, deletion).
import { AttributionService } from '#collectors';
import {
  AccountRepository,
  AssignmentRepository,
  EngagementSnapshotRepository,
  IncidentSettingsRepository,
  OperatorRepository,
  OutboundCaptureRepository,
  OutboundItemRepository,
  WorkspaceRepository,
} from '#persistence';
import type { DataSource } from 'typeorm';

export const CHRYSLER = {
  workspace: 'chrysler',
  handle: 'ChryslerAutos',
  agencyGroup: 'agency:New Media Strategies',
  postId: '45720233547776000',
  text: 'I find it ironic that Detroit is known as the #motorcity and yet no one here knows how to fucking drive',
  /** Wednesday 9 March 2011, 23:10 in Detroit (EST). */
  postedAt: new Date('2011-03-10T04:10:00Z'),
  /** The collector noticed the deletion 20 minutes later. */
  deletedAt: new Date('2011-03-10T04:30:00Z'),
  reposts: 80,
};

const SOURCE = 'collector:x';
const weekdays = (start: number, end: number) =>
  [1, 2, 3, 4, 5].map((day) => ({ day, startMinute: start, endMinute: end }));
// The staff's ordinary posts of the week before, at lunchtime on weekdays, reposted a handful of times.
const USUAL = ['2011-03-03', '2011-03-04', '2011-03-07', '2011-03-08', '2011-03-09'].map((day, i) => ({
  externalId: `4560000000000000${i}`,
  createdAt: new Date(`${day}T18:10:00Z`),
  reposts: 3 + (i % 3),
}));

export async function seedChryslerCase(ds: DataSource): Promise<{ workspaceId: string; accountId: string }> {
  const workspaces = new WorkspaceRepository(ds);
  const accounts = new AccountRepository(ds);
  const operators = new OperatorRepository(ds);
  const assignments = new AssignmentRepository(ds);
  const outbound = new OutboundItemRepository(ds);
  const workspace = await workspaces.ensure(CHRYSLER.workspace, {
    name: 'Chrysler (case rebuilt)',
    timeZone: 'America/Detroit',
  });
  await accounts.ensureMany(workspace.id, [
    { platform: 'x', handle: CHRYSLER.handle, externalId: '17476457', timeZone: 'America/Detroit' },
  ]);
  const account = (await accounts.findByHandle(workspace.id, CHRYSLER.handle))!;
  await operators.upsertMany(workspace.id, [
    { name: 'Chrysler social team', sourcingGroup: 'in_house' },
    { name: 'NMS agent', sourcingGroup: CHRYSLER.agencyGroup },
  ]);
  // Staff on weekdays 09:00–17:00, the agency on weekday evenings 17:00–22:00, Detroit time.
  const from = new Date('2010-06-01T04:00:00Z');
  await assignments.upsertMany(workspace.id, [
    {
      accountId: account.id,
      operatorName: 'Chrysler social team',
      validFrom: from,
      validTo: null,
      shifts: weekdays(540, 1020),
    },
    {
      accountId: account.id,
      operatorName: 'NMS agent',
      validFrom: from,
      validTo: null,
      shifts: weekdays(1020, 1320),
    },
  ]);
  await new IncidentSettingsRepository(ds).allowApplication(workspace.id, account.id, 'HootSuite');

  const items = [
    ...USUAL.map((u) => ({ ...u, text: 'Imported from Detroit.', operator: 'Chrysler social team' })),
    {
      externalId: CHRYSLER.postId,
      createdAt: CHRYSLER.postedAt,
      text: CHRYSLER.text,
      operator: 'NMS agent',
      reposts: CHRYSLER.reposts,
    },
  ];
  await outbound.upsertCollected(
    workspace.id,
    account.id,
    SOURCE,
    items.map((i) => ({
      externalId: i.externalId,
      kind: 'post',
      createdAt: i.createdAt,
      text: i.text,
      inReplyToExternalId: null,
      conversationId: null,
      platformOperatorName: i.operator,
    })),
  );
  const captures = new OutboundCaptureRepository(ds);
  const engagement = new EngagementSnapshotRepository(ds);
  for (const i of items) {
    const seenAt = new Date(i.createdAt.getTime() + 2 * 60_000);
    await captures.captureFirstSeen(workspace.id, account.id, seenAt, [
      {
        externalId: i.externalId,
        publishedAt: i.createdAt,
        text: i.text,
        mediaUrls: [],
        permalink: null,
        publishedVia: 'HootSuite',
      },
    ]);
    await engagement.recordChanged(workspace.id, account.id, new Date(i.createdAt.getTime() + 18 * 60_000), [
      {
        externalId: i.externalId,
        reactions: 10,
        replies: 2,
        reposts: i.reposts,
        quotes: 0,
        saves: null,
        clicks: null,
        impressions: null,
        reach: null,
        reactionsByType: null,
      },
    ]);
  }
  await outbound.markMissingDeleted(
    account.id,
    SOURCE,
    ['post'],
    { from: CHRYSLER.postedAt, to: new Date(CHRYSLER.postedAt.getTime() + 1) },
    [],
    CHRYSLER.deletedAt,
  );
  await new AttributionService(accounts, operators, assignments, outbound).attributeWorkspace(workspace.id);
  return { workspaceId: workspace.id, accountId: account.id };
}
